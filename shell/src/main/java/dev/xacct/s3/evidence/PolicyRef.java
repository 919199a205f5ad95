package dev.xacct.s3.evidence;

/**
 * What a policy of the evidence is called in AWS, so reports and remedy commands can name it
 * (an xacct addition to {@code xacct.s3-evidence/v1}: the optional top-level {@code policyRefs},
 * keyed by the policy's place in the evidence, e.g. {@code caller.identityPolicies[0]},
 * {@code caller.permissionsBoundary}, {@code caller.serviceControlPolicies[1][0]}). Fields may be null.
 *
 * @param kind {@code inline}, {@code managed}, {@code scp} or {@code rcp}
 * @param name the policy name (inline or managed), or the SCP/RCP name
 * @param arn a managed policy's ARN
 * @param id an SCP/RCP id ({@code p-…})
 * @param attachedTo for an inline policy: {@code role NAME}, {@code user NAME} or {@code group NAME}
 */
public record PolicyRef(String kind, String name, String arn, String id, String attachedTo) {

    public static PolicyRef inline(String name, String attachedTo) {
        return new PolicyRef("inline", name, null, null, attachedTo);
    }

    public static PolicyRef managed(String name, String arn) {
        return new PolicyRef("managed", name, arn, null, null);
    }

    public static PolicyRef organization(String kind, String name, String id) {
        return new PolicyRef(kind, name, null, id, null);
    }

    /** How a person reads it: {@code inline policy 'deny-s3' on role Reader}, {@code SCP 'DenyOutsideOrg' (p-…)}. */
    public String describe() {
        String n = name == null ? "" : "'" + name + "'";
        return switch (kind == null ? "" : kind) {
            case "inline" -> "inline policy " + n + (attachedTo == null ? "" : " on " + attachedTo);
            case "managed" -> "managed policy " + n + (arn == null ? "" : " (" + arn + ")");
            case "scp" -> "SCP " + n + (id == null ? "" : " (" + id + ")");
            case "rcp" -> "RCP " + n + (id == null ? "" : " (" + id + ")");
            default -> name == null ? (arn == null ? "a policy" : arn) : name;
        };
    }
}

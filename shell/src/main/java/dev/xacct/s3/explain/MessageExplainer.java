package dev.xacct.s3.explain;

import dev.xacct.s3.explain.AccessDeniedMessage.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code s3 explain "MESSAGE"}: what an AccessDenied message means (spec §3) and what to run
 * next. It never claims a cause the message does not carry, and it names the other layers that
 * read the same (spec §3: S3 reports an IgnorePublicAcls refusal as "no resource-based policy
 * allows", a RestrictPublicBuckets refusal as an explicit deny in a resource-based policy, and a
 * VPC endpoint refusal inside one organization can come back bare).
 */
public final class MessageExplainer {
    private MessageExplainer() {}

    public static Explanation explain(String text) {
        AccessDeniedMessage m = AccessDeniedMessageParser.parse(text);
        return new Explanation(m, meaning(m), alternatives(m), NextSteps.of(m));
    }

    static List<String> alternatives(AccessDeniedMessage m) {
        boolean s3Resource = m.action() == null || m.action().startsWith("s3:");
        List<String> out = new ArrayList<>();
        if ("resource-policy".equals(m.policyType()) && s3Resource) {
            if (m.kind() == Kind.NO_ALLOW || m.kind() == Kind.EXPLICIT_DENY) out.add("block-public-access");
        }
        if (m.kind() == Kind.BARE_ACCESS_DENIED) out.add("vpc-endpoint-policy");
        return out;
    }

    /** A type word as a person reads it. */
    static String title(String type) {
        if (type == null) return "a policy";
        return switch (type) {
            case "identity-policy" -> "identity-based policy";
            case "resource-policy" -> "resource-based policy (the bucket or access point policy)";
            case "scp" -> "service control policy";
            case "rcp" -> "resource control policy";
            case "vpc-endpoint-policy" -> "VPC endpoint policy";
            case "permissions-boundary" -> "permissions boundary";
            case "session-policy" -> "session policy";
            case "trust-policy" -> "role trust policy";
            case "kms" -> "KMS key policy";
            case "block-public-access" -> "S3 Block Public Access";
            default -> type;
        };
    }

    private static String meaning(AccessDeniedMessage m) {
        String who = m.principalArn() == null ? "the caller" : m.principalArn();
        String what =
                (m.action() == null ? "the request" : m.action()) + (m.resource() == null ? "" : " on " + m.resource());
        return switch (m.kind()) {
            case NO_ALLOW ->
                "Nothing in the " + title(m.policyType()) + " allows " + who + " to perform " + what
                        + ". No policy denies it; an Allow is missing there. AWS names the type only when caller and"
                        + " resource are in the same account or organization."
                        + (m.policyType() != null && m.policyType().equals("resource-policy")
                                ? " The same words come from an IgnorePublicAcls refusal (a public ACL grant that Block"
                                        + " Public Access ignores)."
                                : "");
            case EXPLICIT_DENY ->
                "A Deny statement in the " + title(m.policyType())
                        + (m.policyArn() == null ? "" : " " + m.policyArn()) + " refuses " + what + " for " + who
                        + ". A Deny wins over every Allow: adding Allows will not help; the Deny must stop matching."
                        + ("resource-policy".equals(m.policyType())
                                ? " The same words come from RestrictPublicBuckets (a public bucket policy shuts out"
                                        + " other accounts)."
                                : "");
            case BLOCK_PUBLIC_ACLS ->
                "The request sets a public ACL (public-read, public-read-write, authenticated-read, or a grant to"
                        + " AllUsers/AuthenticatedUsers) and the bucket's Block Public Access setting BlockPublicAcls"
                        + " refuses it.";
            case BLOCK_PUBLIC_POLICY ->
                "The bucket policy being put would make the bucket public, and Block Public Access"
                        + " (BlockPublicPolicy) refuses it: name principals instead of \"*\", or pin a narrowing"
                        + " condition (aws:PrincipalOrgID, aws:SourceVpce, …).";
            case SSE_C_BLOCKED -> "The bucket refuses uploads encrypted with customer-provided keys (SSE-C).";
            case KMS ->
                "KMS refused S3 the key that protects the object: the caller (or its account) may not use the KMS"
                        + " key — the key policy does not allow its account, its IAM policy lacks kms:Decrypt (to read)"
                        + " or kms:GenerateDataKey (to write), or it is the AWS managed key aws/s3, which no other"
                        + " account can use.";
            case BARE_ACCESS_DENIED ->
                "S3 refused the request without saying why. Since 2024 S3 names the policy type for requests"
                        + " within one account or organization, so a bare 'Access Denied' usually means the caller and"
                        + " the bucket are in different organizations, where any layer can be the cause, object"
                        + " ownership included. Inside one organization a VPC endpoint policy refusal can also come"
                        + " back bare.";
            case HEAD_FORBIDDEN ->
                "A HEAD request (HeadObject, what 'aws s3 cp' sends first) failed with 403. A HEAD response has no"
                        + " body, so 'Forbidden' is all there is: the reason is not in the message. The same request as"
                        + " a 1-byte GET returns the full message; a 403 on a missing key is also possible when the"
                        + " caller lacks s3:ListBucket.";
            case NOT_FOUND ->
                "The key does not exist (S3 says 404 only to callers allowed s3:ListBucket; others get 403).";
            case NOT_AUTHORIZED ->
                who + " is not allowed to perform " + what
                        + ". The message names no policy type: the caller and the resource are likely in different"
                        + " accounts or organizations, or the service does not say.";
            case UNRECOGNIZED -> "This is not one of the AccessDenied message forms xacct knows.";
        };
    }
}

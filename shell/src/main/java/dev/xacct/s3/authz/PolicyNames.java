package dev.xacct.s3.authz;

import dev.xacct.policy.Caller;
import dev.xacct.policy.MatchedStatement;
import dev.xacct.s3.evidence.PolicyRef;
import dev.xacct.s3.evidence.S3Evidence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the evidence's policies and statements the way a person finds them in AWS: by the
 * evidence's {@code policyRefs} when it has them ({@code inline policy 'deny-s3' on role
 * Reader, statement 2 (Sid DenyS3)}), otherwise by what the evidence says (identity policy 1
 * of role Reader, the bucket policy of ct-bucket). Never by the engine's internal labels.
 */
final class PolicyNames {
    private static final Pattern INDEXED = Pattern.compile("(identity|scp|rcp)((?:\\[\\d+])+)");

    private final S3Evidence ev;
    private final Caller caller;

    private PolicyNames(S3Evidence ev, Caller caller) {
        this.ev = ev;
        this.caller = caller;
    }

    static PolicyNames of(S3Evidence ev, Caller caller) {
        return new PolicyNames(ev, caller);
    }

    /** The evidence place of an engine label: {@code identity[0]} → {@code caller.identityPolicies[0]}. */
    static String place(String label) {
        Matcher m = INDEXED.matcher(label);
        if (m.matches()) {
            String base = switch (m.group(1)) {
                case "identity" -> "caller.identityPolicies";
                case "scp" -> "caller.serviceControlPolicies";
                default -> "bucket.resourceControlPolicies";
            };
            return base + m.group(2);
        }
        return switch (label) {
            case "boundary" -> "caller.permissionsBoundary";
            case "session" -> "caller.sessionPolicy";
            case "vpce" -> "caller.vpcEndpointPolicy";
            case "bucket-policy" -> "bucket.policy";
            case "access-point-policy" -> "bucket.accessPointPolicy";
            case "key-policy" -> "kms.keyPolicy";
            default -> label;
        };
    }

    PolicyRef ref(String label) {
        return ev.policyRefs().get(place(label));
    }

    /** The policy a label stands for, in words. */
    String policy(String label) {
        PolicyRef ref = ref(label);
        if (ref != null) return ref.describe();
        Matcher m = INDEXED.matcher(label);
        if (m.matches()) {
            int[] idx = Pattern.compile("\\[(\\d+)]")
                    .matcher(m.group(2))
                    .results()
                    .mapToInt(r -> Integer.parseInt(r.group(1)))
                    .toArray();
            return switch (m.group(1)) {
                case "identity" -> "identity policy " + (idx[0] + 1) + " of " + who();
                case "scp" -> "SCP " + (idx[idx.length - 1] + 1) + " at " + level(idx[0], true);
                default -> "RCP " + (idx[idx.length - 1] + 1) + " at " + level(idx[0], false);
            };
        }
        return switch (label) {
            case "boundary" -> "the permissions boundary of " + who();
            case "session" -> "the session policy of " + caller.arn();
            case "vpce" -> "the VPC endpoint policy" + endpoint();
            case "bucket-policy" -> "the bucket policy of " + ev.request().bucket();
            case "access-point-policy" ->
                "the access point policy of " + ev.request().accessPoint();
            case "key-policy" ->
                "the key policy of "
                        + (ev.kms().orNull() == null
                                ? "the KMS key"
                                : ev.kms().orNull().keyArn().orElse("the KMS key"));
            default -> label;
        };
    }

    /** One statement: {@code inline policy 'deny-s3' on role Reader, statement 2 (Sid DenyS3)}. */
    String statement(MatchedStatement m) {
        String where = policy(m.policy());
        String n = m.index() < 0 ? "" : ", statement " + (m.index() + 1);
        return where + n + (m.sid() == null || m.sid().isBlank() ? "" : " (Sid " + m.sid() + ")");
    }

    private String who() {
        return switch (caller.kind()) {
            case ROLE_SESSION -> "role " + caller.name();
            case USER -> "user " + caller.name();
            default -> caller.arn();
        };
    }

    private String level(int level, boolean scp) {
        var chain = scp
                ? ev.caller().serviceControlPolicies().orNull()
                : ev.bucket().resourceControlPolicies().orNull();
        String target =
                chain == null || level >= chain.size() ? null : chain.get(level).target();
        return target == null ? "level " + (level + 1) + " of the organization" : "target " + target;
    }

    private String endpoint() {
        var v = ev.request().context().get("aws:SourceVpce");
        return v == null || v.isEmpty() ? "" : " of " + v.get(0);
    }
}

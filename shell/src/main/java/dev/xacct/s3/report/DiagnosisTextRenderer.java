package dev.xacct.s3.report;

import dev.xacct.s3.authz.Check;
import dev.xacct.s3.authz.CheckStatus;
import dev.xacct.s3.authz.Diagnosis;
import dev.xacct.s3.authz.Remedy;
import dev.xacct.s3.authz.UnknownFact;
import dev.xacct.s3.authz.Verdict;

/**
 * Renders a {@link Diagnosis} as plain text: the verdict and root cause in plain words, each
 * check with ✓ ✗ ? (or – when skipped) and where the fact came from, the fix as commands
 * marked with the account that must run them, then what is unknown and how to learn it.
 * Plain strings; colour is the shell's business.
 */
public final class DiagnosisTextRenderer {
    private DiagnosisTextRenderer() {}

    public static String render(Diagnosis d) {
        StringBuilder out = new StringBuilder();
        out.append(headline(d)).append('\n');
        out.append(d.summary()).append('\n');
        out.append('\n').append("Checks (in the order S3 evaluates them):\n");
        for (Check c : d.checks()) {
            out.append("  ")
                    .append(mark(c.status()))
                    .append(' ')
                    .append(c.id())
                    .append(" — ")
                    .append(c.detail())
                    .append("  [")
                    .append(c.evidence())
                    .append("]\n");
        }
        if (!d.remedies().isEmpty()) {
            out.append('\n').append("Fix:\n");
            for (Remedy r : d.remedies()) {
                out.append("  ").append(r.id()).append(". ").append(r.title()).append('\n');
                out.append("     run as ").append(r.runAs()).append(":\n");
                for (String cmd : r.commands())
                    out.append("       ").append(cmd).append('\n');
            }
        }
        if (!d.unknowns().isEmpty()) {
            out.append('\n')
                    .append(
                            d.verdict() == Verdict.UNDETERMINED
                                    ? "Unknown, and it decides the outcome:\n"
                                    : "Also unknown:\n");
            for (UnknownFact u : d.unknowns()) {
                out.append("  ? ")
                        .append(u.fact())
                        .append(" — ")
                        .append(u.resolveBy())
                        .append('\n');
            }
        }
        return out.toString();
    }

    static String headline(Diagnosis d) {
        String status = d.httpStatus() == null ? "" : " (" + d.httpStatus() + ")";
        return switch (d.verdict()) {
            case ALLOWED -> "ALLOWED" + status + ": nothing refuses this request.";
            case UNDETERMINED -> "UNDETERMINED" + status + ": facts that could not be read decide the outcome.";
            case EXPLICIT_DENY ->
                "DENIED" + status + ": " + words(d) + " (an explicit Deny, "
                        + d.deniedBy().word() + ")";
            case IMPLICIT_DENY ->
                "DENIED" + status + ": " + words(d) + " (nothing grants it: "
                        + d.deniedBy().word() + ")";
            case NOT_AUTHORIZATION ->
                "FAILS" + status + " for a reason outside policies ("
                        + d.deniedBy().word() + "): " + words(d);
        };
    }

    /** The root cause in plain words. */
    static String words(Diagnosis d) {
        return switch (d.rootCause()) {
            case OBJECT_OWNER_NOT_BUCKET_OWNER ->
                "the object belongs to another account than the bucket, so the bucket policy cannot share it";
            case BPA_RESTRICT_PUBLIC_BUCKETS ->
                "the bucket policy is public, so Block Public Access shuts out other accounts";
            case BPA_IGNORE_PUBLIC_ACLS -> "the only grant is a public ACL, which Block Public Access ignores";
            case BPA_BLOCK_PUBLIC_ACLS -> "the request sets a public ACL, which Block Public Access refuses";
            case NO_IDENTITY_ALLOW -> "the caller's own IAM policies do not allow it";
            case BUCKET_POLICY_DENY -> "a Deny in the bucket policy";
            case NO_BUCKET_POLICY_ALLOW -> "the bucket policy does not allow the caller";
            case NO_OBJECT_ACL_GRANT -> "the object's ACL grants the caller nothing";
            case IDENTITY_POLICY_DENY -> "a Deny in the caller's own IAM policies";
            case SCP_DENY -> "a Deny in a service control policy of the caller's organization";
            case SCP_NO_ALLOW ->
                "a service control policy level of the caller's organization allows nothing of the kind";
            case RCP_DENY -> "a Deny in a resource control policy of the bucket's organization";
            case BOUNDARY_NO_ALLOW -> "the caller's permissions boundary does not allow it";
            case BOUNDARY_DENY -> "a Deny in the caller's permissions boundary";
            case SESSION_POLICY_NO_ALLOW -> "the session policy of the caller's session does not allow it";
            case SESSION_POLICY_DENY -> "a Deny in the caller's session policy";
            case VPCE_POLICY_NO_ALLOW -> "the VPC endpoint's policy does not allow it";
            case VPCE_POLICY_DENY -> "a Deny in the VPC endpoint's policy";
            case KMS_AWS_MANAGED_KEY_CROSS_ACCOUNT ->
                "the object is encrypted with an AWS managed key no other account can use";
            case KMS_KEY_POLICY_NO_ALLOW -> "the KMS key policy does not allow the caller";
            case KMS_IDENTITY_NO_ALLOW -> "the caller's IAM policies do not allow the KMS key";
            case KMS_DENY -> "a Deny on the KMS key";
            case REQUESTER_PAYS_NOT_ACKNOWLEDGED ->
                "the bucket is Requester Pays and the request did not accept the charge";
            case EXPECTED_BUCKET_OWNER_MISMATCH -> "the bucket belongs to another account than the request expects";
            case OBJECT_MISSING_NO_LIST ->
                "the key does not exist, and without s3:ListBucket S3 says 403 instead of 404";
            case OBJECT_MISSING -> "the key does not exist";
            case ACL_NOT_SUPPORTED -> "the bucket has ACLs disabled and the request sets one";
            case ENCRYPTION_TYPE_BLOCKED -> "the bucket blocks this encryption type";
            case ACCESS_POINT_NOT_DELEGATED -> "the bucket policy does not delegate to the access point";
            default -> d.rootCause().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }

    static String mark(CheckStatus s) {
        return switch (s) {
            case PASS -> "✓";
            case FAIL -> "✗";
            case UNKNOWN -> "?";
            case SKIP -> "–";
        };
    }
}

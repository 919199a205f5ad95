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
            out.append("  ").append(mark(c.status())).append(' ').append(c.id()).append(" — ").append(c.detail())
                    .append("  [").append(c.evidence()).append("]\n");
        }
        if (!d.remedies().isEmpty()) {
            out.append('\n').append("Fix:\n");
            for (Remedy r : d.remedies()) {
                out.append("  ").append(r.id()).append(". ").append(r.title()).append('\n');
                out.append("     run as ").append(r.runAs()).append(":\n");
                for (String cmd : r.commands()) out.append("       ").append(cmd).append('\n');
            }
        }
        if (!d.unknowns().isEmpty()) {
            out.append('\n').append(d.verdict() == Verdict.UNDETERMINED ? "Unknown, and it decides the outcome:\n" : "Also unknown:\n");
            for (UnknownFact u : d.unknowns()) {
                out.append("  ? ").append(u.fact()).append(" — ").append(u.resolveBy()).append('\n');
            }
        }
        return out.toString();
    }

    static String headline(Diagnosis d) {
        String status = d.httpStatus() == null ? "" : " (" + d.httpStatus() + ")";
        return switch (d.verdict()) {
            case ALLOWED -> "ALLOWED" + status + ": nothing refuses this request.";
            case UNDETERMINED -> "UNDETERMINED" + status + ": facts that could not be read decide the outcome.";
            case EXPLICIT_DENY -> "DENIED" + status + " by an explicit rule in the " + d.deniedBy().word() + ": " + words(d);
            case IMPLICIT_DENY -> "DENIED" + status + ", nothing grants it at the " + d.deniedBy().word() + ": " + words(d);
            case NOT_AUTHORIZATION -> "FAILS" + status + " for a reason outside policies (" + d.deniedBy().word() + "): " + words(d);
        };
    }

    /** The root cause in plain words. */
    static String words(Diagnosis d) {
        return switch (d.rootCause()) {
            case OBJECT_OWNER_NOT_BUCKET_OWNER -> "the object belongs to another account than the bucket";
            case BPA_RESTRICT_PUBLIC_BUCKETS -> "the bucket policy is public, so Block Public Access shuts out other accounts";
            case BPA_IGNORE_PUBLIC_ACLS -> "the only grant is a public ACL, which Block Public Access ignores";
            case BPA_BLOCK_PUBLIC_ACLS -> "the request sets a public ACL, which Block Public Access refuses";
            case NO_IDENTITY_ALLOW -> "the caller's own IAM policies do not allow it";
            case BUCKET_POLICY_DENY -> "a Deny in the bucket policy";
            case NO_BUCKET_POLICY_ALLOW -> "the bucket policy does not allow the caller";
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

package dev.xacct.s3.explain;

import java.util.Locale;

/**
 * The policy type an AccessDenied message names, in the {@code deniedBy} words of formats.md §2
 * plus {@code trust-policy} (formats.md §5). AWS writes the type in words ("identity-based
 * policy", "Service Control Policy", "the role trust policy"); a resource-based policy is the
 * key policy for a {@code kms:} action and the trust policy for {@code sts:AssumeRole*}.
 */
final class PolicyTypeWords {
    private PolicyTypeWords() {}

    /** The word for the type, or null when the words name none xacct knows. */
    static String of(String words, String action) {
        String w = words.toLowerCase(Locale.ROOT).strip().replaceAll("[.\\s]+$", "");
        w = w.replaceFirst("^(a|an|the) ", "");
        if (w.contains("trust policy")) return "trust-policy";
        if (w.contains("identity-based") || w.equals("identity policy")) return "identity-policy";
        if (w.contains("service control policy")) return "scp";
        if (w.contains("resource control policy")) return "rcp";
        if (w.contains("vpc endpoint policy")) return "vpc-endpoint-policy";
        if (w.contains("permissions boundary")) return "permissions-boundary";
        if (w.contains("session policy")) return "session-policy";
        if (w.contains("key policy")) return "kms";
        if (w.contains("block public access")) return "block-public-access";
        if (w.contains("resource-based") || w.equals("resource policy")) {
            String a = action == null ? "" : action.toLowerCase(Locale.ROOT);
            if (a.startsWith("kms:")) return "kms";
            if (a.startsWith("sts:assumerole")) return "trust-policy";
            return "resource-policy";
        }
        return null;
    }
}

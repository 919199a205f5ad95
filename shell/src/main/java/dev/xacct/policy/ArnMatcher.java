package dev.xacct.policy;

/**
 * ARN matching. {@code ArnEquals}/{@code ArnLike} compare the six colon-separated parts
 * one by one, so a wildcard never spans a ':' in the first five (IAM, "ARN condition
 * operators"). Resource elements are matched the same way.
 * <p>This matches a policy's ARN <em>pattern</em> (wildcards, and policy variables such as
 * {@code ${aws:username}} whose own ':' must not count), which is policy grammar rather than AWS
 * vocabulary; parsing real ARNs is {@link dev.xacct.aws.Arns}'s job.
 */
public final class ArnMatcher {
    private ArnMatcher() {}

    public static Tri matches(String pattern, String arn, RequestContext ctx, boolean variables) {
        if (pattern.equals("*")) return Tri.TRUE;
        String[] p = pattern.split(":", 6);
        String[] a = arn.split(":", 6);
        if (p.length != 6 || a.length != 6) {
            // Not an ARN on one side: fall back to whole-string wildcard matching.
            return PolicyVariables.matches(pattern, arn, ctx, true, false, variables);
        }
        Tri result = Tri.TRUE;
        for (int i = 0; i < 6; i++) {
            result = result.and(PolicyVariables.matches(p[i], a[i], ctx, true, false, variables));
            if (result == Tri.FALSE) return result;
        }
        return result;
    }
}

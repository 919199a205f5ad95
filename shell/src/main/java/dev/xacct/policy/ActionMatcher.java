package dev.xacct.policy;

/**
 * Action matching: {@code service:Name} with '*' and '?' wildcards; both the service
 * prefix and the action name compare case-insensitively (IAM, "Action element").
 */
public final class ActionMatcher {
    private ActionMatcher() {}

    public static boolean matches(String pattern, String action) {
        if (pattern.equals("*")) return true;
        Tri t = PolicyVariables.matches(pattern, action, null, true, true, false);
        return t == Tri.TRUE;
    }
}

package dev.xacct.policy;

/** How one statement (at {@code index}, 0-based) of one labelled policy applies to a request. */
public record StatementMatch(
        String policy, String sid, int index, Effect effect, Tri applies, PrincipalMatch principal) {}

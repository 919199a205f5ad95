package dev.xacct.policy;

/** How one statement of one labelled policy applies to a request. */
public record StatementMatch(String policy, String sid, Effect effect, Tri applies, PrincipalMatch principal) {}

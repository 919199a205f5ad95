package dev.xacct.policy;

import java.util.List;

/** The outcome of combining every policy that applies to a request. */
public sealed interface Decision {
    List<MatchedStatement> matched();

    /** Every gate allows and the principal/resource rule is met. */
    record Allowed(List<MatchedStatement> matched) implements Decision {}

    /** Nothing denies explicitly, but {@code deniedBy} does not allow. */
    record ImplicitlyDenied(PolicyLayer deniedBy, List<MatchedStatement> matched) implements Decision {}

    /** A Deny statement applies; {@code deniedBy} is the first such layer in spec §1 order. */
    record ExplicitlyDenied(PolicyLayer deniedBy, List<MatchedStatement> matched) implements Decision {}

    /** A condition key the request does not settle decides the outcome. */
    record Undetermined(List<String> unknownFacts, List<MatchedStatement> matched) implements Decision {}

    default String word() {
        if (this instanceof Allowed) return "Allowed";
        if (this instanceof ImplicitlyDenied) return "ImplicitlyDenied";
        if (this instanceof ExplicitlyDenied) return "ExplicitlyDenied";
        return "Undetermined";
    }
}

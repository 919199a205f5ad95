package dev.xacct.policy;

import java.util.List;
import java.util.function.Predicate;

/** The statements of one policy that apply (or may apply) to a request. */
public record PolicyEvaluation(String policy, List<StatementMatch> statements) {
    public PolicyEvaluation {
        statements = List.copyOf(statements);
    }

    /** Whether an explicit Deny applies: TRUE, FALSE, or UNKNOWN when a condition key is unknown. */
    public Tri deny() {
        return any(Effect.DENY, p -> true);
    }

    public Tri allow() {
        return any(Effect.ALLOW, p -> true);
    }

    /** Allow through a statement whose principal covers the caller in the given way(s). */
    public Tri allow(Predicate<PrincipalMatch> how) {
        return any(Effect.ALLOW, how);
    }

    public List<StatementMatch> matching(Effect effect, Tri applies) {
        return statements.stream()
                .filter(s -> s.effect() == effect && s.applies() == applies)
                .toList();
    }

    private Tri any(Effect effect, Predicate<PrincipalMatch> how) {
        Tri r = Tri.FALSE;
        for (StatementMatch s : statements) {
            if (s.effect() == effect && how.test(s.principal())) r = r.or(s.applies());
        }
        return r;
    }
}

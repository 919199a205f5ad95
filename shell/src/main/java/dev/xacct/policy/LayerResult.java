package dev.xacct.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * One layer's verdict on a request: whether a Deny applies and whether the layer allows.
 * For a chain of organization levels, {@code allow} is TRUE only when every level allows.
 */
public record LayerResult(PolicyLayer layer, Tri deny, Tri allow, List<StatementMatch> statements) {
    public LayerResult {
        statements = List.copyOf(statements);
    }

    public List<MatchedStatement> denies() {
        return named(Effect.DENY);
    }

    public List<MatchedStatement> allows() {
        return named(Effect.ALLOW);
    }

    private List<MatchedStatement> named(Effect e) {
        List<MatchedStatement> out = new ArrayList<>();
        for (StatementMatch m : statements) {
            if (m.effect() == e && m.applies() == Tri.TRUE) out.add(MatchedStatement.of(m));
        }
        return out;
    }
}

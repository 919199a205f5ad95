package dev.xacct.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates one policy document against a request: which statements apply. Combining
 * several policies is {@link PolicyEngine}'s job.
 */
public final class PolicyEvaluator {
    private PolicyEvaluator() {}

    /** Whether the Principal element is evaluated (resource-based policies) or ignored. */
    public enum Kind {
        IDENTITY,
        RESOURCE
    }

    public static PolicyEvaluation evaluate(PolicyDocument doc, String label, RequestContext ctx, Kind kind) {
        List<StatementMatch> out = new ArrayList<>();
        for (int i = 0; i < doc.statements().size(); i++) {
            Statement s = doc.statements().get(i);
            PrincipalMatch pm = principal(s, ctx, kind);
            Tri applies = Tri.of(pm.matched() && action(s, ctx.action())).and(resource(s, ctx));
            for (Condition c : s.conditions()) {
                if (applies == Tri.FALSE) break;
                applies = applies.and(ConditionEvaluator.evaluate(c, ctx));
            }
            out.add(new StatementMatch(label, s.sid(), i, s.effect(), applies, pm));
        }
        return new PolicyEvaluation(label, out);
    }

    private static PrincipalMatch principal(Statement s, RequestContext ctx, Kind kind) {
        if (kind == Kind.IDENTITY) return PrincipalMatch.PRINCIPAL;
        if (s.principal() != null) return PrincipalMatcher.match(s.principal(), ctx.caller());
        if (s.notPrincipal() != null) return PrincipalMatcher.matchNot(s.notPrincipal(), ctx.caller());
        return PrincipalMatch.NONE; // a resource policy statement without a principal names nobody
    }

    private static boolean action(Statement s, String action) {
        boolean any = s.actions().stream().anyMatch(a -> ActionMatcher.matches(a, action));
        return s.notAction() != any;
    }

    private static Tri resource(Statement s, RequestContext ctx) {
        Tri any = Tri.FALSE;
        for (String r : s.resources()) any = any.or(ArnMatcher.matches(r, ctx.resource(), ctx, true));
        return s.notResource() ? any.not() : any;
    }
}

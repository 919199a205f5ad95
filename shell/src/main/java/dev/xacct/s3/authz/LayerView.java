package dev.xacct.s3.authz;

import dev.xacct.policy.Condition;
import dev.xacct.policy.ContextValue;
import dev.xacct.policy.Effect;
import dev.xacct.policy.MatchedStatement;
import dev.xacct.policy.PolicyDocument;
import dev.xacct.policy.PolicyEvaluation;
import dev.xacct.policy.PolicyEvaluator;
import dev.xacct.policy.PrincipalMatch;
import dev.xacct.policy.RequestContext;
import dev.xacct.policy.Statement;
import dev.xacct.policy.StatementMatch;
import dev.xacct.policy.Tri;
import dev.xacct.s3.evidence.Fact;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One evidence policy (a tri-state fact) evaluated against a request. An unknown document
 * may both allow and deny: "evaluated both ways", it is UNKNOWN on both sides and names the
 * fact; an absent one does not apply. Condition keys whose value is unknown are named too.
 */
record LayerView(
        boolean applies, boolean unreadable, Tri deny, List<StatementMatch> statements, List<String> unknownFacts) {

    static LayerView of(
            Fact<PolicyDocument> doc, String fact, String label, RequestContext ctx, PolicyEvaluator.Kind kind) {
        if (doc instanceof Fact.Unknown<PolicyDocument>)
            return new LayerView(true, true, Tri.UNKNOWN, List.of(), List.of(fact));
        if (!(doc instanceof Fact.Known<PolicyDocument> k))
            return new LayerView(false, false, Tri.FALSE, List.of(), List.of());
        return of(k.value(), label, ctx, kind);
    }

    static LayerView of(PolicyDocument doc, String label, RequestContext ctx, PolicyEvaluator.Kind kind) {
        PolicyEvaluation e = PolicyEvaluator.evaluate(doc, label, ctx, kind);
        return new LayerView(true, false, e.deny(), e.statements(), unknownKeys(doc, ctx));
    }

    /** Allow through statements whose principal match satisfies {@code how}. */
    Tri allow(Predicate<PrincipalMatch> how) {
        if (unreadable) return Tri.UNKNOWN;
        Tri r = Tri.FALSE;
        for (StatementMatch s : statements)
            if (s.effect() == Effect.ALLOW && how.test(s.principal())) r = r.or(s.applies());
        return r;
    }

    Tri allow() {
        return allow(p -> true);
    }

    List<MatchedStatement> matched(Effect effect) {
        List<MatchedStatement> out = new ArrayList<>();
        for (StatementMatch s : statements) {
            if (s.effect() == effect && s.applies() == Tri.TRUE)
                out.add(new MatchedStatement(s.policy(), s.sid(), s.index()));
        }
        return out;
    }

    static List<String> unknownKeys(PolicyDocument doc, RequestContext ctx) {
        Set<String> out = new LinkedHashSet<>();
        for (Statement st : doc.statements()) {
            for (Condition c : st.conditions()) {
                if (ctx.get(c.key()) instanceof ContextValue.Unknown u) out.add(u.fact());
            }
        }
        return List.copyOf(out);
    }
}

package dev.xacct.s3.authz;

import dev.xacct.policy.LayerEvaluator;
import dev.xacct.policy.LayerResult;
import dev.xacct.policy.MatchedStatement;
import dev.xacct.policy.OrgPolicyLevel;
import dev.xacct.policy.PolicyDocument;
import dev.xacct.policy.PolicyEvaluator;
import dev.xacct.policy.PolicyLayer;
import dev.xacct.policy.RequestContext;
import dev.xacct.policy.Tri;
import dev.xacct.s3.evidence.Fact;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A policy layer of the evidence evaluated against the request: does a Deny apply, does the
 * layer allow. An unknown layer is UNKNOWN on both counts (it is "evaluated both ways": it
 * might deny, it might allow) and names its fact; an absent one does not apply.
 */
record LayerOutcome(
        String fact, boolean applies, Tri deny, Tri allow, List<MatchedStatement> denies, List<String> unknownFacts) {

    static LayerOutcome single(
            PolicyLayer layer,
            Fact<PolicyDocument> doc,
            String fact,
            String label,
            RequestContext ctx,
            PolicyEvaluator.Kind kind) {
        return list(layer, doc.map(List::of), fact, label, ctx, kind, true);
    }

    /** Identity policies: any may allow. {@code eachMust}: every one must allow (boundary, session, endpoint). */
    static LayerOutcome list(
            PolicyLayer layer,
            Fact<List<PolicyDocument>> docs,
            String fact,
            String label,
            RequestContext ctx,
            PolicyEvaluator.Kind kind,
            boolean eachMust) {
        if (docs.isUnknown()) return unknown(fact);
        if (docs.isAbsent()) return absent(fact);
        List<PolicyDocument> l = docs.orNull();
        LayerResult r = eachMust
                ? LayerEvaluator.eachMustAllow(layer, l, label, ctx, kind)
                : LayerEvaluator.anyMayAllow(layer, l, label, ctx, kind);
        return new LayerOutcome(fact, true, r.deny(), r.allow(), r.denies(), keys(l, ctx));
    }

    static LayerOutcome chain(
            PolicyLayer layer,
            Fact<List<OrgPolicyLevel>> levels,
            String fact,
            String label,
            RequestContext ctx,
            PolicyEvaluator.Kind kind,
            boolean implicitFullAccess) {
        if (levels.isUnknown()) return unknown(fact);
        if (levels.isAbsent()) return absent(fact);
        LayerResult r = LayerEvaluator.orgChain(layer, levels.orNull(), label, ctx, kind, implicitFullAccess);
        List<PolicyDocument> all = new ArrayList<>();
        levels.orNull().forEach(lv -> all.addAll(lv.policies()));
        return new LayerOutcome(fact, true, r.deny(), r.allow(), r.denies(), keys(all, ctx));
    }

    static LayerOutcome unknown(String fact) {
        return new LayerOutcome(fact, true, Tri.UNKNOWN, Tri.UNKNOWN, List.of(), List.of(fact));
    }

    static LayerOutcome absent(String fact) {
        return new LayerOutcome(fact, false, Tri.FALSE, Tri.TRUE, List.of(), List.of());
    }

    private static List<String> keys(List<PolicyDocument> docs, RequestContext ctx) {
        Set<String> out = new LinkedHashSet<>();
        docs.forEach(d -> out.addAll(LayerView.unknownKeys(d, ctx)));
        return List.copyOf(out);
    }

    /** The matching Deny statements, named for people ({@link PolicyNames}). */
    String denyingStatements(PolicyNames names) {
        return String.join("; ", denies.stream().map(names::statement).toList());
    }
}

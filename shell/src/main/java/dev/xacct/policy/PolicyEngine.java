package dev.xacct.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Combines every policy type per AWS's policy evaluation logic ("Policy evaluation logic",
 * "Cross-account policy evaluation logic"), in spec §1 order:
 * <ol>
 *   <li>an explicit Deny in any policy wins (first layer in {@link PolicyLayer} order is named);</li>
 *   <li>caller-side gates must each allow: every SCP level, each permissions boundary,
 *       the session policy, each VPC endpoint policy (RCP levels always allow, see
 *       {@link LayerEvaluator#orgChain});</li>
 *   <li>same account: an identity Allow, or a resource-policy Allow naming the principal
 *       itself (an Allow to the account root needs the identity Allow too, spec §1.4);
 *       across accounts: both an identity Allow and a resource-policy Allow; without a
 *       resource policy nothing allows the resource side, so the request is implicitly
 *       denied (IAM User Guide, "Cross-account policy evaluation logic"). A request whose
 *       resource account is not given is read as staying within the caller's account.</li>
 * </ol>
 * A definite Deny decides even when other conditions are unknown; otherwise any unknown
 * that could change the answer gives {@link Decision.Undetermined}.
 */
public final class PolicyEngine {
    private PolicyEngine() {}

    public static Decision decide(PolicySet set, RequestContext ctx, String resourceAccount) {
        List<LayerResult> layers = layers(set, ctx);

        List<String> unknown = new ArrayList<>();
        for (LayerResult l : layers) {
            if (l.deny() == Tri.TRUE) return new Decision.ExplicitlyDenied(l.layer(), l.denies());
            if (l.deny() == Tri.UNKNOWN) unknown.add(l.layer().word() + " Deny depends on an unknown condition key");
        }

        // Caller-side gates (spec §1.3), in that order; each must allow on its own.
        for (PolicyLayer gate : GATES) {
            LayerResult l = find(layers, gate);
            if (l == null) continue;
            if (l.allow() == Tri.FALSE) return implicit(gate, unknown);
            if (l.allow() == Tri.UNKNOWN) unknown.add(gate.word() + " Allow depends on an unknown condition key");
        }

        Caller c = ctx.caller();
        boolean iamPrincipal = !c.isAnonymous() && !c.isService();
        Tri idAllow = iamPrincipal ? find(layers, PolicyLayer.IDENTITY).allow() : Tri.FALSE;
        PolicyEvaluation resource = set.resourcePolicy() == null
                ? null
                : PolicyEvaluator.evaluate(set.resourcePolicy(), "resource", ctx, PolicyEvaluator.Kind.RESOURCE);
        Tri resAny = resource == null ? Tri.FALSE : resource.allow();
        // Within one account an Allow to the account root is not enough on its own (spec §1.4).
        Tri resNamed = resource == null ? Tri.FALSE : resource.allow(m -> m != PrincipalMatch.ACCOUNT);
        // Across accounts both sides must allow, whatever the identity side says (no resource policy = no Allow).
        boolean crossAccount =
                resourceAccount != null && c.account() != null && !c.account().equals(resourceAccount);

        Tri allowed;
        PolicyLayer blame;
        if (!iamPrincipal) {
            allowed = resNamed;
            blame = PolicyLayer.RESOURCE;
        } else if (!crossAccount) {
            allowed = idAllow.or(resNamed);
            blame = PolicyLayer.IDENTITY;
        } else {
            allowed = idAllow.and(resAny);
            blame = idAllow == Tri.FALSE ? PolicyLayer.IDENTITY : PolicyLayer.RESOURCE;
        }
        if (allowed == Tri.FALSE) return implicit(blame, unknown);
        if (allowed == Tri.UNKNOWN) unknown.add("the Allow depends on an unknown condition key");
        if (!unknown.isEmpty()) return new Decision.Undetermined(unknown, List.of());
        List<MatchedStatement> allows = new ArrayList<>();
        layers.forEach(l -> allows.addAll(l.allows()));
        return new Decision.Allowed(allows);
    }

    private static final List<PolicyLayer> GATES =
            List.of(PolicyLayer.SCP, PolicyLayer.BOUNDARY, PolicyLayer.SESSION, PolicyLayer.VPC_ENDPOINT);

    private static Decision implicit(PolicyLayer layer, List<String> unknownDenies) {
        // An unknown Deny could turn this implicit denial into an explicit one.
        if (!unknownDenies.isEmpty()) return new Decision.Undetermined(unknownDenies, List.of());
        return new Decision.ImplicitlyDenied(layer, List.of());
    }

    private static LayerResult find(List<LayerResult> layers, PolicyLayer layer) {
        return layers.stream().filter(l -> l.layer() == layer).findFirst().orElse(null);
    }

    /** Evaluates every layer present in the set, in {@link PolicyLayer} order. */
    public static List<LayerResult> layers(PolicySet set, RequestContext ctx) {
        List<LayerResult> out = new ArrayList<>();
        boolean principalIsAws = !ctx.caller().isService();
        if (set.serviceControlPolicies() != null
                && principalIsAws
                && !ctx.caller().isAnonymous()) {
            out.add(LayerEvaluator.orgChain(
                    PolicyLayer.SCP, set.serviceControlPolicies(), "scp", ctx, PolicyEvaluator.Kind.IDENTITY, false));
        }
        if (set.resourceControlPolicies() != null) {
            out.add(LayerEvaluator.orgChain(
                    PolicyLayer.RCP, set.resourceControlPolicies(), "rcp", ctx, PolicyEvaluator.Kind.RESOURCE, true));
        }
        if (!set.vpcEndpointPolicies().isEmpty()) {
            out.add(LayerEvaluator.eachMustAllow(
                    PolicyLayer.VPC_ENDPOINT, set.vpcEndpointPolicies(), "vpce", ctx, PolicyEvaluator.Kind.RESOURCE));
        }
        out.add(LayerEvaluator.anyMayAllow(
                PolicyLayer.IDENTITY, set.identityPolicies(), "identity", ctx, PolicyEvaluator.Kind.IDENTITY));
        if (!set.permissionsBoundaries().isEmpty()) {
            out.add(LayerEvaluator.eachMustAllow(
                    PolicyLayer.BOUNDARY, set.permissionsBoundaries(), "boundary", ctx, PolicyEvaluator.Kind.IDENTITY));
        }
        if (set.sessionPolicy() != null) {
            out.add(LayerEvaluator.eachMustAllow(
                    PolicyLayer.SESSION, List.of(set.sessionPolicy()), "session", ctx, PolicyEvaluator.Kind.IDENTITY));
        }
        if (set.resourcePolicy() != null) {
            out.add(LayerEvaluator.eachMustAllow(
                    PolicyLayer.RESOURCE,
                    List.of(set.resourcePolicy()),
                    "resource",
                    ctx,
                    PolicyEvaluator.Kind.RESOURCE));
        }
        return out;
    }
}

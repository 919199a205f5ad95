package dev.xacct.policy;

import java.util.ArrayList;
import java.util.List;

/** Evaluates one layer (a list of policies, or an organization chain) against a request. */
public final class LayerEvaluator {
    private LayerEvaluator() {}

    /** Policies that must each allow (permissions boundaries, VPC endpoint policies). */
    public static LayerResult eachMustAllow(
            PolicyLayer layer, List<PolicyDocument> docs, String label, RequestContext ctx, PolicyEvaluator.Kind kind) {
        Tri deny = Tri.FALSE;
        Tri allow = Tri.TRUE;
        List<StatementMatch> all = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            PolicyEvaluation e =
                    PolicyEvaluator.evaluate(docs.get(i), docs.size() == 1 ? label : label + "[" + i + "]", ctx, kind);
            deny = deny.or(e.deny());
            allow = allow.and(e.allow());
            all.addAll(e.statements());
        }
        return new LayerResult(layer, deny, allow, all);
    }

    /** Policies of which any one may allow (identity policies). */
    public static LayerResult anyMayAllow(
            PolicyLayer layer, List<PolicyDocument> docs, String label, RequestContext ctx, PolicyEvaluator.Kind kind) {
        Tri deny = Tri.FALSE;
        Tri allow = Tri.FALSE;
        List<StatementMatch> all = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            PolicyEvaluation e = PolicyEvaluator.evaluate(docs.get(i), label + "[" + i + "]", ctx, kind);
            deny = deny.or(e.deny());
            allow = allow.or(e.allow());
            all.addAll(e.statements());
        }
        return new LayerResult(layer, deny, allow, all);
    }

    /**
     * An SCP or RCP chain: every level must allow on its own; within a level any attached
     * policy may allow. For RCPs, pass {@code implicitFullAccess}: AWS attaches
     * RCPFullAWSAccess to every root, OU and account and it cannot be detached, so an RCP
     * level never denies implicitly, whether or not the evidence lists that policy. Only an
     * RCP Deny can refuse a request.
     */
    public static LayerResult orgChain(
            PolicyLayer layer,
            List<OrgPolicyLevel> levels,
            String label,
            RequestContext ctx,
            PolicyEvaluator.Kind kind,
            boolean implicitFullAccess) {
        Tri deny = Tri.FALSE;
        Tri allow = Tri.TRUE;
        List<StatementMatch> all = new ArrayList<>();
        for (int l = 0; l < levels.size(); l++) {
            Tri levelAllow = Tri.of(implicitFullAccess);
            List<PolicyDocument> docs = levels.get(l).policies();
            for (int i = 0; i < docs.size(); i++) {
                PolicyEvaluation e = PolicyEvaluator.evaluate(docs.get(i), label + "[" + l + "][" + i + "]", ctx, kind);
                deny = deny.or(e.deny());
                levelAllow = levelAllow.or(e.allow());
                all.addAll(e.statements());
            }
            allow = allow.and(levelAllow);
        }
        return new LayerResult(layer, deny, allow, all);
    }
}

package dev.xacct.policy.simulate;

import dev.xacct.policy.Caller;
import dev.xacct.policy.Decision;
import dev.xacct.policy.MatchedStatement;
import dev.xacct.policy.OrgPolicyLevel;
import dev.xacct.policy.PolicyLayer;
import dev.xacct.policy.PolicySet;
import dev.xacct.policy.RequestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code policy simulate} as text for people: the decision, why (for an implicit denial: which
 * side allows nothing, and across accounts that both sides must allow — IAM User Guide,
 * "Cross-account policy evaluation logic"), and each statement that decided by the policy's
 * place in the request file and its statement number and Sid ({@code identity policy 2,
 * statement 3 (Sid ReadLogs)}), never by the engine's labels.
 */
public final class PolicyDecisionText {
    private static final Pattern LABEL = Pattern.compile("([a-z]+)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private PolicyDecisionText() {}

    public static List<String> lines(PolicyRequest request, Decision d) {
        List<String> out = new ArrayList<>();
        String deniedBy = d instanceof Decision.ExplicitlyDenied e
                ? e.deniedBy().word()
                : d instanceof Decision.ImplicitlyDenied i ? i.deniedBy().word() : null;
        out.add(d.word() + (deniedBy == null ? "" : " (denied by the " + deniedBy + ")"));
        if (d instanceof Decision.ImplicitlyDenied i) out.add("  why: " + reason(request, i.deniedBy()));
        if (!d.matched().isEmpty())
            out.add(d instanceof Decision.ExplicitlyDenied ? "  the Deny that matches:" : "  the Allows that match:");
        for (MatchedStatement m : d.matched()) out.add("    " + statement(request.policies(), m));
        return out;
    }

    /** The decision as one record for the tabular formats: decision, deniedBy, why, statements (joined with "; "). */
    public static java.util.Map<String, Object> record(PolicyRequest request, Decision d) {
        java.util.Map<String, Object> r = new java.util.LinkedHashMap<>();
        r.put("decision", d.word());
        r.put(
                "deniedBy",
                d instanceof Decision.ExplicitlyDenied e
                        ? e.deniedBy().word()
                        : d instanceof Decision.ImplicitlyDenied i
                                ? i.deniedBy().word()
                                : null);
        r.put("why", d instanceof Decision.ImplicitlyDenied i ? reason(request, i.deniedBy()) : null);
        r.put(
                "statements",
                String.join(
                        "; ",
                        d.matched().stream()
                                .map(m -> statement(request.policies(), m))
                                .toList()));
        return r;
    }

    /** Why nothing allows the request, in the words of the layer that lacks an Allow. */
    static String reason(PolicyRequest request, PolicyLayer layer) {
        RequestContext ctx = request.context();
        Caller c = ctx.caller();
        String what = ctx.action() + " on " + ctx.resource();
        String resourceAccount = request.resourceAccount();
        boolean cross =
                resourceAccount != null && c.account() != null && !c.account().equals(resourceAccount);
        boolean noResourcePolicy = request.policies().resourcePolicy() == null;
        String across = "across accounts (caller " + c.account() + ", resource " + resourceAccount
                + ") both the caller's identity policies and the resource policy must allow";
        return switch (layer) {
            case IDENTITY ->
                cross
                        ? across + ", and no identity policy allows " + what
                        : "no identity policy allows " + what + ", and no resource-policy statement names " + c.arn()
                                + " itself";
            case RESOURCE -> {
                if (c.isAnonymous() || c.isService())
                    yield "only the resource policy can allow "
                            + (c.isAnonymous() ? "an anonymous caller" : "a service principal") + ", and "
                            + (noResourcePolicy ? "there is none" : "it allows nothing here");
                yield across + "; the identity side allows it, but "
                        + (noResourcePolicy
                                ? "there is no resource policy, so nothing allows it on the resource's side"
                                : "no statement of the resource policy allows " + what + " for " + c.arn());
            }
            case SCP ->
                "a level of the caller's organization has no SCP that allows " + what
                        + " (every level from the root to the account must allow)";
            case BOUNDARY -> "the permissions boundary does not allow " + what;
            case SESSION -> "the session policy does not allow " + what;
            case VPC_ENDPOINT -> "the VPC endpoint policy does not allow " + what;
            case RCP -> "a resource control policy does not allow " + what;
        };
    }

    /** A matched statement by its place in the request file: {@code SCP 2 at ou-…, statement 1 (Sid X)}. */
    static String statement(PolicySet set, MatchedStatement m) {
        String where = policy(set, m.policy());
        String number = m.index() < 0 ? "" : ", statement " + (m.index() + 1);
        return where + number + (m.sid() == null ? "" : " (Sid " + m.sid() + ")");
    }

    private static String policy(PolicySet set, String label) {
        Matcher m = LABEL.matcher(label);
        if (!m.matches()) return label;
        int[] idx = INDEX.matcher(m.group(2))
                .results()
                .mapToInt(r -> Integer.parseInt(r.group(1)))
                .toArray();
        int first = idx.length > 0 ? idx[0] : 0;
        int last = idx.length > 0 ? idx[idx.length - 1] : 0;
        return switch (m.group(1)) {
            case "identity" -> "identity policy " + (first + 1);
            case "resource" -> "the resource policy";
            case "boundary" -> idx.length == 0 ? "the permissions boundary" : "permissions boundary " + (first + 1);
            case "session" -> "the session policy";
            case "vpce" -> "VPC endpoint policy " + (first + 1);
            case "scp" -> "SCP " + (last + 1) + " at " + target(set.serviceControlPolicies(), first);
            case "rcp" -> "RCP " + (last + 1) + " at " + target(set.resourceControlPolicies(), first);
            default -> label;
        };
    }

    private static String target(List<OrgPolicyLevel> levels, int level) {
        if (levels == null || level >= levels.size() || levels.get(level).target() == null)
            return "level " + (level + 1);
        return levels.get(level).target();
    }
}

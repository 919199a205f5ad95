package dev.xacct.s3.explain;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xacct.policy.Caller;
import dev.xacct.policy.ContextValue;
import dev.xacct.policy.Effect;
import dev.xacct.policy.PolicyDocument;
import dev.xacct.policy.PolicyEvaluation;
import dev.xacct.policy.PolicyEvaluator;
import dev.xacct.policy.PolicyParser;
import dev.xacct.policy.RequestContext;
import dev.xacct.policy.StatementMatch;
import dev.xacct.policy.Tri;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which statements of a fetched policy match the message's request: the Denies for an explicit
 * deny, the Allows otherwise. The request is what the message says (principal, action,
 * resource); condition keys it does not carry are unknown, so such a statement "maybe" matches.
 */
public final class StatementMatcher {
    private StatementMatcher() {}

    public static FetchedPolicy match(AccessDeniedMessage m, String source, String documentJson) {
        PolicyDocument doc = PolicyParser.parse(documentJson, source);
        JsonNode json = doc.source();
        Caller caller;
        try {
            caller = Caller.fromArn(m.principalArn());
        } catch (IllegalArgumentException e) {
            caller = Caller.anonymous();
        }
        ContextValue unknown = new ContextValue.Unknown("not in the message");
        RequestContext ctx = RequestContext.derive(
                caller,
                m.action() == null ? "*" : m.action(),
                m.resource() == null ? "*" : m.resource(),
                unknown,
                unknown,
                unknown,
                Map.of());
        PolicyEvaluator.Kind kind = switch (m.policyType() == null ? "" : m.policyType()) {
            case "resource-policy", "kms", "trust-policy", "rcp", "vpc-endpoint-policy" ->
                PolicyEvaluator.Kind.RESOURCE;
            default -> PolicyEvaluator.Kind.IDENTITY;
        };
        Effect wanted = m.kind() == AccessDeniedMessage.Kind.EXPLICIT_DENY ? Effect.DENY : Effect.ALLOW;
        PolicyEvaluation e = PolicyEvaluator.evaluate(doc, source, ctx, kind);
        JsonNode sts = json.get("Statement");
        List<FetchedPolicy.Match> out = new ArrayList<>();
        for (StatementMatch s : e.statements()) {
            if (s.effect() != wanted || s.applies() == Tri.FALSE) continue;
            JsonNode st = sts.isArray() ? sts.get(s.index()) : sts;
            out.add(new FetchedPolicy.Match(
                    s.index(),
                    s.sid(),
                    wanted == Effect.DENY ? "Deny" : "Allow",
                    s.applies() == Tri.TRUE ? "yes" : "maybe",
                    st));
        }
        return new FetchedPolicy(source, json, out, null);
    }
}

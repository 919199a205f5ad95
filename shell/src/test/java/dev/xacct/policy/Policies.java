package dev.xacct.policy;

import java.util.Map;

/** Test helpers: a policy from JSON, a request context for a caller. */
final class Policies {
    private Policies() {}

    static PolicyDocument doc(String statementsJson) {
        return PolicyParser.parse("{\"Version\":\"2012-10-17\",\"Statement\":" + statementsJson + "}", "test");
    }

    static RequestContext ctx(String callerArn, String action, String resource, Map<String, ContextValue> keys) {
        return RequestContext.derive(
                Caller.fromArn(callerArn),
                action,
                resource,
                ContextValue.of("111111111111"),
                ContextValue.ABSENT,
                ContextValue.ABSENT,
                keys);
    }

    static RequestContext ctx(Map<String, ContextValue> keys) {
        return ctx("arn:aws:sts::222222222222:assumed-role/Reader/s", "s3:GetObject", "arn:aws:s3:::b/k", keys);
    }

    /** Evaluates one condition block (JSON object) against context keys. */
    static Tri cond(String conditionJson, Map<String, ContextValue> keys) {
        PolicyDocument d =
                doc("[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":" + conditionJson + "}]");
        return PolicyEvaluator.evaluate(d, "t", ctx(keys), PolicyEvaluator.Kind.IDENTITY)
                .allow();
    }
}

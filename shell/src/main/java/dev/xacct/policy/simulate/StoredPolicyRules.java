package dev.xacct.policy.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xacct.policy.InputFormatException;
import dev.xacct.policy.JsonField;

/**
 * Refuses a policy AWS would refuse to store, so {@code policy simulate} never decides a
 * request against a document that cannot exist: a {@code Principal} (or {@code NotPrincipal})
 * in an identity-based policy, permissions boundary, session policy or SCP ("Policy document
 * should not specify a principal"); a {@code Principal} that is a bare string other than
 * {@code "*"} (AWS takes {@code {"AWS": "arn:…"}}); a bucket/resource policy statement without
 * any principal ("Missing required field Principal"). The error names the statement.
 */
final class StoredPolicyRules {
    private StoredPolicyRules() {}

    enum Kind {
        IDENTITY,
        RESOURCE,
        OTHER_RESOURCE
    }

    static void check(JsonField policy, Kind kind) {
        if (policy.missing()
                || policy.isNull()
                || policy.node() == null
                || !policy.node().isObject()) return;
        JsonField statements = policy.get("Statement");
        JsonNode sts = statements.node();
        if (sts == null) return;
        if (sts.isObject()) statement(statements, kind);
        else if (sts.isArray()) for (int i = 0; i < sts.size(); i++) statement(statements.at(i), kind);
    }

    private static void statement(JsonField st, Kind kind) {
        JsonNode n = st.node();
        if (n == null || !n.isObject()) return;
        String name = n.hasNonNull("Sid") ? " (Sid " + n.get("Sid").asText() + ")" : "";
        boolean hasPrincipal = n.has("Principal") || n.has("NotPrincipal");
        if (kind == Kind.IDENTITY && hasPrincipal) {
            throw new InputFormatException(
                    st.file(),
                    st.path(),
                    "this statement" + name + " names a Principal, which an identity-based policy cannot have"
                            + " (AWS refuses to store it: MalformedPolicyDocument); drop the Principal, or move the"
                            + " statement to resourcePolicy");
        }
        for (String field : new String[] {"Principal", "NotPrincipal"}) {
            JsonNode p = n.get(field);
            if (p != null && p.isTextual() && !p.asText().equals("*")) {
                throw new InputFormatException(
                        st.file(),
                        st.path() + "." + field,
                        "this statement" + name + " gives " + field + " as the bare string \"" + p.asText()
                                + "\", which AWS refuses to store: only \"*\" may be a string; write {\"AWS\": \""
                                + p.asText() + "\"}");
            }
        }
        if (kind == Kind.RESOURCE && !hasPrincipal) {
            throw new InputFormatException(
                    st.file(),
                    st.path(),
                    "this statement" + name + " names no Principal, which a resource-based policy must"
                            + " (AWS refuses to store it: Missing required field Principal)");
        }
    }
}

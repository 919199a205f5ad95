package dev.xacct.s3.authz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xacct.policy.PolicyDocument;
import dev.xacct.policy.PolicyParser;
import dev.xacct.policy.PublicPolicyCheck;
import java.util.function.Predicate;

/** Edits a policy document's JSON for a remedy command (the user's own policy, changed minimally). */
final class PolicyEdits {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PolicyEdits() {}

    static ObjectNode copyOrEmpty(PolicyDocument doc) {
        if (doc != null && doc.source() != null && doc.source().isObject()) {
            ObjectNode copy = ((ObjectNode) doc.source()).deepCopy();
            if (copy.get("Statement").isObject()) {
                ArrayNode arr = JSON.createArrayNode();
                arr.add(copy.get("Statement"));
                copy.set("Statement", arr);
            }
            return copy;
        }
        ObjectNode n = JSON.createObjectNode();
        n.put("Version", "2012-10-17");
        n.putArray("Statement");
        return n;
    }

    static ObjectNode withStatement(PolicyDocument doc, ObjectNode statement) {
        ObjectNode p = copyOrEmpty(doc);
        ((ArrayNode) p.get("Statement")).add(statement);
        return p;
    }

    /** Drops statements the predicate selects (judged on the parsed statement). */
    static ObjectNode without(PolicyDocument doc, Predicate<dev.xacct.policy.Statement> drop) {
        ObjectNode p = copyOrEmpty(doc);
        ArrayNode kept = JSON.createArrayNode();
        for (JsonNode st : p.get("Statement")) {
            ObjectNode one = JSON.createObjectNode();
            one.put("Version", "2012-10-17");
            one.putArray("Statement").add(st);
            if (!drop.test(PolicyParser.parse(one, "policy").statements().get(0))) kept.add(st);
        }
        p.set("Statement", kept);
        return p;
    }

    static ObjectNode withoutPublicStatements(PolicyDocument doc) {
        return without(doc, PublicPolicyCheck::isPublic);
    }

    static ObjectNode allow(String sid, String principalArn, String[] actions, String... resources) {
        ObjectNode st = JSON.createObjectNode();
        st.put("Sid", sid);
        st.put("Effect", "Allow");
        if (principalArn != null) st.putObject("Principal").put("AWS", principalArn);
        ArrayNode a = st.putArray("Action");
        for (String x : actions) a.add(x);
        ArrayNode r = st.putArray("Resource");
        for (String x : resources) r.add(x);
        return st;
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** Compact JSON in single quotes for a shell command line. */
    static String shellArg(JsonNode n) {
        try {
            return "'" + JSON.writeValueAsString(n).replace("'", "'\\''") + "'";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Wraps edited JSON back into a document so it can be edited again. */
    static PolicyDocument policyOf(ObjectNode json) {
        return PolicyParser.parse(json, "policy");
    }
}

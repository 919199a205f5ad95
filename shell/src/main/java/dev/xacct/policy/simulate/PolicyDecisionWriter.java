package dev.xacct.policy.simulate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xacct.policy.Decision;
import dev.xacct.policy.MatchedStatement;

/**
 * Writes {@code xacct.policy-decision/v1}: decision, deniedBy (formats.md §2 words, null
 * when allowed) and the statements that decided (the Allows for an Allowed decision, the
 * Denies for an explicit one, none for an implicit denial).
 */
public final class PolicyDecisionWriter {
    public static final String SCHEMA = "xacct.policy-decision/v1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PolicyDecisionWriter() {}

    public static ObjectNode toTree(Decision d) {
        if (d instanceof Decision.Undetermined u) {
            // Cannot happen for a request file: every condition key is given or absent.
            throw new IllegalStateException("undetermined decision: " + u.unknownFacts());
        }
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("schema", SCHEMA);
        o.put("decision", d.word());
        String deniedBy = d instanceof Decision.ExplicitlyDenied e
                ? e.deniedBy().word()
                : d instanceof Decision.ImplicitlyDenied i ? i.deniedBy().word() : null;
        o.put("deniedBy", deniedBy);
        ArrayNode m = o.putArray("matchedStatements");
        for (MatchedStatement s : d.matched()) {
            ObjectNode n = m.addObject();
            n.put("policy", s.policy());
            n.put("sid", s.sid());
        }
        return o;
    }

    public static String toJson(Decision d) {
        try {
            return JSON.writeValueAsString(toTree(d));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

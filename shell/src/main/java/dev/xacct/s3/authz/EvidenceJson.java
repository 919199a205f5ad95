package dev.xacct.s3.authz;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits of the evidence document ({@code xacct.s3-evidence/v1}) that remedies make: set a
 * member (creating its parents), edit a policy in place (a missing or null policy becomes an
 * empty one; an unknown one cannot be edited), add or merge statements, narrow a statement
 * with a condition. Policies are edited minimally, as the user's own documents.
 */
final class EvidenceJson {
    static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACE = Pattern.compile("([a-zA-Z]+)\\.([a-zA-Z]+)((?:\\[\\d+])*)");

    private EvidenceJson() {}

    static JsonNode at(JsonNode root, String pointer) {
        return root.at(JsonPointer.compile(pointer));
    }

    static boolean isUnknown(JsonNode n) {
        return n != null && n.isTextual() && n.asText().equals("unknown");
    }

    /** Sets the member at {@code pointer}, creating missing (or null) parent objects. */
    static void put(ObjectNode root, String pointer, JsonNode value) {
        JsonPointer p = JsonPointer.compile(pointer);
        objectAt(root, p.head()).set(p.last().getMatchingProperty(), value);
    }

    static void remove(ObjectNode root, String pointer) {
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = root.at(p.head());
        if (parent instanceof ObjectNode o) o.remove(p.last().getMatchingProperty());
        else if (parent instanceof ArrayNode a) a.remove(p.last().getMatchingIndex());
    }

    /** The object at {@code pointer}, created (replacing null or a scalar) when it is not one. */
    static ObjectNode objectAt(ObjectNode root, JsonPointer pointer) {
        if (pointer == null || pointer.matches()) return root;
        ObjectNode parent = objectAt(root, pointer.head());
        String name = pointer.last().getMatchingProperty();
        JsonNode n = parent.get(name);
        if (n instanceof ObjectNode o) return o;
        return parent.putObject(name);
    }

    /**
     * The policy at {@code pointer}, ready to edit, with its Statement as an array; a missing or
     * null policy becomes an empty document there. Null when the policy is unknown (it cannot be
     * edited without being read first).
     */
    static ObjectNode policy(ObjectNode root, String pointer) {
        JsonNode n = at(root, pointer);
        if (isUnknown(n)) return null;
        if (!(n instanceof ObjectNode p)) {
            ObjectNode fresh = F.objectNode();
            fresh.put("Version", "2012-10-17");
            fresh.putArray("Statement");
            put(root, pointer, fresh);
            return fresh;
        }
        JsonNode st = p.get("Statement");
        if (st == null || st.isNull()) p.putArray("Statement");
        else if (st.isObject()) {
            ArrayNode a = F.arrayNode();
            a.add(st);
            p.set("Statement", a);
        }
        return p;
    }

    static ArrayNode statements(ObjectNode policy) {
        return (ArrayNode) policy.get("Statement");
    }

    /**
     * Adds an Allow with {@code sid} to the policy, or merges the actions and resources into the
     * statement that already has that Sid.
     */
    static void allow(ObjectNode policy, String sid, JsonNode principal, List<String> actions, List<String> resources) {
        ArrayNode sts = statements(policy);
        for (JsonNode st : sts) {
            if (sid.equals(st.path("Sid").asText(null)) && st instanceof ObjectNode o) {
                merge(o, "Action", actions);
                merge(o, "Resource", resources);
                return;
            }
        }
        ObjectNode st = sts.addObject();
        st.put("Sid", sid);
        st.put("Effect", "Allow");
        if (principal != null) st.set("Principal", principal);
        merge(st, "Action", actions);
        merge(st, "Resource", resources);
    }

    private static void merge(ObjectNode st, String field, List<String> values) {
        JsonNode cur = st.get(field);
        ArrayNode a = F.arrayNode();
        if (cur != null && cur.isArray()) cur.forEach(a::add);
        else if (cur != null && cur.isTextual()) a.add(cur);
        for (String v : values) {
            boolean present = false;
            for (JsonNode x : a) present |= x.asText().equals(v);
            if (!present) a.add(v);
        }
        if (a.size() == 1) st.set(field, a.get(0));
        else st.set(field, a);
    }

    /** {@code {"AWS": arn}} for a principal ARN, {@code {"Service": name}} for a service principal. */
    static ObjectNode principal(String type, String id) {
        ObjectNode p = F.objectNode();
        p.put(type, id);
        return p;
    }

    /**
     * Narrows a statement with one more condition value: adds {@code value} to
     * {@code Condition[operator][key]} (a list), creating what is missing. For a negated operator
     * (StringNotEquals …) on a Deny this exempts the value.
     */
    static void condition(ObjectNode statement, String operator, String key, String value) {
        ObjectNode cond = statement.get("Condition") instanceof ObjectNode c ? c : statement.putObject("Condition");
        ObjectNode op = cond.get(operator) instanceof ObjectNode o ? o : cond.putObject(operator);
        JsonNode cur = op.get(key);
        ArrayNode values = F.arrayNode();
        if (cur != null && cur.isArray()) cur.forEach(values::add);
        else if (cur != null && !cur.isNull()) values.add(cur);
        for (JsonNode v : values) if (v.asText().equals(value)) return;
        values.add(value);
        op.set(key, values.size() == 1 ? values.get(0) : values);
    }

    /** Sets {@code Condition[operator][key] = value} (one value, replacing any). */
    static void setCondition(ObjectNode statement, String operator, String key, String value) {
        ObjectNode cond = statement.get("Condition") instanceof ObjectNode c ? c : statement.putObject("Condition");
        ObjectNode op = cond.get(operator) instanceof ObjectNode o ? o : cond.putObject(operator);
        op.put(key, value);
    }

    /**
     * The JSON pointer of an evidence place (as {@link PolicyNames#place} writes them), on a side:
     * {@code caller.identityPolicies[0]} → {@code /caller/identityPolicies/0},
     * {@code caller.serviceControlPolicies[1][0]} → {@code /caller/serviceControlPolicies/1/policies/0},
     * {@code bucket.policy} → the side's bucket path + {@code /policy}.
     */
    static String pointer(String place, EvidenceSide side) {
        Matcher m = PLACE.matcher(place);
        if (!m.matches()) throw new IllegalArgumentException("not an evidence place: " + place);
        String root = switch (m.group(1)) {
            case "bucket" -> side.bucketPath();
            case "kms" -> side.kmsPath();
            case "object" -> side.objectPath();
            default -> "/" + m.group(1);
        };
        StringBuilder p = new StringBuilder(root).append('/').append(m.group(2));
        List<String> idx = new ArrayList<>();
        Matcher i = Pattern.compile("\\[(\\d+)]").matcher(m.group(3));
        while (i.find()) idx.add(i.group(1));
        boolean chain = m.group(2).endsWith("ControlPolicies");
        for (int k = 0; k < idx.size(); k++) {
            p.append('/').append(idx.get(k));
            if (chain && k == 0 && idx.size() > 1) p.append("/policies");
        }
        return p.toString();
    }

    /** Compact JSON in single quotes for a shell command line. */
    static String shellArg(JsonNode n) {
        try {
            return "'" + JSON.writeValueAsString(n).replace("'", "'\\''") + "'";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value for a shell command line, single-quoted when it holds anything but safe characters. */
    static String shellWord(String s) {
        return s.matches("[A-Za-z0-9_./:=@,+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode a = F.arrayNode();
        values.forEach(a::add);
        return a;
    }
}

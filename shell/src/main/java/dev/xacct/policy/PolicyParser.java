package dev.xacct.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;
import software.amazon.awssdk.policybuilder.iam.IamPolicyReader;
import software.amazon.awssdk.policybuilder.iam.IamPrincipal;
import software.amazon.awssdk.policybuilder.iam.IamStatement;

/**
 * Reads a policy document. The SDK's {@link IamPolicyReader} reads Effect, Sid, Principal,
 * NotPrincipal, Action, NotAction, Resource and NotResource. Condition blocks are read here
 * from the JSON tree instead: the SDK reader (2.40.2) silently drops condition values that
 * are JSON booleans or numbers ({@code "Bool": {"aws:SecureTransport": false}}), which
 * would turn a conditional Deny into an unconditional one, and it splits multi-valued
 * conditions into one condition per value, and it rejects arrays of booleans or numbers
 * ({@code "NumericLessThan": {"s3:max-keys": [10, 20]}}), which IAM accepts. So the SDK is
 * given the document without its Condition blocks. Statement order is the same in both readings.
 */
public final class PolicyParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PolicyParser() {}

    public static PolicyDocument parse(JsonNode doc, String path) {
        if (doc == null || !doc.isObject()) {
            throw new PolicyFormatException(path, "expected a policy document (a JSON object with Statement)");
        }
        JsonNode st = doc.get("Statement");
        if (st == null || !(st.isArray() || st.isObject())) {
            throw new PolicyFormatException(
                    path + ".Statement", "expected a statement object or an array of statements");
        }
        List<JsonNode> rawStatements = new ArrayList<>();
        if (st.isArray()) st.forEach(rawStatements::add);
        else rawStatements.add(st);
        String id = doc.hasNonNull("Id") ? doc.get("Id").asText() : null;
        // The SDK reader refuses an empty statement list; AWS returns such documents, and they allow nothing.
        if (rawStatements.isEmpty()) return new PolicyDocument(id, List.of(), doc);
        IamPolicy sdk;
        try {
            sdk = IamPolicyReader.create().read(JSON.writeValueAsString(withoutConditions(doc)));
        } catch (Exception e) {
            throw new PolicyFormatException(path, "not a valid IAM policy (" + e.getMessage() + ")");
        }
        if (sdk.statements().size() != rawStatements.size()) {
            throw new PolicyFormatException(path + ".Statement", "could not read every statement");
        }
        List<Statement> out = new ArrayList<>();
        for (int i = 0; i < rawStatements.size(); i++) {
            String sp = path + ".Statement" + (st.isArray() ? "[" + i + "]" : "");
            out.add(statement(sdk.statements().get(i), rawStatements.get(i), sp));
        }
        return new PolicyDocument(id, out, doc);
    }

    public static PolicyDocument parse(String json, String path) {
        try {
            return parse(JSON.readTree(JsonField.withoutByteOrderMark(json)), path);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new PolicyFormatException(path, "not valid JSON (" + JsonField.reason(e) + ")");
        }
    }

    private static JsonNode withoutConditions(JsonNode doc) {
        com.fasterxml.jackson.databind.node.ObjectNode copy =
                ((com.fasterxml.jackson.databind.node.ObjectNode) doc).deepCopy();
        JsonNode st = copy.get("Statement");
        if (st.isObject()) ((com.fasterxml.jackson.databind.node.ObjectNode) st).remove("Condition");
        else
            st.forEach(x -> {
                if (x.isObject()) ((com.fasterxml.jackson.databind.node.ObjectNode) x).remove("Condition");
            });
        return copy;
    }

    private static Statement statement(IamStatement s, JsonNode raw, String path) {
        JsonNode effect = raw.get("Effect");
        if (effect == null
                || !(effect.asText().equals("Allow") || effect.asText().equals("Deny"))) {
            throw new PolicyFormatException(path + ".Effect", "expected \"Allow\" or \"Deny\"");
        }
        boolean notAction = raw.has("NotAction");
        if (!notAction && !raw.has("Action")) {
            throw new PolicyFormatException(path + ".Action", "expected Action or NotAction");
        }
        List<String> actions = notAction
                ? s.notActions().stream().map(a -> a.value()).toList()
                : s.actions().stream().map(a -> a.value()).toList();
        boolean notResource = raw.has("NotResource");
        List<String> resources = notResource
                ? s.notResources().stream().map(r -> r.value()).toList()
                : raw.has("Resource")
                        ? s.resources().stream().map(r -> r.value()).toList()
                        : List.of("*");
        PrincipalBlock principal = raw.has("Principal") ? principals(s.principals()) : null;
        PrincipalBlock notPrincipal = raw.has("NotPrincipal") ? principals(s.notPrincipals()) : null;
        return new Statement(
                s.sid(),
                effect.asText().equals("Allow") ? Effect.ALLOW : Effect.DENY,
                principal,
                notPrincipal,
                actions,
                notAction,
                resources,
                notResource,
                conditions(raw.get("Condition"), path + ".Condition"));
    }

    private static PrincipalBlock principals(List<IamPrincipal> ps) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (IamPrincipal p : ps) {
            m.computeIfAbsent(p.type().value(), k -> new ArrayList<>()).add(p.id());
        }
        return new PrincipalBlock(m);
    }

    private static List<Condition> conditions(JsonNode block, String path) {
        List<Condition> out = new ArrayList<>();
        if (block == null || block.isNull()) return out;
        if (!block.isObject())
            throw new PolicyFormatException(path, "expected an object of operator → {key: value(s)}");
        block.fields().forEachRemaining(opEntry -> {
            ConditionOperator op;
            try {
                op = ConditionOperator.parse(opEntry.getKey());
            } catch (IllegalArgumentException e) {
                throw new PolicyFormatException(path + "." + opEntry.getKey(), e.getMessage());
            }
            JsonNode keys = opEntry.getValue();
            if (!keys.isObject()) {
                throw new PolicyFormatException(
                        path + "." + opEntry.getKey(), "expected an object of condition key → value(s)");
            }
            keys.fields().forEachRemaining(k -> {
                List<String> values = new ArrayList<>();
                JsonNode v = k.getValue();
                String vp = path + "." + opEntry.getKey() + "." + k.getKey();
                if (v.isArray()) {
                    v.forEach(x -> values.add(scalar(x, vp)));
                } else {
                    values.add(scalar(v, vp));
                }
                out.add(new Condition(op, k.getKey(), values));
            });
        });
        return out;
    }

    private static String scalar(JsonNode v, String path) {
        if (v.isTextual() || v.isBoolean() || v.isNumber()) return v.asText();
        throw new PolicyFormatException(path, "expected a string, number or boolean condition value");
    }
}

package dev.xacct.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xacct.shell.MessageLines;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A JSON node with the path that led to it, so every reading error names its field.
 * Shared by the evidence reader (s3) and the policy-request reader.
 */
public record JsonField(JsonNode node, String path, String file) {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    public static JsonField root(JsonNode node, String file) {
        return new JsonField(node, "", file);
    }

    /** Reads a JSON file; an unreadable file or invalid JSON names the file (and line). */
    public static JsonField read(java.nio.file.Path file) {
        try {
            return parse(java.nio.file.Files.readString(file), file.toString());
        } catch (java.io.IOException e) {
            throw new InputFormatException(file.toString(), "", "cannot read (" + e.getMessage() + ")");
        }
    }

    public static JsonField parse(String json, String fileName) {
        try {
            return root(JSON.readTree(json), fileName);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            // JSON nested 1000 deep, a number of 1000 digits: refused by Jackson's limits, with no location
            throw new InputFormatException(fileName, "", "not valid JSON (" + firstLine(e.getOriginalMessage()) + ")");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String where =
                    e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new InputFormatException(
                    fileName, "", "not valid JSON (" + firstLine(e.getOriginalMessage()) + where + ")");
        }
    }

    public JsonField get(String name) {
        JsonNode child = node == null ? null : node.get(name);
        return new JsonField(child, path.isEmpty() ? name : path + "." + name, file);
    }

    public JsonField at(int i) {
        return new JsonField(node.get(i), path + "[" + i + "]", file);
    }

    public boolean missing() {
        return node == null || node.isMissingNode();
    }

    public boolean isNull() {
        return node != null && node.isNull();
    }

    public boolean isUnknown() {
        return node != null && node.isTextual() && node.asText().equals("unknown");
    }

    public InputFormatException error(String expected) {
        return new InputFormatException(
                file, path, "expected " + expected + (missing() ? " (field is missing)" : ", got " + shown(node)));
    }

    /** The value as the message quotes it: a long one is cut, the message is about its shape. */
    private static String shown(JsonNode node) {
        String text = String.valueOf(node);
        return text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }

    private static String firstLine(String text) {
        return text == null ? "unreadable" : MessageLines.firstLine(text);
    }

    public String text() {
        if (missing() || !node.isTextual()) throw error("a string");
        return node.asText();
    }

    /** A string, or null when missing or null. */
    public String optText() {
        if (missing() || isNull()) return null;
        return text();
    }

    public boolean bool() {
        if (missing() || !node.isBoolean()) throw error("true or false");
        return node.asBoolean();
    }

    public int integer() {
        if (missing() || !node.canConvertToInt() || !node.isIntegralNumber()) throw error("an integer");
        return node.asInt();
    }

    public List<JsonField> elements() {
        if (missing() || !node.isArray()) throw error("an array");
        List<JsonField> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) out.add(at(i));
        return out;
    }

    public <T> List<T> list(Function<JsonField, T> each) {
        return elements().stream().map(each).toList();
    }

    public Map<String, JsonField> fields() {
        if (missing() || !node.isObject()) throw error("an object");
        Map<String, JsonField> out = new LinkedHashMap<>();
        node.fieldNames().forEachRemaining(n -> out.put(n, get(n)));
        return out;
    }

    public void requireObject() {
        if (missing() || !node.isObject()) throw error("an object");
    }

    public PolicyDocument policy() {
        try {
            return PolicyParser.parse(node, path);
        } catch (PolicyFormatException e) {
            throw new InputFormatException(
                    file, e.fieldPath(), e.getMessage().substring(e.fieldPath().length() + 2));
        }
    }

    /** An SCP or RCP chain: one {@code {target, policies}} entry per level, root first. */
    public java.util.List<OrgPolicyLevel> orgPolicyLevels() {
        return list(level -> new OrgPolicyLevel(
                level.get("target").optText(), level.get("policies").list(JsonField::policy)));
    }
}

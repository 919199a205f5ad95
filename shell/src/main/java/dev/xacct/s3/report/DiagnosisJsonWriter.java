package dev.xacct.s3.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xacct.s3.authz.Check;
import dev.xacct.s3.authz.Diagnosis;
import dev.xacct.s3.authz.Remedy;
import dev.xacct.s3.authz.UnknownFact;

/**
 * Writes a {@link Diagnosis} as {@code xacct.s3-diagnosis/v1} (formats.md §2 field names), plus
 * {@code contradiction}: null, or what it means that the live request disagrees with the verdict.
 */
public final class DiagnosisJsonWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DiagnosisJsonWriter() {}

    public static String toJson(Diagnosis d) {
        try {
            return JSON.writeValueAsString(toTree(d));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode toTree(Diagnosis d) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("schema", Diagnosis.SCHEMA);
        o.put("verdict", d.verdict().name());
        if (d.httpStatus() == null) o.putNull("httpStatus");
        else o.put("httpStatus", d.httpStatus());
        o.put("deniedBy", d.deniedBy() == null ? null : d.deniedBy().word());
        o.put("rootCause", d.rootCause().name());
        o.put("summary", d.summary());
        ArrayNode checks = o.putArray("checks");
        for (Check c : d.checks()) {
            ObjectNode n = checks.addObject();
            n.put("id", c.id());
            n.put("status", c.status().name());
            n.put("evidence", c.evidence());
            n.put("detail", c.detail());
        }
        ArrayNode remedies = o.putArray("remedies");
        for (Remedy r : d.remedies()) {
            ObjectNode n = remedies.addObject();
            n.put("id", r.id());
            n.put("title", r.title());
            n.put("runAs", r.runAs());
            ArrayNode cmds = n.putArray("commands");
            r.commands().forEach(cmds::add);
            ArrayNode steps = n.putArray("steps");
            for (Remedy.Step step : r.steps()) {
                ObjectNode sn = steps.addObject();
                sn.put("runAs", step.runAs());
                ArrayNode sc = sn.putArray("commands");
                step.commands().forEach(sc::add);
            }
            n.set("patch", r.patch());
            n.put("resolves", r.resolves());
        }
        ArrayNode unknowns = o.putArray("unknowns");
        for (UnknownFact u : d.unknowns()) {
            ObjectNode n = unknowns.addObject();
            n.put("fact", u.fact());
            n.put("resolveBy", u.resolveBy());
        }
        o.put("contradiction", d.contradiction());
        return o;
    }
}

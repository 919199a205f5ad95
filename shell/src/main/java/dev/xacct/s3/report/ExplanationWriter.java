package dev.xacct.s3.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xacct.render.TerminalText;
import dev.xacct.s3.explain.AccessDeniedMessage;
import dev.xacct.s3.explain.Explanation;
import dev.xacct.s3.explain.FetchedPolicy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes an {@link Explanation} as {@code xacct.s3-explanation/v1} (formats.md §5), with
 * {@code fetched} when {@code --fetch} read the named policy, or as text for people.
 */
public final class ExplanationWriter {
    private ExplanationWriter() {}

    public static ObjectNode toTree(Explanation e, FetchedPolicy fetched) {
        AccessDeniedMessage m = e.message();
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("schema", Explanation.SCHEMA);
        o.put("kind", m.kind().name());
        o.put("operation", m.operation());
        if (m.httpStatus() == null) o.putNull("httpStatus");
        else o.put("httpStatus", m.httpStatus());
        o.put("errorCode", m.errorCode());
        o.put("principal", m.principalArn());
        o.put("action", m.action());
        o.put("resource", m.resource());
        o.put("policyType", m.policyType());
        o.put("policyArn", m.policyArn());
        ArrayNode alts = o.putArray("alternatives");
        e.alternatives().forEach(alts::add);
        o.put("meaning", e.meaning());
        ArrayNode next = o.putArray("nextSteps");
        e.nextSteps().forEach(next::add);
        if (fetched != null) {
            ObjectNode f = o.putObject("fetched");
            f.put("source", fetched.source());
            f.set("policy", fetched.policy());
            ArrayNode sts = f.putArray("statements");
            for (FetchedPolicy.Match s : fetched.statements()) {
                ObjectNode n = sts.addObject();
                n.put("index", s.index());
                n.put("sid", s.sid());
                n.put("effect", s.effect());
                n.put("applies", s.applies());
                n.set("statement", s.statement());
            }
            f.put("error", fetched.error());
        }
        return o;
    }

    /**
     * The explanation as one record for the tabular formats: the §5 fields in its order, lists
     * joined with {@code "; "}, and with {@code --fetch} the policy's source and the statements
     * that match ({@code 2 (Sid X): yes}).
     */
    public static Map<String, Object> record(Explanation e, FetchedPolicy fetched) {
        AccessDeniedMessage m = e.message();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("kind", m.kind().name());
        r.put("operation", m.operation());
        r.put("httpStatus", m.httpStatus());
        r.put("errorCode", m.errorCode());
        r.put("principal", m.principalArn());
        r.put("action", m.action());
        r.put("resource", m.resource());
        r.put("policyType", m.policyType());
        r.put("policyArn", m.policyArn());
        r.put("alternatives", String.join("; ", e.alternatives()));
        r.put("meaning", e.meaning());
        r.put("nextSteps", String.join("; ", e.nextSteps()));
        if (fetched != null) {
            r.put("fetched", fetched.error() == null ? fetched.source() : "error: " + fetched.error());
            r.put(
                    "statements",
                    fetched.statements().stream()
                            .map(s -> (s.index() + 1) + (s.sid() == null ? "" : " (Sid " + s.sid() + ")") + ": "
                                    + s.applies())
                            .collect(Collectors.joining("; ")));
        }
        return r;
    }

    public static String text(Explanation e, FetchedPolicy fetched) {
        AccessDeniedMessage m = e.message();
        StringBuilder out = new StringBuilder();
        out.append(TerminalText.visible(e.meaning())).append('\n');
        if (m.policyType() != null || m.policyArn() != null) {
            out.append('\n')
                    .append("Named: ")
                    .append(m.policyType() == null ? "a policy" : m.policyType())
                    .append(m.policyArn() == null ? "" : " " + TerminalText.visible(m.policyArn()))
                    .append('\n');
        }
        if (!e.alternatives().isEmpty())
            out.append("The same text also comes from: ")
                    .append(String.join(", ", e.alternatives()))
                    .append('\n');
        if (fetched != null) {
            out.append('\n');
            if (fetched.error() != null)
                out.append("Could not fetch it: ")
                        .append(TerminalText.visible(fetched.error()))
                        .append('\n');
            else {
                out.append("Fetched (")
                        .append(TerminalText.visible(fetched.source()))
                        .append("):\n");
                if (fetched.statements().isEmpty())
                    out.append("  no statement matches the request as the message states it\n");
                for (FetchedPolicy.Match s : fetched.statements()) {
                    out.append("  statement ")
                            .append(s.index() + 1)
                            .append(s.sid() == null ? "" : " (Sid " + TerminalText.visible(s.sid()) + ")")
                            .append(
                                    s.applies().equals("yes")
                                            ? " matches: "
                                            : " may match (a condition the message does not settle): ")
                            .append(TerminalText.visible(s.statement().toString()))
                            .append('\n');
                }
            }
        }
        if (!e.nextSteps().isEmpty()) {
            out.append('\n').append("Next:\n");
            e.nextSteps()
                    .forEach(s ->
                            out.append("  ").append(TerminalText.visible(s)).append('\n'));
        }
        return out.toString();
    }
}

package dev.xacct.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a template file: the leading {@code --} comment block is a YAML header, the rest
 * is SQL. Everything that can be checked without values is checked here, so a template
 * that loads can only fail to bind on its values.
 */
public final class TemplateParser {
    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern PARAM_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Set<String> HEADER_KEYS =
            Set.of("name", "title", "description", "engines", "table", "partition-keys", "params");
    private static final Set<String> PARAM_KEYS =
            Set.of("type", "required", "default", "description", "values", "sample");
    private static final Set<String> ENGINES = Set.of("athena", "local");
    /** Tables whose partitions are known; a template on one of them must constrain these keys. */
    private static final Map<String, List<String>> KNOWN_PARTITION_KEYS = Map.of("cloudtrail", List.of("date"));

    private TemplateParser() {}

    /**
     * @param fileName the file's own name, e.g. {@code console-logins.sql}: the template's
     *                 name must match it
     * @param location the file as shown to users
     */
    public static Template parse(String pack, String fileName, String location, String text)
            throws TemplateFormatException {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        StringBuilder yaml = new StringBuilder();
        int headerLines = 0;
        while (headerLines < lines.length && lines[headerLines].startsWith("--")) {
            String l = lines[headerLines].substring(2);
            yaml.append(l.startsWith(" ") ? l.substring(1) : l).append('\n');
            headerLines++;
        }
        MarkedYaml y = new MarkedYaml(location, 1);
        if (headerLines == 0) {
            throw y.error(1, "missing header: a template starts with '-- name: …' comment lines (YAML)");
        }
        Map<String, Node> header = y.mapping(y.compose(yaml.toString()), "the header");
        for (Map.Entry<String, Node> e : header.entrySet()) {
            if (!HEADER_KEYS.contains(e.getKey())) {
                throw y.error(
                        e.getValue(),
                        "unknown header key '" + e.getKey() + "' (known: "
                                + String.join(
                                        ", ", HEADER_KEYS.stream().sorted().toList()) + ")");
            }
        }
        String expectedName = fileName.endsWith(".sql") ? fileName.substring(0, fileName.length() - 4) : fileName;
        String name = header.containsKey("name") ? y.scalar(header.get("name"), "name") : expectedName;
        if (!NAME.matcher(name).matches()) {
            throw y.error(header.get("name"), "name '" + name + "' must be lower case letters, digits and dashes");
        }
        if (!name.equals(expectedName)) {
            throw y.error(header.get("name"), "name '" + name + "' does not match the file name '" + fileName + "'");
        }
        if (!header.containsKey("title")) {
            throw y.error(1, "header has no 'title:'");
        }
        String title = y.scalar(header.get("title"), "title");
        String description =
                header.containsKey("description") ? y.scalar(header.get("description"), "description") : "";
        List<String> engines = List.of("athena", "local");
        if (header.containsKey("engines")) {
            engines = y.strings(header.get("engines"), "engines");
            for (String engine : engines) {
                if (!ENGINES.contains(engine)) {
                    throw y.error(header.get("engines"), "unknown engine '" + engine + "' (known: athena, local)");
                }
            }
        }
        String table = header.containsKey("table") ? y.scalar(header.get("table"), "table") : null;
        if (table != null && !TableName.isValid(table)) {
            throw y.error(header.get("table"), "table '" + table + "' is not a plain identifier (db.table)");
        }
        List<String> partitionKeys = header.containsKey("partition-keys")
                ? y.strings(header.get("partition-keys"), "partition-keys")
                : KNOWN_PARTITION_KEYS.getOrDefault(table == null ? "" : table, List.of());
        List<Parameter> params = header.containsKey("params") ? parameters(y, header.get("params")) : List.of();

        String sql = String.join("\n", java.util.Arrays.asList(lines).subList(headerLines, lines.length));
        TemplateSource source = new TemplateSource(location, headerLines + 1);
        checkBody(y, source, sql, params, table);
        return new Template(pack, name, title, description, engines, table, partitionKeys, params, sql, source);
    }

    private static List<Parameter> parameters(MarkedYaml y, Node node) throws TemplateFormatException {
        List<Parameter> params = new ArrayList<>();
        for (Map.Entry<String, Node> e : y.mapping(node, "params").entrySet()) {
            String pname = e.getKey();
            Node spec = e.getValue();
            if (!PARAM_NAME.matcher(pname).matches() || pname.equals("table")) {
                throw y.error(
                        spec,
                        "parameter name '" + pname + "' is not allowed"
                                + (pname.equals("table") ? " ('table' is the configured table)" : ""));
            }
            Map<String, Node> attrs;
            if (spec instanceof org.yaml.snakeyaml.nodes.ScalarNode) {
                attrs = Map.of("type", spec);
            } else {
                attrs = y.mapping(spec, "parameter '" + pname + "'");
            }
            for (Map.Entry<String, Node> a : attrs.entrySet()) {
                if (!PARAM_KEYS.contains(a.getKey())) {
                    throw y.error(
                            a.getValue(),
                            "unknown key '" + a.getKey() + "' in parameter '" + pname + "' (known: "
                                    + String.join(
                                            ", ", PARAM_KEYS.stream().sorted().toList()) + ")");
                }
            }
            if (!attrs.containsKey("type")) {
                throw y.error(spec, "parameter '" + pname + "' has no type");
            }
            List<String> values = attrs.containsKey("values") ? y.strings(attrs.get("values"), "values") : null;
            ParameterType type;
            try {
                type = ParameterType.of(y.scalar(attrs.get("type"), "type"), values);
            } catch (IllegalArgumentException ex) {
                throw y.error(attrs.get("type"), "parameter '" + pname + "': " + ex.getMessage());
            }
            boolean required = attrs.containsKey("required") && y.bool(attrs.get("required"), "required");
            String def = attrs.containsKey("default") ? y.scalar(attrs.get("default"), "default") : null;
            if (required && def != null) {
                throw y.error(
                        attrs.get("required"),
                        "parameter '" + pname + "' has a default, so it is never missing: drop 'required'");
            }
            String desc = attrs.containsKey("description") ? y.scalar(attrs.get("description"), "description") : "";
            String sample = attrs.containsKey("sample") ? y.scalar(attrs.get("sample"), "sample") : null;
            params.add(new Parameter(pname, type, required, def, desc, sample));
        }
        Set<String> names = new HashSet<>();
        params.forEach(p -> names.add(p.name()));
        for (Parameter p : params) {
            if (p.hasDefault()) {
                for (Placeholder ref : Placeholder.in(p.defaultValue())) {
                    if (!names.contains(ref.name())
                            || ref.name().equals(p.name())
                            || !ref.modifier().isEmpty()) {
                        throw y.error(
                                y.mapping(node, "params").get(p.name()),
                                "default of '" + p.name() + "' refers to '${" + ref.name()
                                        + "}', which is not another parameter");
                    }
                }
            }
        }
        return params;
    }

    private static void checkBody(MarkedYaml y, TemplateSource source, String sql, List<Parameter> params, String table)
            throws TemplateFormatException {
        if (sql.isBlank()) {
            throw y.error(source.sqlFirstLine(), "the template has no SQL after its header");
        }
        for (Placeholder ph : Placeholder.in(sql)) {
            int line = source.fileLine(ph.lineIn(sql));
            if (ph.name().equals("table")) {
                if (!ph.modifier().isEmpty()) {
                    throw y.error(line, "${table} takes no modifier");
                }
                if (table == null) {
                    throw y.error(line, "the SQL uses ${table} but the header has no 'table:'");
                }
                continue;
            }
            Parameter p = params.stream()
                    .filter(x -> x.name().equals(ph.name()))
                    .findFirst()
                    .orElseThrow(() -> y.error(line, "'${" + ph.name() + "}' is not a declared parameter"));
            Modifier modifier = Modifier.of(ph.modifier())
                    .orElseThrow(() -> y.error(
                            line,
                            "unknown modifier ':" + ph.modifier()
                                    + "' (known: partition, partition-lower, partition-upper, iso, iso-end)"));
            var misuse = modifier.misuse(p);
            if (misuse.isPresent()) {
                throw y.error(line, misuse.get());
            }
        }
        Matcher m = Pattern.compile("\\[\\[|]]").matcher(sql);
        int open = -1;
        while (m.find()) {
            boolean opening = m.group().equals("[[");
            if (opening && open >= 0) {
                throw y.error(
                        source.fileLine(Lines.lineAt(sql, m.start())), "optional fragments '[[ … ]]' do not nest");
            }
            if (!opening && open < 0) {
                throw y.error(source.fileLine(Lines.lineAt(sql, m.start())), "']]' without '[['");
            }
            open = opening ? m.start() : -1;
        }
        if (open >= 0) {
            throw y.error(source.fileLine(Lines.lineAt(sql, open)), "'[[' is never closed with ']]'");
        }
    }
}

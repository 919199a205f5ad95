package dev.xacct.template.lint;

import static dev.xacct.template.lint.HiveDdlLinter.error;

import dev.xacct.template.lint.HiveDdlLinter.Column;
import dev.xacct.template.lint.HiveDdlLinter.Property;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The partition projection rules of a table's DDL (Athena User Guide, "Partition projection" and
 * "Supported types for partition projection"): every partition column has a projection of a
 * known type with the properties that type needs, a date range matches its format, and
 * {@code storage.location.template} names exactly the partition columns under {@code LOCATION}.
 */
final class PartitionProjectionLints {

    private static final Set<String> PROJECTION_TYPES = Set.of("enum", "integer", "date", "injected");
    private static final Set<String> INTERVAL_UNITS =
            Set.of("YEARS", "MONTHS", "WEEKS", "DAYS", "HOURS", "MINUTES", "SECONDS", "MILLISECONDS");
    private static final Pattern TEMPLATE_VAR = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern NOW = Pattern.compile("NOW(\\s*[+-]\\s*\\d+\\s*[A-Z]+)?", Pattern.CASE_INSENSITIVE);

    private PartitionProjectionLints() {}

    /**
     * Adds the findings of the projection properties to {@code out}; nothing when
     * {@code projection.enabled} is not {@code true}.
     */
    static void check(
            List<Column> partitions, Map<String, Property> props, String location, String file, List<LintFinding> out) {
        Property enabled = props.get("projection.enabled");
        if (enabled == null || !enabled.value().equalsIgnoreCase("true")) {
            return;
        }
        Set<String> partitionNames = new LinkedHashSet<>();
        partitions.forEach(c -> partitionNames.add(c.name().toLowerCase(Locale.ROOT)));
        Map<String, Property> types = new LinkedHashMap<>();
        props.forEach((k, v) -> {
            if (k.startsWith("projection.") && k.endsWith(".type")) {
                types.put(k.substring("projection.".length(), k.length() - ".type".length()), v);
            }
        });
        for (Column c : partitions) {
            String name = c.name().toLowerCase(Locale.ROOT);
            if (!types.containsKey(name)) {
                out.add(error(
                        file,
                        c.line(),
                        "projection",
                        "partition column '" + name + "' has no projection." + name + ".type",
                        "add 'projection." + name + ".type'='enum|integer|date|injected' and its"
                                + " range or values"));
            }
        }
        types.forEach((col, type) -> {
            if (!partitionNames.contains(col)) {
                out.add(error(
                        file,
                        type.line(),
                        "projection",
                        "projection." + col + ".type is set but '" + col + "' is not a partition column",
                        "add it to PARTITIONED BY or remove the projection"));
                return;
            }
            String ty = type.value().toLowerCase(Locale.ROOT);
            if (!PROJECTION_TYPES.contains(ty)) {
                out.add(error(
                        file,
                        type.line(),
                        "projection",
                        "projection." + col + ".type '" + type.value() + "' is not a projection type",
                        "use enum, integer, date or injected"));
                return;
            }
            List<String> required = switch (ty) {
                case "enum" -> List.of("values");
                case "integer" -> List.of("range");
                case "date" -> List.of("range", "format");
                default -> List.of();
            };
            for (String r : required) {
                if (!props.containsKey("projection." + col + "." + r)) {
                    out.add(error(
                            file,
                            type.line(),
                            "projection",
                            "projection." + col + " of type " + ty + " needs projection." + col + "." + r,
                            ""));
                }
            }
            if (ty.equals("date")) {
                dateProjection(col, props, file, out);
            }
        });
        Property template = props.get("storage.location.template");
        if (template == null) {
            return;
        }
        Set<String> vars = new LinkedHashSet<>();
        Matcher m = TEMPLATE_VAR.matcher(template.value());
        while (m.find()) {
            vars.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        for (String v : vars) {
            if (!partitionNames.contains(v)) {
                out.add(error(
                        file,
                        template.line(),
                        "projection",
                        "storage.location.template uses ${" + v + "}, which is not a partition column",
                        "partition by it or fix the template"));
            }
        }
        for (String p : partitionNames) {
            if (!vars.contains(p)) {
                out.add(error(
                        file,
                        template.line(),
                        "projection",
                        "partition column '" + p + "' does not appear in storage.location.template",
                        "add ${" + p + "} where it sits in the S3 key"));
            }
        }
        if (location != null
                && !template.value().startsWith(location.endsWith("/") ? location : location + "/")
                && !template.value().startsWith(location)) {
            out.add(new LintFinding(
                    Severity.WARNING,
                    file,
                    template.line(),
                    "projection",
                    "storage.location.template does not start with LOCATION " + location,
                    "make LOCATION the fixed prefix of the template"));
        }
    }

    private static void dateProjection(String col, Map<String, Property> props, String file, List<LintFinding> out) {
        Property format = props.get("projection." + col + ".format");
        Property range = props.get("projection." + col + ".range");
        Property unit = props.get("projection." + col + ".interval.unit");
        if (unit != null && !INTERVAL_UNITS.contains(unit.value().toUpperCase(Locale.ROOT))) {
            out.add(error(
                    file,
                    unit.line(),
                    "projection",
                    "projection." + col + ".interval.unit '" + unit.value() + "' is not a unit",
                    "use one of "
                            + String.join(", ", INTERVAL_UNITS.stream().sorted().toList())));
        }
        if (format == null || range == null) {
            return;
        }
        String[] ends = range.value().split(",", -1);
        if (ends.length != 2) {
            out.add(error(file, range.line(), "projection", "projection." + col + ".range must be 'FROM,TO'", ""));
            return;
        }
        DateTimeFormatter formatter;
        try {
            formatter = DateTimeFormatter.ofPattern(format.value());
        } catch (IllegalArgumentException e) {
            return; // a Java-incompatible but valid Athena pattern: nothing to compare against
        }
        for (String end : ends) {
            String e = end.trim();
            if (NOW.matcher(e).matches()) {
                continue;
            }
            try {
                formatter.parse(e);
            } catch (DateTimeParseException ex) {
                out.add(error(
                        file,
                        range.line(),
                        "projection",
                        "range end '" + e + "' does not match the format '" + format.value() + "'",
                        "write it as " + format.value() + " or NOW"));
            }
        }
    }
}

package dev.xacct.template.lint;

import dev.xacct.template.lint.HiveDdlLexer.Kind;
import dev.xacct.template.lint.HiveDdlLexer.Token;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lints Athena's Hive DDL ({@code CREATE EXTERNAL TABLE}), which Trino's parser does not
 * read: clause order, reserved column names without backticks, and partition projection
 * properties that are incomplete or disagree with {@code storage.location.template}.
 */
public final class HiveDdlLinter {
    /** Clauses in the only order Athena accepts; anything else is "no viable alternative at input". */
    static final List<String> CLAUSE_ORDER = List.of(
            "COMMENT", "PARTITIONED BY", "CLUSTERED BY", "ROW FORMAT", "STORED AS", "LOCATION", "TBLPROPERTIES");

    private static final String ORDER_HINT = "Athena reports a misplaced clause as \"no viable alternative at input\";"
            + " the order is " + String.join(", ", CLAUSE_ORDER);

    /**
     * Athena's reserved keywords in DDL: as column names they need backticks. Copied as written in
     * the Athena User Guide, "Reserved keywords" (https://docs.aws.amazon.com/athena/latest/ug/reserved-words.html),
     * typos included: {@code CASHE} and {@code UTC_TMESTAMP} are spelled so in AWS's list; keep them.
     */
    static final Set<String> RESERVED = Set.of(
            "ALL",
            "ALTER",
            "AND",
            "ARRAY",
            "AS",
            "AUTHORIZATION",
            "BETWEEN",
            "BIGINT",
            "BINARY",
            "BOOLEAN",
            "BOTH",
            "BY",
            "CASE",
            "CASHE", // sic: AWS's list spells it so (intentional, do not "fix")
            "CAST",
            "CHAR",
            "COLUMN",
            "CONF",
            "CONSTRAINT",
            "COMMIT",
            "CREATE",
            "CROSS",
            "CUBE",
            "CURRENT",
            "CURRENT_DATE",
            "CURRENT_TIMESTAMP",
            "CURSOR",
            "DATABASE",
            "DATE",
            "DAYOFWEEK",
            "DECIMAL",
            "DELETE",
            "DESCRIBE",
            "DISTINCT",
            "DIV",
            "DOUBLE",
            "DROP",
            "ELSE",
            "END",
            "EXCHANGE",
            "EXISTS",
            "EXTENDED",
            "EXTERNAL",
            "EXTRACT",
            "FALSE",
            "FETCH",
            "FLOAT",
            "FLOOR",
            "FOLLOWING",
            "FOR",
            "FOREIGN",
            "FROM",
            "FULL",
            "FUNCTION",
            "GRANT",
            "GROUP",
            "GROUPING",
            "HAVING",
            "IF",
            "IMPORT",
            "IN",
            "INNER",
            "INSERT",
            "INT",
            "INTEGER",
            "INTERSECT",
            "INTERVAL",
            "INTO",
            "IS",
            "JOIN",
            "LATERAL",
            "LEFT",
            "LESS",
            "LIKE",
            "LOCAL",
            "MACRO",
            "MAP",
            "MORE",
            "NONE",
            "NOT",
            "NULL",
            "NUMERIC",
            "OF",
            "ON",
            "ONLY",
            "OR",
            "ORDER",
            "OUT",
            "OUTER",
            "OVER",
            "PARTIALSCAN",
            "PARTITION",
            "PERCENT",
            "PRECEDING",
            "PRECISION",
            "PRESERVE",
            "PRIMARY",
            "PROCEDURE",
            "RANGE",
            "READS",
            "REDUCE",
            "REGEXP",
            "REFERENCES",
            "REVOKE",
            "RIGHT",
            "RLIKE",
            "ROLLBACK",
            "ROLLUP",
            "ROW",
            "ROWS",
            "SELECT",
            "SET",
            "SMALLINT",
            "START",
            "TABLE",
            "TABLESAMPLE",
            "THEN",
            "TIME",
            "TIMESTAMP",
            "TO",
            "TRANSFORM",
            "TRIGGER",
            "TRUE",
            "TRUNCATE",
            "UNBOUNDED",
            "UNION",
            "UNIQUEJOIN",
            "UPDATE",
            "USER",
            "USING",
            "UTC_TMESTAMP", // sic: AWS's list spells it so (intentional, do not "fix")
            "VALUES",
            "VARCHAR",
            "VIEWS",
            "WHEN",
            "WHERE",
            "WINDOW",
            "WITH");

    private static final Set<String> PROJECTION_TYPES = Set.of("enum", "integer", "date", "injected");
    private static final Set<String> INTERVAL_UNITS =
            Set.of("YEARS", "MONTHS", "WEEKS", "DAYS", "HOURS", "MINUTES", "SECONDS", "MILLISECONDS");
    private static final Pattern TEMPLATE_VAR = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern NOW = Pattern.compile("NOW(\\s*[+-]\\s*\\d+\\s*[A-Z]+)?", Pattern.CASE_INSENSITIVE);

    private record Column(String name, boolean quoted, int line) {}

    private record Property(String value, int line) {}

    /**
     * Athena's DDL rules over one {@code CREATE EXTERNAL TABLE}: clause order, reserved column names
     * without backticks, partition projection properties that agree with the partition columns
     * and the storage location template (Athena User Guide, "Partition projection").
     *
     * @param file the name findings carry (their line numbers count from the DDL's first line)
     */
    public List<LintFinding> lint(String ddl, String file) {
        List<Token> tokens = HiveDdlLexer.tokens(ddl);
        List<LintFinding> out = new ArrayList<>();
        int i = 0;
        if (tokens.isEmpty() || !tokens.get(0).is("CREATE")) {
            out.add(error(
                    file,
                    tokens.isEmpty() ? 1 : tokens.get(0).line(),
                    "ddl-syntax",
                    "expected CREATE [EXTERNAL] TABLE",
                    ""));
            return out;
        }
        while (i < tokens.size() && !tokens.get(i).isSymbol('(')) {
            i++;
        }
        List<Column> partitions = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        i = columnList(tokens, i, columns);
        Map<String, Property> props = new LinkedHashMap<>();
        String location = null;
        int lastRank = -1;
        String lastClause = null;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.isSymbol(';')) {
                break;
            }
            String clause = clauseAt(tokens, i);
            if (clause == null) {
                i = t.isSymbol('(') ? skipParens(tokens, i) : i + 1;
                continue;
            }
            int rank = CLAUSE_ORDER.indexOf(clause);
            if (rank == lastRank) {
                out.add(error(file, t.line(), "clause-order", clause + " appears twice", ORDER_HINT));
            } else if (rank < lastRank) {
                out.add(error(file, t.line(), "clause-order", clause + " must come before " + lastClause, ORDER_HINT));
            }
            lastRank = Math.max(rank, lastRank);
            lastClause = rank >= lastRank ? clause : lastClause;
            i += clause.contains(" ") ? 2 : 1;
            if (clause.equals("PARTITIONED BY")
                    && i < tokens.size()
                    && tokens.get(i).isSymbol('(')) {
                i = columnList(tokens, i, partitions);
            } else if (clause.equals("LOCATION")
                    && i < tokens.size()
                    && tokens.get(i).kind() == Kind.STRING) {
                location = tokens.get(i).text();
                i++;
            } else if (clause.equals("TBLPROPERTIES")
                    && i < tokens.size()
                    && tokens.get(i).isSymbol('(')) {
                i = properties(tokens, i, props, file, out);
            }
        }
        for (Column c : concat(columns, partitions)) {
            if (!c.quoted() && RESERVED.contains(c.name().toUpperCase(Locale.ROOT))) {
                out.add(error(
                        file,
                        c.line(),
                        "reserved-word",
                        "column '" + c.name() + "' is a reserved word",
                        "write `" + c.name() + "` in the DDL (and \"" + c.name() + "\" in queries)"));
            }
        }
        projection(partitions, props, location, file, out);
        return out;
    }

    private static String clauseAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : new Token(Kind.SYMBOL, "", t.line());
        if (t.is("COMMENT") || t.is("LOCATION") || t.is("TBLPROPERTIES")) {
            return t.text().toUpperCase(Locale.ROOT);
        }
        if (t.is("PARTITIONED") && next.is("BY")) {
            return "PARTITIONED BY";
        }
        if (t.is("CLUSTERED") && next.is("BY")) {
            return "CLUSTERED BY";
        }
        if (t.is("ROW") && next.is("FORMAT")) {
            return "ROW FORMAT";
        }
        if (t.is("STORED") && (next.is("AS") || next.is("BY"))) {
            return "STORED AS";
        }
        return null;
    }

    /** Reads {@code (name type, …)} from the '(' at {@code i}; returns the index after ')'. */
    private static int columnList(List<Token> tokens, int i, List<Column> columns) {
        int depth = 0;
        int angle = 0;
        boolean expectName = true;
        for (; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSymbol('(')) {
                depth++;
            } else if (t.isSymbol(')')) {
                if (--depth == 0) {
                    return i + 1;
                }
            } else if (t.isSymbol('<')) {
                angle++;
            } else if (t.isSymbol('>')) {
                angle--;
            } else if (t.isSymbol(',') && depth == 1 && angle == 0) {
                expectName = true;
            } else if (expectName
                    && depth == 1
                    && angle == 0
                    && (t.kind() == Kind.WORD || t.kind() == Kind.BACKTICKED)) {
                columns.add(new Column(t.text(), t.kind() == Kind.BACKTICKED, t.line()));
                expectName = false;
            }
        }
        return i;
    }

    private static int skipParens(List<Token> tokens, int i) {
        int depth = 0;
        for (; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol('(')) {
                depth++;
            } else if (tokens.get(i).isSymbol(')') && --depth == 0) {
                return i + 1;
            }
        }
        return i;
    }

    private static int properties(
            List<Token> tokens, int i, Map<String, Property> props, String file, List<LintFinding> out) {
        int end = skipParens(tokens, i);
        for (int j = i + 1; j + 2 < end; j++) {
            Token key = tokens.get(j);
            if (key.kind() == Kind.STRING
                    && tokens.get(j + 1).isSymbol('=')
                    && tokens.get(j + 2).kind() == Kind.STRING) {
                String k = key.text().toLowerCase(Locale.ROOT);
                if (props.containsKey(k)) {
                    out.add(new LintFinding(
                            Severity.WARNING,
                            file,
                            key.line(),
                            "duplicate-property",
                            "'" + key.text() + "' is set twice",
                            "keep one"));
                }
                props.put(k, new Property(tokens.get(j + 2).text(), key.line()));
                j += 2;
            }
        }
        return end;
    }

    private static void projection(
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

    private static List<Column> concat(List<Column> a, List<Column> b) {
        List<Column> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static LintFinding error(String file, int line, String rule, String message, String hint) {
        return new LintFinding(Severity.ERROR, file, line, rule, message, hint);
    }
}

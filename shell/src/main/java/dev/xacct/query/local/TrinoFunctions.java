package dev.xacct.query.local;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The Trino (Athena) functions templates use that DuckDB lacks or spells differently, defined as
 * DuckDB macros so a template runs unchanged on both engines. Where a macro takes a builtin's
 * name, it calls the builtin as {@code system.main.NAME}. docs/engines.md lists what is supported.
 */
public final class TrinoFunctions {

    /** One macro: its name and one body per arity (DuckDB macros overload by argument count). */
    public record Macro(String name, List<Overload> overloads) {
        public Macro(String name, String params, String body) {
            this(name, List.of(new Overload(params, body)));
        }

        public String createSql() {
            return "CREATE OR REPLACE MACRO " + name
                    + overloads.stream()
                            .map(o -> "(" + o.params() + ") AS " + o.body())
                            .collect(Collectors.joining(", "));
        }
    }

    public record Overload(String params, String body) {}

    /*
     * Trino's JSONPath allows $["key"] (needed for keys like "aws:SourceIp"); DuckDB spells it
     * $."key". MySQL date formats (%i minutes, %s seconds, %M month name, …) become strftime's.
     * The order of replacements matters: %M (month name) must move away before %i becomes %M.
     */
    private static final String JSON_PATH = "system.main.regexp_replace(p, '\\[\"([^\"]*)\"\\]', '.\"\\1\"', 'g')";
    private static final String MYSQL_FORMAT = nest("f", new String[][] {
        {"%M", "%B"},
        {"%i", "%M"},
        {"%s", "%S"},
        {"%W", "%A"},
        {"%h", "%I"},
        {"%e", "%-d"},
        {"%c", "%-m"},
        {"%k", "%-H"},
        {"%l", "%-I"},
        {"%T", "%H:%M:%S"},
        {"%r", "%I:%M:%S %p"}
    });

    public static final List<Macro> MACROS = List.of(
            new Macro("xacct_json_path", "p", JSON_PATH),
            new Macro("xacct_mysql_format", "f", MYSQL_FORMAT),
            new Macro(
                    "json_extract_scalar",
                    "j, p",
                    "CASE WHEN json_type(j, xacct_json_path(p)) IN ('OBJECT', 'ARRAY') THEN NULL "
                            + "ELSE json_extract_string(j, xacct_json_path(p)) END"),
            new Macro("json_format", "j", "CAST(json(j) AS VARCHAR)"),
            new Macro("json_parse", "s", "json(s)"),
            new Macro("regexp_like", "s, pattern", "regexp_matches(s, pattern)"),
            // Trino gives NULL when nothing matches; DuckDB gives ''
            new Macro(
                    "regexp_extract",
                    List.of(
                            new Overload(
                                    "s, pattern",
                                    "CASE WHEN regexp_matches(s, pattern) "
                                            + "THEN system.main.regexp_extract(s, pattern, 0) END"),
                            new Overload(
                                    "s, pattern, g",
                                    "CASE WHEN regexp_matches(s, pattern) "
                                            + "THEN system.main.regexp_extract(s, pattern, g) END"))),
            // Trino replaces every match and writes groups as $1; DuckDB replaces the first, \1
            new Macro(
                    "regexp_replace",
                    List.of(
                            new Overload("s, pattern", "system.main.regexp_replace(s, pattern, '', 'g')"),
                            new Overload(
                                    "s, pattern, r",
                                    "system.main.regexp_replace(s, pattern, "
                                            + "system.main.regexp_replace(r, '\\$([0-9])', '\\\\\\1', 'g'), 'g')"))),
            new Macro("from_iso8601_timestamp", "s", "CAST(s AS TIMESTAMPTZ)"),
            new Macro("from_iso8601_date", "s", "CAST(s AS DATE)"),
            // Trino's parse_datetime takes a Joda pattern; DuckDB's strptime needs a constant format,
            // so each log format a template uses is spelled out: S3 server access logs' time
            new Macro(
                    "parse_datetime",
                    "s, f",
                    "CASE f WHEN 'dd/MMM/yyyy:HH:mm:ss Z' THEN strptime(s, '%d/%b/%Y:%H:%M:%S %z') END"),
            new Macro("from_unixtime", "n", "to_timestamp(n)"),
            new Macro(
                    "to_iso8601",
                    "t",
                    "CASE typeof(t) WHEN 'DATE' THEN strftime(t, '%Y-%m-%d') "
                            + "WHEN 'TIMESTAMP WITH TIME ZONE' THEN strftime(t, '%Y-%m-%dT%H:%M:%S.%gZ') "
                            + "ELSE strftime(t, '%Y-%m-%dT%H:%M:%S.%g') END"),
            new Macro("date_format", "t, f", "strftime(t, xacct_mysql_format(f))"),
            new Macro("date_add", "unit, n, t", "t + CAST(CAST(n AS VARCHAR) || ' ' || unit AS INTERVAL)"),
            // Trino counts whole units elapsed (DuckDB's date_sub), not boundaries crossed (date_diff)
            new Macro("date_diff", "unit, a, b", "date_sub(unit, a, b)"),
            new Macro("cardinality", "x", "len(x)"),
            new Macro("approx_distinct", "x", "approx_count_distinct(x)"));

    /** Names a template may call: the macros above plus builtins DuckDB shares with Trino. */
    public static final List<String> NATIVE_ALIKE = List.of(
            "date_trunc",
            "split",
            "contains",
            "count_if",
            "max_by",
            "min_by",
            "arbitrary",
            "if",
            "try",
            "try_cast",
            "strpos",
            "starts_with",
            "substr",
            "lower",
            "upper",
            "length",
            "replace",
            "trim",
            "concat",
            "coalesce",
            "nullif",
            "json_extract",
            "json_array_length",
            "filter",
            "array_distinct",
            "year",
            "month",
            "day",
            "hour",
            "minute");

    private TrinoFunctions() {}

    private static String nest(String arg, String[][] replacements) {
        String expression = arg;
        for (String[] r : replacements) {
            expression = "replace(" + expression + ", '" + r[0] + "', '" + r[1] + "')";
        }
        return expression;
    }
}

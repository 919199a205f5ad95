package dev.xacct.plugins.s3accesslogs;

import dev.xacct.plugin.api.DuckDbSql;
import dev.xacct.plugin.api.LocalReader;
import dev.xacct.plugin.api.LogFile;
import dev.xacct.plugin.api.RegexLineReader;
import dev.xacct.plugin.api.TableColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads S3 server access log lines on DuckDB the way Athena's RegexSerDe does with AWS's
 * expression ({@link S3AccessLogsKind#REGEX}), faster: a line is taken only when the whole
 * expression matches it ({@code regexp_full_match}, no captures, cheap), and its fields are then
 * cut by a tokenizer (a {@code [time]}, a quoted field, or a run without spaces, each followed by
 * one space) instead of capturing AWS's 27 groups, which costs DuckDB tens of µs a line
 * (bench/RESULTS.md).
 *
 * <p>The tokens are AWS's groups whenever the only tokens holding a space are the time, the
 * request URI and the user agent, and those three have their group's shape; any other line that
 * matches (a quote inside a field that is not quoted, a {@code ]} inside the time) falls back to
 * capturing the groups, so the rows are always the expression's. As in AWS's expression, the nine
 * fields after {@code versionid} are all present or all empty, and fields beyond are ignored.
 */
final class S3AccessLineReader implements LocalReader {

    /**
     * A token with the single space after it, matched over the line with a space appended (the
     * whole match: asking DuckDB for a group instead costs twice the time).
     */
    private static final String TOKENS = "(?:\\[[^\\]]*\\]|\"[^\"]*\"|[^ ]*) ";

    /** Fields 19–27 (hostid … sourceregion): AWS's optional group, taken when all nine are there. */
    private static final int REQUIRED = 18;

    private static final int ALL = 27;

    private final List<TableColumn> columns;
    private final List<String> keyColumns;
    private final RegexLineReader captured;

    S3AccessLineReader(List<TableColumn> columns, List<String> keyColumns) {
        if (columns.size() != ALL) {
            throw new IllegalArgumentException("S3 access logs have " + ALL + " fields, not " + columns.size());
        }
        this.columns = List.copyOf(columns);
        this.keyColumns = List.copyOf(keyColumns);
        this.captured = new RegexLineReader(S3AccessLogsKind.REGEX, columns, keyColumns, false);
    }

    @Override
    public String selectSql(List<LogFile> files) {
        if (files.isEmpty()) {
            return DuckDbSql.empty(columns, keyColumns);
        }
        String regex = DuckDbSql.literal(S3AccessLogsKind.REGEX);
        String tokens = "SELECT line, filename, regexp_extract_all(line || ' ', " + DuckDbSql.literal(TOKENS)
                + ") AS t FROM " + DuckDbSql.lines(files, false)
                + " WHERE line IS NOT NULL AND line <> '' AND regexp_full_match(line, " + regex + ")";
        List<String> names = new ArrayList<>();
        List<String> fromTokens = new ArrayList<>();
        for (int i = 0; i < ALL; i++) {
            String name = columns.get(i).name();
            names.add(DuckDbSql.literal(name));
            fromTokens.add(DuckDbSql.identifier(name) + " := " + token(i + 1));
        }
        String fields = "SELECT filename, CASE WHEN " + aligned() + " THEN struct_pack(" + String.join(", ", fromTokens)
                + ") ELSE regexp_extract(line, " + DuckDbSql.literal("^(?:" + S3AccessLogsKind.REGEX + ")$") + ", ["
                + String.join(", ", names) + "]) END AS m FROM (" + tokens + ")";
        List<String> select = new ArrayList<>();
        for (TableColumn c : columns) {
            select.add(DuckDbSql.field("x.m." + DuckDbSql.identifier(c.name()), c.type()) + " AS "
                    + DuckDbSql.identifier(c.name()));
        }
        select.add("x.filename");
        String rows = "SELECT " + String.join(", ", select) + " FROM (" + fields + ") AS x";
        return DuckDbSql.withPartitions(rows, columns, keyColumns, files);
    }

    /**
     * The text of field {@code n} (1-based) as AWS's group {@code n} holds it: the time without its
     * brackets, the quoted fields with their quotes, the optional fields empty unless all are there.
     */
    private static String token(int n) {
        if (n == 3) {
            return "substr(t[3], 2, length(t[3]) - 3)";
        }
        if (n > REQUIRED) {
            return "CASE WHEN len(t) >= " + ALL + " THEN " + field(n) + " ELSE '' END";
        }
        return field(n);
    }

    /** Token {@code n} without the space after it. */
    private static String field(int n) {
        return "left(t[" + n + "], -1)";
    }

    /**
     * True when the tokens are AWS's groups: at least the required fields, the time in brackets,
     * the request URI and user agent quoted or {@code -}, and no other token holding a space (the
     * spaces of the line are the separators plus those inside these three).
     */
    private static String aligned() {
        return "len(t) >= " + REQUIRED
                + " AND t[3] LIKE '[%] ' AND " + quotedOrDash(field(9)) + " AND " + quotedOrDash(field(17))
                + " AND " + count("line", ' ') + " = len(t) - 1 + " + count(field(3), ' ') + " + "
                + count(field(9), ' ') + " + " + count(field(17), ' ');
    }

    /** {@code "[^"]*"|-}, without a regular expression (DuckDB's cost per call is several µs). */
    private static String quotedOrDash(String text) {
        return "(" + text + " = '-' OR (" + text + " LIKE '\"%\"' AND " + count(text, '"') + " = 2))";
    }

    private static String count(String text, char c) {
        return "(length(" + text + ") - length(replace(" + text + ", '" + c + "', '')))";
    }

    @Override
    public Optional<String> rejectsSql(List<LogFile> files) {
        return captured.rejectsSql(files);
    }
}

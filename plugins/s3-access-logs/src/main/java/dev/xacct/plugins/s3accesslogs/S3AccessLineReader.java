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
 * Reads S3 server access log lines on DuckDB exactly as AWS's expression ({@link
 * S3AccessLogsKind#REGEX}, Athena's RegexSerDe) parses them, faster than capturing its 27 groups
 * (tens of µs a line in DuckDB, bench/RESULTS.md): a line of the usual shape is cut with
 * {@code string_split}, and every other line is matched and captured with the expression.
 *
 * <p>The usual shape: exactly six {@code "} (request URI, referrer and user agent quoted), so
 * the line splits at them into seven parts {@code q}; {@code q[1]} is the eight fields before the
 * request URI with the time's one space ({@code [06/Feb/2019:00:00:38 +0000]}), {@code q[3]} the
 * six fields between the request URI and the referrer, {@code q[5]} the one space between
 * referrer and user agent, {@code q[7]} {@code versionid} and what follows. For such a line every
 * group of the expression is forced (each is a run without spaces, or a quoted field closed at
 * the next quote), and the first {@code "] "} after the {@code [} ends the time, as the
 * expression's lazy {@code (.*?)} does; the line matches exactly when {@code httpstatus} is
 * {@code -} or digits. As in the expression, the nine fields after {@code versionid} are all
 * present or all empty, and fields beyond are ignored.
 */
final class S3AccessLineReader implements LocalReader {

    private static final int ALL = 27;

    /** Fields 19–27 (hostid … sourceregion): AWS's optional group, taken when all nine are there. */
    private static final int REQUIRED = 18;

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
        String quotes = "SELECT line, filename, string_split(line, '\"') AS q FROM " + DuckDbSql.lines(files, false)
                + " WHERE line IS NOT NULL AND line <> ''";
        String parts = "SELECT line, filename, q, string_split(q[1], ' ') AS a, string_split(q[3], ' ') AS b,"
                + " string_split(q[7], ' ') AS c FROM (" + quotes + ")";
        String shaped = "SELECT *, (" + usualShape() + ") AS cut FROM (" + parts + ")";
        List<String> names = new ArrayList<>();
        columns.forEach(c -> names.add(DuckDbSql.literal(c.name())));
        // the struct of the groups only for the lines not cut (NULL, and free, for the others)
        String matched = "SELECT *, CASE WHEN cut THEN NULL ELSE regexp_extract(line, "
                + DuckDbSql.literal("^(?:" + S3AccessLogsKind.REGEX + ")$") + ", [" + String.join(", ", names)
                + "]) END AS m FROM (" + shaped + ") WHERE cut OR regexp_full_match(line, "
                + DuckDbSql.literal(S3AccessLogsKind.REGEX) + ")";
        List<String> select = new ArrayList<>();
        for (int i = 0; i < ALL; i++) {
            String name = DuckDbSql.identifier(columns.get(i).name());
            String text = "CASE WHEN cut THEN " + field(i + 1) + " ELSE m." + name + " END";
            select.add(DuckDbSql.field(text, columns.get(i).type()) + " AS " + name);
        }
        select.add("filename");
        String rows = "SELECT " + String.join(", ", select) + " FROM (" + matched + ")";
        return DuckDbSql.withPartitions(rows, columns, keyColumns, files);
    }

    /** Field {@code n} (1-based) of a line of the usual shape, as AWS's group {@code n} holds it. */
    private static String field(int n) {
        if (n <= 2) {
            return "a[" + n + "]";
        }
        if (n == 3) {
            return "substr(a[3], 2) || ' ' || left(a[4], -1)"; // the time without its brackets
        }
        if (n <= 8) {
            return "a[" + (n + 1) + "]";
        }
        if (n == 9) {
            return "'\"' || q[2] || '\"'"; // the quoted groups keep their quotes
        }
        if (n <= 15) {
            return "b[" + (n - 8) + "]";
        }
        if (n == 16) {
            return "'\"' || q[4] || '\"'";
        }
        if (n == 17) {
            return "'\"' || q[6] || '\"'";
        }
        if (n == REQUIRED) {
            return "c[2]";
        }
        return "CASE WHEN len(c) >= " + (ALL - REQUIRED + 2) + " THEN c[" + (n - REQUIRED + 2) + "] ELSE '' END";
    }

    /**
     * The usual shape (see the class comment), in which the parts are the expression's groups, and
     * {@code httpstatus} is {@code -} or digits, so the line matches.
     */
    private static String usualShape() {
        return String.join(
                " AND ",
                "len(q) = 7",
                "q[5] = ' '",
                "strpos(q[4], ' ') = 0", // the referrer is a run without spaces in AWS's expression
                "len(a) = 10",
                "a[10] = ''",
                "starts_with(a[3], '[')",
                "NOT ends_with(a[3], ']')",
                "ends_with(a[4], ']')",
                "len(b) = 8",
                "b[1] = ''",
                "b[8] = ''",
                "len(c) >= 2",
                "c[1] = ''",
                "(b[2] = '-' OR translate(b[2], '0123456789', '') = '')");
    }

    @Override
    public Optional<String> rejectsSql(List<LogFile> files) {
        return captured.rejectsSql(files);
    }
}

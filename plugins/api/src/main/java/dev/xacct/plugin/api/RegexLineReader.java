package dev.xacct.plugin.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link LocalReader} for text logs Athena reads with the RegexSerDe: each line must match the
 * regular expression whole, and group {@code i} feeds column {@code i}. A line that does not match
 * is left out of the table and listed by {@link #rejectsSql} (Athena shows it as a row of NULLs:
 * "If a row in the data does not match the regex, then all columns in the row are returned as
 * NULL", https://docs.aws.amazon.com/athena/latest/ug/regex-serde.html).
 *
 * <p>The expression must be valid for both {@link java.util.regex} and RE2 (DuckDB's engine): no
 * back-references, no look-around.
 */
public final class RegexLineReader implements LocalReader {

    private final String regex;
    private final List<TableColumn> columns;
    private final List<String> keyColumns;
    private final boolean header;

    /**
     * @param regex      the expression, one group per column, in column order
     * @param columns    the table's columns
     * @param keyColumns the kind's key columns
     * @param header     whether each file starts with a header line to skip
     */
    public RegexLineReader(String regex, List<TableColumn> columns, List<String> keyColumns, boolean header) {
        this.regex = regex;
        this.columns = List.copyOf(columns);
        this.keyColumns = List.copyOf(keyColumns);
        this.header = header;
        int groups = java.util.regex.Pattern.compile(regex).matcher("").groupCount();
        if (groups != columns.size()) {
            throw new IllegalArgumentException(
                    "the regex has " + groups + " groups for " + columns.size() + " columns");
        }
    }

    /** One row per line with the struct {@code m} of the groups ({@code m.xacct_all} empty when it does not match). */
    private String matched(List<LogFile> files) {
        List<String> names = new ArrayList<>();
        names.add(DuckDbSql.literal("xacct_all"));
        columns.forEach(c -> names.add(DuckDbSql.literal(c.name())));
        return "SELECT regexp_extract(line, " + DuckDbSql.literal("^(" + regex + ")$") + ", ["
                + String.join(", ", names) + "]) AS m, line, filename FROM " + DuckDbSql.lines(files, header)
                + " WHERE line IS NOT NULL AND line <> ''";
    }

    @Override
    public String selectSql(List<LogFile> files) {
        if (files.isEmpty()) {
            return DuckDbSql.empty(columns, keyColumns);
        }
        List<String> select = new ArrayList<>();
        for (TableColumn c : columns) {
            select.add(DuckDbSql.field("x.m." + DuckDbSql.identifier(c.name()), c.type()) + " AS "
                    + DuckDbSql.identifier(c.name()));
        }
        select.add("x.filename");
        String rows =
                "SELECT " + String.join(", ", select) + " FROM (" + matched(files) + ") AS x WHERE x.m.xacct_all <> ''";
        return DuckDbSql.withPartitions(rows, columns, keyColumns, files);
    }

    @Override
    public Optional<String> rejectsSql(List<LogFile> files) {
        if (files.isEmpty()) {
            return Optional.of("SELECT CAST(NULL AS VARCHAR) AS filename, CAST(NULL AS VARCHAR) AS reason,"
                    + " CAST(NULL AS VARCHAR) AS line WHERE false");
        }
        // the whole expression without captures: RE2 decides a match far faster than it captures
        return Optional.of("SELECT filename, 'does not match the format' AS reason, line FROM "
                + DuckDbSql.lines(files, header)
                + " WHERE line IS NOT NULL AND line <> '' AND NOT regexp_full_match(line, "
                + DuckDbSql.literal(regex) + ")");
    }

    /** The expression as it goes into a Hive DDL string literal ({@code 'input.regex' = '…'}). */
    public String regex() {
        return regex;
    }
}

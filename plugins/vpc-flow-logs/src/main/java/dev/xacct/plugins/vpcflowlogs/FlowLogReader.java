package dev.xacct.plugins.vpcflowlogs;

import dev.xacct.plugin.api.DuckDbSql;
import dev.xacct.plugin.api.LocalReader;
import dev.xacct.plugin.api.LogFile;
import dev.xacct.plugin.api.TableColumn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reads flow log files on DuckDB. A text file names its fields in its header line (the default
 * format or a custom one), so files are grouped by header and each group's fields are mapped to
 * the table's columns by name; a record whose field count differs from its header's is
 * malformed (skipped, counted). Parquet files are read by column name. Fields are space
 * separated, {@code -} means no value: NULL for a number, the text {@code -} for a string, as
 * Athena reads them.
 */
final class FlowLogReader implements LocalReader {

    private static final int HEADER_LIMIT = 4096;

    private final List<TableColumn> columns;

    FlowLogReader(List<TableColumn> columns) {
        this.columns = columns;
    }

    /** The files grouped by format: header fields for text, {@code null} key for Parquet. */
    private Map<List<String>, List<LogFile>> groups(List<LogFile> files) {
        Map<List<String>, List<LogFile>> groups = new LinkedHashMap<>();
        for (LogFile f : files) {
            List<String> key = f.path().toString().endsWith(".parquet") ? List.of() : header(f);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        return groups;
    }

    /** The header line's field names; the default format when the file has none readable. */
    static List<String> header(LogFile file) {
        try (InputStream raw = Files.newInputStream(file.path());
                InputStream in = file.path().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            char[] buffer = new char[HEADER_LIMIT];
            int n = reader.read(buffer);
            String text = n <= 0 ? "" : new String(buffer, 0, n);
            int end = text.indexOf('\n');
            String line = (end < 0 ? text : text.substring(0, end)).strip();
            if (line.matches("[a-z0-9-]+( [a-z0-9-]+)*") && !line.isEmpty()) {
                return List.of(line.split(" "));
            }
        } catch (IOException e) {
            // unreadable: DuckDB will say why when it reads the file
        }
        return FlowLogFields.DEFAULT_FORMAT;
    }

    private String textRows(List<String> fields, List<LogFile> files) {
        List<String> select = new ArrayList<>();
        for (TableColumn c : columns) {
            int at = -1;
            for (int i = 0; i < fields.size(); i++) {
                if (FlowLogFields.column(fields.get(i)).equals(c.name())) {
                    at = i;
                }
            }
            String value = at < 0
                    ? "CAST(NULL AS " + c.duckDbType() + ")"
                    : DuckDbSql.field("x.f[" + (at + 1) + "]", c.type());
            select.add(value + " AS " + DuckDbSql.identifier(c.name()));
        }
        select.add("x.filename");
        return "SELECT " + String.join(", ", select) + " FROM (" + split(files) + ") AS x WHERE len(x.f) = "
                + fields.size();
    }

    private static String split(List<LogFile> files) {
        return "SELECT string_split(line, ' ') AS f, line, filename FROM " + DuckDbSql.lines(files, true)
                + " WHERE line IS NOT NULL AND line <> ''";
    }

    private String parquetRows(List<LogFile> files) {
        List<String> typed = new ArrayList<>();
        List<String> select = new ArrayList<>();
        for (TableColumn c : columns) {
            String source = c.name().equals("flow_region") ? "region" : c.name();
            typed.add("CAST(NULL AS " + c.duckDbType() + ") AS " + DuckDbSql.identifier(source));
            select.add("CAST(x." + DuckDbSql.identifier(source) + " AS " + c.duckDbType() + ") AS "
                    + DuckDbSql.identifier(c.name()));
        }
        select.add("x.filename");
        // UNION ALL BY NAME with a typed empty relation: a column no file has is NULL, not an error
        return "SELECT " + String.join(", ", select) + " FROM (SELECT * FROM read_parquet(" + DuckDbSql.fileList(files)
                + ", union_by_name=true, filename=true) UNION ALL BY NAME SELECT " + String.join(", ", typed)
                + ", CAST(NULL AS VARCHAR) AS filename WHERE false) AS x";
    }

    @Override
    public String selectSql(List<LogFile> files) {
        if (files.isEmpty()) {
            return DuckDbSql.empty(columns, List.of());
        }
        List<String> parts = new ArrayList<>();
        groups(files)
                .forEach((fields, group) -> parts.add(fields.isEmpty() ? parquetRows(group) : textRows(fields, group)));
        return DuckDbSql.withPartitions(String.join(" UNION ALL ", parts), columns, List.of(), files);
    }

    @Override
    public Optional<String> rejectsSql(List<LogFile> files) {
        List<String> parts = new ArrayList<>();
        groups(files).forEach((fields, group) -> {
            if (!fields.isEmpty()) {
                parts.add("SELECT x.filename, 'has ' || len(x.f) || ' fields, the header names " + fields.size()
                        + "' AS reason, x.line FROM (" + split(group) + ") AS x WHERE len(x.f) <> " + fields.size());
            }
        });
        if (parts.isEmpty()) {
            parts.add("SELECT CAST(NULL AS VARCHAR) AS filename, CAST(NULL AS VARCHAR) AS reason,"
                    + " CAST(NULL AS VARCHAR) AS line WHERE false");
        }
        return Optional.of(String.join(" UNION ALL ", parts));
    }
}

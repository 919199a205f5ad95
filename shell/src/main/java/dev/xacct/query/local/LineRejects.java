package dev.xacct.query.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.duckdb.DuckDBConnection;

/**
 * Counts the malformed lines a kind's reader skips, file by file, and remembers each file's count
 * by path, size and modification time, so a file is counted once per session however many
 * queries read it. Two sources: lines the format rejects (the reader's {@code rejectsSql}) and
 * lines DuckDB itself could not take as text (invalid UTF-8, in its {@code reject_errors}).
 */
final class LineRejects {

    /** The files one table read in one query. */
    record Scan(LocalTable table, List<SourceFile> files) {}

    private record Counted(long lines, String firstReason) {}

    private final Map<String, Counted> counted = new ConcurrentHashMap<>();

    /** One line per table that skipped something; empty when every line parsed. */
    List<String> notices(DuckDBConnection database, List<Scan> scans) {
        List<String> out = new ArrayList<>();
        for (Scan scan : scans) {
            long lines = 0;
            int files = 0;
            String example = null;
            List<SourceFile> unknown = new ArrayList<>();
            for (SourceFile f : scan.files()) {
                if (!counted.containsKey(key(f))) {
                    unknown.add(f);
                }
            }
            if (!unknown.isEmpty()) {
                count(database, scan.table(), unknown);
            }
            for (SourceFile f : scan.files()) {
                Counted c = counted.get(key(f));
                if (c != null && c.lines() > 0) {
                    lines += c.lines();
                    files++;
                    if (example == null) {
                        example = f.path().getFileName() + ": " + c.firstReason();
                    }
                }
            }
            if (lines > 0) {
                String table = scan.table().name();
                out.add(table + ": skipped " + lines + " malformed line" + (lines == 1 ? "" : "s") + " in " + files
                        + " of " + scan.files().size() + " files (" + example + "); see them: sql \"SELECT * FROM "
                        + table + "_rejects\"");
            }
        }
        return out;
    }

    private void count(DuckDBConnection database, LocalTable table, List<SourceFile> files) {
        var sql = table.rejectsSql(files);
        Map<String, Counted> found = new HashMap<>();
        if (sql.isPresent()) {
            try (Connection c = database.duplicate();
                    Statement s = c.createStatement()) {
                try (ResultSet r = s.executeQuery(
                        "SELECT filename, count(*), min(reason) FROM (" + sql.get() + ") GROUP BY filename")) {
                    while (r.next()) {
                        found.put(r.getString(1), new Counted(r.getLong(2), r.getString(3)));
                    }
                }
                try (ResultSet r =
                        s.executeQuery("SELECT s.file_path, count(*), min(e.error_message) FROM reject_errors e"
                                + " JOIN reject_scans s USING (scan_id, file_id) GROUP BY s.file_path")) {
                    while (r.next()) {
                        Counted before = found.get(r.getString(1));
                        String reason = "not text: " + DuckDbMessages.oneLine(String.valueOf(r.getString(3)));
                        found.put(
                                r.getString(1),
                                new Counted(
                                        r.getLong(2) + (before == null ? 0 : before.lines()),
                                        before == null ? reason : before.firstReason()));
                    }
                } catch (SQLException noRejectTables) {
                    // DuckDB made no reject tables: every line was text
                }
            } catch (SQLException e) {
                return; // counting is a courtesy; the query itself already answered
            }
        }
        for (SourceFile f : files) {
            counted.put(key(f), found.getOrDefault(f.path().toString(), new Counted(0, null)));
        }
    }

    private static String key(SourceFile f) {
        try {
            BasicFileAttributes a = Files.readAttributes(f.path(), BasicFileAttributes.class);
            return f.path() + "|" + a.size() + "|" + a.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return f.path() + "|?";
        }
    }
}

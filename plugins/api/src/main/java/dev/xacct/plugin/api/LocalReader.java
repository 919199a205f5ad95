package dev.xacct.plugin.api;

import java.util.List;
import java.util.Optional;

/**
 * How xacct's local engine (DuckDB) reads a kind's files. Implementations build SQL text; they
 * may read a file's first line (a header) but never its rows. {@link DuckDbSql} has the building
 * blocks: lines of text or gzip files, the partition values of each file, typed NULL columns.
 */
public interface LocalReader {

    /**
     * A DuckDB {@code SELECT} over exactly {@code files} whose columns are the kind's
     * {@link TableKind#columns()} (names and DuckDB types of {@link TableColumn#duckDbType()}), in
     * order, then its {@link TableKind#keyColumns()}, then {@code accountid}, {@code region} and
     * {@code "date"} ({@code yyyy/MM/dd}), all VARCHAR. Malformed lines are left out. An empty
     * list gives the same columns and no rows.
     */
    String selectSql(List<LogFile> files);

    /**
     * A DuckDB {@code SELECT filename, reason, line} listing the lines of {@code files} that
     * {@link #selectSql} leaves out because they do not parse (bad quoting, truncated, wrong field
     * count); empty for formats without lines (Parquet). xacct counts them after a query and shows
     * them as the table {@code <table>_rejects}.
     */
    default Optional<String> rejectsSql(List<LogFile> files) {
        return Optional.empty();
    }
}

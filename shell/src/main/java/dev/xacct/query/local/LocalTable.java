package dev.xacct.query.local;

import dev.xacct.template.PartitionScope;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One table of the local engine over a folder of log files: which files belong to it, and the
 * DuckDB SQL that reads exactly those files as the table.
 *
 * <p>This is the seam between the kinds of logs (CloudTrail today; the table kinds plugins bring)
 * and what reads them (the live view, the columnar cache): a reader never needs to know a
 * layout, and a kind never needs to know how its rows are stored.
 */
public interface LocalTable {

    /** The SQL table name templates use, e.g. {@code cloudtrail}. */
    String name();

    /**
     * The files under {@code root} that belong to the table and fall in {@code scope}, sorted by
     * path. Only these are ever opened: the local twin of partition projection.
     *
     * @throws dev.xacct.query.QueryFailedException when {@code root} is not a folder
     */
    List<SourceFile> find(Path root, PartitionScope scope);

    /**
     * A DuckDB {@code SELECT} over exactly {@code files} whose columns are the table's columns in
     * Athena's names and order, then the partition columns {@code accountid}, {@code region} and
     * {@code "date"} ({@code yyyy/MM/dd}). An empty list gives the same columns and no rows.
     */
    String selectSql(List<SourceFile> files);

    /**
     * A DuckDB {@code SELECT filename, reason, line} of the lines of {@code files} that
     * {@link #selectSql} leaves out because they do not parse; empty for a format without lines
     * (JSON, Parquet). The engine counts them after a query and says so.
     */
    default Optional<String> rejectsSql(List<SourceFile> files) {
        return Optional.empty();
    }

    /** {@code CREATE OR REPLACE TEMP VIEW <name> AS <selectSql>}. */
    default String createViewSql(List<SourceFile> files) {
        return "CREATE OR REPLACE TEMP VIEW " + name() + " AS " + selectSql(files);
    }
}

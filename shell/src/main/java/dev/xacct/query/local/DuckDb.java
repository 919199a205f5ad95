package dev.xacct.query.local;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.duckdb.DuckDBConnection;

/**
 * Opens the embedded DuckDB the way xacct uses it: in memory, UTC, no extension downloads,
 * streamed results, and Trino's functions as macros. The query engine opens one; each cache
 * build opens its own, so a build in the background can be held to fewer threads.
 */
public final class DuckDb {

    private DuckDb() {}

    /**
     * A new in-memory database.
     *
     * @param threads worker threads DuckDB may use; 0 for its default (one per core)
     * @throws SQLException when DuckDB cannot start (its native library missing, out of memory)
     */
    public static DuckDBConnection open(int threads) throws SQLException {
        DuckDBConnection database = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:", settings(threads));
        try (Statement s = database.createStatement()) {
            // an ICU setting, so not accepted as a startup option; GLOBAL reaches every connection
            s.execute("SET GLOBAL TimeZone = 'UTC'");
            for (TrinoFunctions.Macro macro : TrinoFunctions.MACROS) {
                s.execute(macro.createSql());
            }
        } catch (SQLException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /*
     * JSON and ICU are built into the DuckDB JDBC library; forbidding extension installs makes a
     * query that would need a download fail at once instead of reaching for the network.
     */
    private static Properties settings(int threads) {
        Properties p = new Properties();
        p.setProperty("jdbc_stream_results", "true");
        p.setProperty("autoinstall_known_extensions", "false");
        p.setProperty("autoload_known_extensions", "false");
        if (threads > 0) {
            p.setProperty("threads", Integer.toString(threads));
        }
        return p;
    }
}

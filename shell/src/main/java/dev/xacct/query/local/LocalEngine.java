package dev.xacct.query.local;

import dev.xacct.query.Engine;
import dev.xacct.query.QueryFailedException;
import dev.xacct.query.QueryRequest;
import dev.xacct.render.Column;
import dev.xacct.render.ResultStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.duckdb.DuckDBConnection;

/**
 * The {@code local} engine: DuckDB embedded, one view per table the SQL names ({@code cloudtrail}
 * and the kinds plugins bring, {@link LocalTables}) over the files of a folder that fall in the
 * request's partition scope, and Trino's functions as macros.
 *
 * <p>One in-memory database holds the macros; each query runs on its own connection to it, whose
 * temporary view lists that query's files, so queries do not disturb each other.
 */
public final class LocalEngine implements Engine {

    public static final String NAME = "local";

    private final Supplier<LocalTables> tables;
    private final LineRejects rejects = new LineRejects();
    private final DuckDBConnection database;
    private final int pageSize;
    private final Set<ResultStream> open = ConcurrentHashMap.newKeySet();

    public LocalEngine() {
        this(ResultStream.DEFAULT_PAGE_SIZE);
    }

    public LocalEngine(int pageSize) {
        this(pageSize, LocalTables::cloudTrailOnly);
    }

    /** @param tables the tables a query may name, asked at each query (plugins may load in between) */
    public LocalEngine(int pageSize, Supplier<LocalTables> tables) {
        this.pageSize = pageSize;
        this.tables = tables;
        try {
            database = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:", settings());
            try (Statement s = database.createStatement()) {
                // an ICU setting, so not accepted as a startup option; GLOBAL reaches every connection
                s.execute("SET GLOBAL TimeZone = 'UTC'");
                for (TrinoFunctions.Macro macro : TrinoFunctions.MACROS) {
                    s.execute(macro.createSql());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start DuckDB: " + DuckDbMessages.oneLine(e), e);
        }
    }

    /*
     * JSON and ICU are built into the DuckDB JDBC library; forbidding extension installs makes a
     * query that would need a download fail at once instead of reaching for the network.
     * Timestamps read in UTC, as Athena shows them.
     */
    private static Properties settings() {
        Properties p = new Properties();
        p.setProperty("jdbc_stream_results", "true");
        p.setProperty("autoinstall_known_extensions", "false");
        p.setProperty("autoload_known_extensions", "false");
        return p;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ResultStream execute(QueryRequest request) {
        var source = request.sourceFolder()
                .orElseThrow(() -> new QueryFailedException(
                        "the local engine needs a folder of log files: give --source DIR or start with --demo"));
        if (!java.nio.file.Files.isDirectory(source)) {
            throw new QueryFailedException("source folder not found: " + source);
        }
        List<LocalTable> used = tables.get().referencedBy(request.sql());
        List<String> setup = new java.util.ArrayList<>();
        List<LineRejects.Scan> scans = new java.util.ArrayList<>();
        for (LocalTable table : used) {
            List<SourceFile> files = table.find(source, request.scope());
            setup.add(table.createViewSql(files));
            if (table.rejectsSql(List.of()).isPresent()) {
                scans.add(new LineRejects.Scan(table, files));
            }
        }
        ResultStream rows = run(setup, request.sql());
        return scans.isEmpty() ? rows : new LocalResult(rows, () -> rejects.notices(database, scans));
    }

    /** Runs SQL after a setup statement, on a fresh connection the returned stream owns. */
    ResultStream run(String setupSql, String sql) {
        return run(List.of(setupSql), sql);
    }

    /** Runs SQL after setup statements, on a fresh connection the returned stream owns. */
    ResultStream run(List<String> setupSql, String sql) {
        Connection connection = null;
        try {
            connection = database.duplicate();
            try (Statement setup = connection.createStatement()) {
                for (String statement : setupSql) {
                    setup.execute(statement);
                }
            }
            // prepare only: binding checks the SQL and gives the columns now; the work itself
            // starts on the first page, where closing the stream from another thread can cancel it
            PreparedStatement statement = connection.prepareStatement(sql);
            if (statement.getMetaData() == null || statement.getMetaData().getColumnCount() == 0) {
                // DDL or DML: run it and report the update count like a one-cell result
                statement.execute();
                long count = Math.max(statement.getLargeUpdateCount(), 0);
                statement.close();
                connection.close();
                return ResultStream.of(List.of(Column.number("count")), List.of(List.of(count)));
            }
            ResultStream[] self = new ResultStream[1];
            self[0] = new JdbcResultStream(connection, statement, pageSize, () -> open.remove(self[0]));
            open.add(self[0]);
            return self[0];
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new QueryFailedException(DuckDbMessages.oneLine(e), e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the query already failed; that error is the one to report
            }
        }
    }

    @Override
    public void close() {
        for (ResultStream stream : List.copyOf(open)) {
            stream.close();
        }
        closeQuietly(database);
    }
}

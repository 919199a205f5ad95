package dev.xacct.query.local;

import dev.xacct.query.Engine;
import dev.xacct.query.QueryFailedException;
import dev.xacct.query.QueryRequest;
import dev.xacct.query.local.cache.ColumnarCache;
import dev.xacct.render.Column;
import dev.xacct.render.ResultStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.duckdb.DuckDBConnection;

/**
 * The {@code local} engine: DuckDB embedded, one view per table the SQL names ({@code cloudtrail}
 * and the kinds plugins bring, {@link LocalTables}) over the files of a folder that fall in the
 * request's partition scope, and Trino's functions as macros.
 * With a {@link ColumnarCache}, a view reads the cache's Parquet plus the files it lacks, and
 * after the query the cache converts those files in the background.
 *
 * <p>One in-memory database holds the macros; each query runs on its own connection to it, whose
 * temporary views list that query's files, so queries do not disturb each other. DuckDB work
 * runs on worker threads ({@link CancellableWork}): an interrupt of the thread that asked
 * (Ctrl-C) cancels the statement and returns at once.
 */
public final class LocalEngine implements Engine {

    public static final String NAME = "local";

    /** The tables a query may name, asked at each query (plugins may load in between). */
    private final Supplier<LocalTables> tables;

    private final LineRejects rejects = new LineRejects();
    private final DuckDBConnection database;
    private final int pageSize;
    private final ColumnarCache cache;
    private final ExecutorService workers;
    private final CancellableWork work;
    private final Set<ResultStream> open = ConcurrentHashMap.newKeySet();

    /** Without a cache: every query reads the files. */
    public LocalEngine() {
        this(ResultStream.DEFAULT_PAGE_SIZE);
    }

    public LocalEngine(int pageSize) {
        this(pageSize, LocalTables::cloudTrailOnly, null);
    }

    /** Without a cache, over the given tables. */
    public LocalEngine(int pageSize, Supplier<LocalTables> tables) {
        this(pageSize, tables, null);
    }

    /** With a cache, over {@code cloudtrail} only. */
    public LocalEngine(int pageSize, ColumnarCache cache) {
        this(pageSize, LocalTables::cloudTrailOnly, cache);
    }

    /**
     * @param pageSize rows per page of a result
     * @param tables   the tables a query may name, asked at each query
     * @param cache    the columnar cache queries read and fill, or null to read the files only;
     *                 its owner closes it
     */
    public LocalEngine(int pageSize, Supplier<LocalTables> tables, ColumnarCache cache) {
        this.pageSize = pageSize;
        this.tables = tables;
        this.cache = cache;
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "xacct-duckdb");
            t.setDaemon(true);
            return t;
        });
        this.work = new CancellableWork(workers);
        try {
            database = DuckDb.open(0);
        } catch (SQLException e) {
            workers.shutdownNow();
            throw new IllegalStateException("cannot start DuckDB: " + DuckDbMessages.oneLine(e), e);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The tables of a kind this engine reads (not the diagnostic ones), e.g. for the cache to list and build. */
    public List<LocalTable> tables() {
        return tables.get().tables();
    }

    @Override
    public ResultStream execute(QueryRequest request) {
        LocalTables known = tables.get();
        List<LocalTable> used = known.referencedBy(request.sql());
        if (used.isEmpty()) {
            return run(List.of(), request.sql());
        }
        Path source = request.sourceFolder()
                .orElseThrow(() -> new QueryFailedException(
                        "the local engine needs a folder of log files: give --source DIR or start with --demo"));
        List<String> views = new ArrayList<>();
        List<Runnable> afterwards = new ArrayList<>();
        List<LineRejects.Scan> scans = new ArrayList<>();
        for (LocalTable table : used) {
            // diagnostic tables (a kind's _rejects) are never cached
            if (cache != null && request.useCache() && known.tables().contains(table)) {
                ColumnarCache.Read read = cache.read(table, source, request.scope());
                views.add("CREATE OR REPLACE TEMP VIEW " + table.name() + " AS " + read.sql());
                if (table.rejectsSql(List.of()).isPresent()) {
                    // lines the cache left out are counted from the files, once a session, as without it
                    scans.add(new LineRejects.Scan(table, read.files()));
                }
                if (read.raw() > 0) {
                    afterwards.add(
                            () -> cache.buildBehind(table, source, request.scope(), read.raw(), read.rawBytes()));
                }
            } else {
                List<SourceFile> files = table.find(source, request.scope());
                views.add(table.createViewSql(files));
                if (table.rejectsSql(List.of()).isPresent()) {
                    scans.add(new LineRejects.Scan(table, files));
                }
            }
        }
        ResultStream rows = run(views, request.sql());
        if (afterwards.isEmpty() && scans.isEmpty()) {
            return rows;
        }
        // the first query over new files costs what it costs without the cache: the build comes after;
        // outermost, so the query service finds the notices of skipped lines
        return new LocalResult(
                rows,
                () -> scans.isEmpty() ? List.of() : rejects.notices(database, scans),
                () -> afterwards.forEach(Runnable::run));
    }

    /** Runs SQL after setup statements, on a fresh connection the returned stream owns. */
    ResultStream run(List<String> setupSql, String sql) {
        Connection connection = null;
        try {
            connection = database.duplicate();
            try (Statement setup = connection.createStatement()) {
                for (String s : setupSql) {
                    setup.execute(s);
                }
            }
            // prepare only: binding checks the SQL and gives the columns now; the work itself
            // starts on the first page, where closing the stream from another thread can cancel it
            PreparedStatement statement = connection.prepareStatement(sql);
            ResultSetMetaData meta = statement.getMetaData();
            if (meta == null || meta.getColumnCount() == 0) {
                return runUpdate(connection, statement);
            }
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnLabel(i));
            }
            names = AthenaColumnNames.of(connection, sql, names);
            List<Column> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(new Column(names.get(i - 1), meta.getColumnTypeName(i)));
            }
            ResultStream[] self = new ResultStream[1];
            self[0] = new JdbcResultStream(connection, statement, columns, pageSize, work, () -> open.remove(self[0]));
            open.add(self[0]);
            return self[0];
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new QueryFailedException(DuckDbMessages.oneLine(e), e);
        }
    }

    /** DDL or DML: run it (cancellable) and report the update count like a one-cell result. */
    private ResultStream runUpdate(Connection connection, PreparedStatement statement) throws SQLException {
        try {
            work.run(statement::execute, () -> cancel(statement));
            long count = Math.max(statement.getLargeUpdateCount(), 0);
            return ResultStream.of(List.of(Column.number("count")), List.of(List.of(count)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryFailedException("local query cancelled");
        } catch (SQLException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new QueryFailedException("local query failed: " + e.getMessage(), e);
        } finally {
            statement.close();
            connection.close();
        }
    }

    private static void cancel(Statement statement) {
        try {
            statement.cancel();
        } catch (SQLException ignored) {
            // already done
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
        workers.shutdownNow();
    }
}

package dev.xacct.query.local;

import dev.xacct.query.QueryFailedException;
import dev.xacct.render.Column;
import dev.xacct.render.ResultStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A JDBC result read page by page: rows are fetched only when a page is asked for, on a worker
 * thread ({@link CancellableWork}), so the reader's interrupt (Ctrl-C) cancels the statement and
 * returns at once. Closing before the end, from any thread (the pager quitting), cancels the
 * statement too, so DuckDB stops scanning.
 */
final class JdbcResultStream implements ResultStream {

    private final Connection connection;
    private final PreparedStatement statement;
    private final List<Column> columns;
    private final int pageSize;
    private final CancellableWork work;
    private final Runnable onClose;
    /** Held while a page is fetched; whoever holds it when the stream is closed releases the JDBC objects. */
    private final ReentrantLock fetching = new ReentrantLock();

    private ResultSet rows;
    private boolean exhausted;
    private volatile boolean closed;
    private boolean released;

    /** The statement is prepared, not yet executed: it runs on the first {@link #nextPage()}. */
    JdbcResultStream(
            Connection connection,
            PreparedStatement statement,
            List<Column> columns,
            int pageSize,
            CancellableWork work,
            Runnable onClose) {
        this.connection = connection;
        this.statement = statement;
        this.columns = List.copyOf(columns);
        this.pageSize = pageSize;
        this.work = work;
        this.onClose = onClose;
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    /**
     * The next page; empty at the end or once closed.
     *
     * @throws QueryFailedException when DuckDB fails, or when the calling thread is interrupted
     *     (the query is then cancelled and the thread's interrupt flag stays set)
     */
    @Override
    public List<List<Object>> nextPage() {
        if (closed || exhausted) {
            return List.of();
        }
        try {
            return work.run(this::fetch, this::cancel);
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new QueryFailedException("local query cancelled");
        } catch (QueryFailedException e) {
            throw e;
        } catch (Exception e) {
            throw new QueryFailedException("local query failed: " + e.getMessage(), e);
        }
    }

    private List<List<Object>> fetch() {
        fetching.lock();
        try {
            if (closed || exhausted) {
                return List.of();
            }
            List<List<Object>> page = new ArrayList<>(Math.min(pageSize, 1024));
            int width = columns.size();
            if (rows == null) {
                rows = statement.executeQuery();
            }
            while (page.size() < pageSize) {
                if (!rows.next()) {
                    exhausted = true;
                    release();
                    break;
                }
                List<Object> row = new ArrayList<>(width);
                for (int i = 1; i <= width; i++) {
                    row.add(JdbcValues.plain(rows.getObject(i)));
                }
                page.add(row);
            }
            return page;
        } catch (SQLException e) {
            if (closed) {
                // cancelled by close() from another thread (the pager quit, Ctrl-C): not a failure
                return List.of();
            }
            closed = true;
            throw new QueryFailedException(DuckDbMessages.oneLine(e), e);
        } finally {
            fetching.unlock();
            releaseIfClosed();
        }
    }

    private void cancel() {
        try {
            statement.cancel();
        } catch (SQLException ignored) {
            // already finished or closed: nothing left to stop
        }
    }

    /**
     * Cancels the statement without waiting; the JDBC objects are released here when no fetch is
     * running, else by that fetch as soon as DuckDB returns from the cancelled work.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        cancel();
        releaseIfClosed();
    }

    /** Both the closer and a fetch that was running call this, so one of them always releases. */
    private void releaseIfClosed() {
        if (closed && fetching.tryLock()) {
            try {
                release();
            } finally {
                fetching.unlock();
            }
        }
    }

    private void release() {
        if (released) {
            return;
        }
        released = true;
        try {
            if (rows != null) {
                rows.close();
            }
        } catch (SQLException ignored) {
            // closing a cancelled result can complain; the connection below is what matters
        }
        try {
            statement.close();
        } catch (SQLException ignored) {
            // as above
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // as above
        }
        onClose.run();
    }
}

package dev.xacct.query.local;

import dev.xacct.query.QueryFailedException;
import dev.xacct.render.Column;
import dev.xacct.render.ResultStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A JDBC result read page by page: rows are fetched only when a page is asked for. Closing
 * before the end cancels the statement, so DuckDB stops scanning files.
 */
final class JdbcResultStream implements ResultStream {

    private final Connection connection;
    private final PreparedStatement statement;
    private ResultSet rows;
    private final List<Column> columns;
    private final int pageSize;
    private final Runnable onClose;
    private boolean exhausted;
    private volatile boolean closed;
    private boolean released;

    /** The statement is prepared, not yet executed: it runs on the first {@link #nextPage()}. */
    JdbcResultStream(Connection connection, PreparedStatement statement, int pageSize, Runnable onClose)
            throws SQLException {
        this.connection = connection;
        this.statement = statement;
        this.pageSize = pageSize;
        this.onClose = onClose;
        this.columns = columnsOf(statement.getMetaData());
    }

    static List<Column> columnsOf(ResultSetMetaData meta) throws SQLException {
        List<Column> columns = new ArrayList<>(meta.getColumnCount());
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(new Column(meta.getColumnLabel(i), meta.getColumnTypeName(i)));
        }
        return List.copyOf(columns);
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public synchronized List<List<Object>> nextPage() {
        if (closed || exhausted) {
            return List.of();
        }
        List<List<Object>> page = new ArrayList<>(Math.min(pageSize, 1024));
        int width = columns.size();
        try {
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
        } catch (SQLException e) {
            if (closed) {
                // cancelled by close() from another thread (the pager quit): not a failure
                release();
                return List.of();
            }
            closed = true;
            release();
            throw new QueryFailedException(DuckDbMessages.oneLine(e), e);
        }
        return page;
    }

    /**
     * Cancels first, without the lock, so a fetch blocked in another thread returns; then
     * releases under the lock, after that fetch has finished with the native result.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            statement.cancel();
        } catch (SQLException ignored) {
            // already finished or closed: nothing left to stop
        }
        synchronized (this) {
            release();
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

package dev.xacct.query.local;

import dev.xacct.render.Column;
import dev.xacct.render.ResultStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * A local query's rows, and what follows them: what to tell the user once they have been read
 * (how many malformed lines the tables' readers skipped, {@link #notices()}, asked after the
 * output is written, so a pager on screen is never disturbed), and what to do once the result is
 * closed (convert what the query read from the files into the cache, behind it).
 */
public final class LocalResult implements ResultStream {

    private final ResultStream rows;
    private final Supplier<List<String>> notices;
    private final Runnable afterClose;
    private boolean closed;

    LocalResult(ResultStream rows, Supplier<List<String>> notices, Runnable afterClose) {
        this.rows = rows;
        this.notices = notices;
        this.afterClose = afterClose;
    }

    @Override
    public List<Column> columns() {
        return rows.columns();
    }

    @Override
    public List<List<Object>> nextPage() {
        return rows.nextPage();
    }

    /** Closes the rows (a query still running is cancelled), then runs what follows, once. */
    @Override
    public void close() {
        rows.close();
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        afterClose.run();
    }

    /** One line per table with skipped lines, e.g. {@code alb_logs: skipped 2 malformed lines in 1 of 90 files; …}. */
    public List<String> notices() {
        return notices.get();
    }
}

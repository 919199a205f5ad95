package dev.xacct.render;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A result read page by page. Engines produce pages lazily; printers and the pager pull the
 * next page only when they need it, so no consumer has to hold the whole result.
 */
public interface ResultStream extends AutoCloseable {

    int DEFAULT_PAGE_SIZE = 1000;

    List<Column> columns();

    /** The next page of rows; an empty list means the result is exhausted. May block while the engine fetches. */
    List<List<Object>> nextPage();

    /** Stops producing rows; for a running query this cancels it. Safe to call twice. */
    @Override
    default void close() {}

    static ResultStream of(List<Column> columns, List<? extends List<?>> rows) {
        return fromIterator(columns, rows.iterator(), DEFAULT_PAGE_SIZE, () -> {});
    }

    static ResultStream fromIterator(
            List<Column> columns, Iterator<? extends List<?>> rows, int pageSize, Runnable onClose) {
        List<Column> fixed = List.copyOf(columns);
        return new ResultStream() {
            private boolean closed;

            @Override
            public List<Column> columns() {
                return fixed;
            }

            @Override
            public List<List<Object>> nextPage() {
                List<List<Object>> page = new ArrayList<>(Math.min(pageSize, 64));
                while (!closed && page.size() < pageSize && rows.hasNext()) {
                    page.add(new ArrayList<>(rows.next()));
                }
                return page;
            }

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    onClose.run();
                }
            }
        };
    }
}

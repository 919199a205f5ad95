package dev.xacct.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The rows of a result as the pager shows them (cells one line each, control characters visible),
 * pulled a page at a time and kept in a bounded window: rows are numbered from 0 for the whole
 * result, but only the most recent {@code capacity} (plus what is pinned on screen) stay in
 * memory. Going back further than the window is not possible; that is the price of paging a
 * million rows in a few MB. The table layout's widths come from the first page.
 */
final class RowWindow {

    private final ResultStream stream;
    private final int capacity;
    private final ArrayDeque<String[]> rows = new ArrayDeque<>();
    private final List<Column> columns;
    private final TableLayout table;
    private final VerticalLayout vertical;
    private long first;
    private long pinned;
    private long pagesRead;
    private boolean exhausted;

    RowWindow(ResultStream stream, int capacity) {
        this.stream = stream;
        this.capacity = Math.max(1, capacity);
        this.columns = stream.columns();
        this.table = new TableLayout(columns);
        this.vertical = new VerticalLayout(columns);
    }

    TableLayout table() {
        return table;
    }

    VerticalLayout vertical() {
        return vertical;
    }

    /** Pulls pages until row {@code index} exists or the result ends; false when it does not exist. */
    boolean ensure(long index) {
        while (!exhausted && index >= end()) {
            pull();
        }
        return index < end() && index >= first;
    }

    /** Rows before {@code index} may be dropped when the window is full; rows from it on are kept. */
    void pin(long index) {
        pinned = Math.max(first, index);
        trim();
    }

    String[] get(long index) {
        if (index < first || index >= end()) {
            throw new IndexOutOfBoundsException("row " + index + " is outside the window " + first + ".." + end());
        }
        long offset = index - first;
        // ArrayDeque has no get(i); the window is small and screens read it in order
        if (offset < rows.size() / 2) {
            Iterator<String[]> it = rows.iterator();
            for (long i = 0; i < offset; i++) {
                it.next();
            }
            return it.next();
        }
        Iterator<String[]> it = rows.descendingIterator();
        for (long i = rows.size() - 1; i > offset; i--) {
            it.next();
        }
        return it.next();
    }

    /** The rows {@code from}..{@code from+count-1} that exist, in order. */
    List<String[]> range(long from, int count) {
        ensure(from + count - 1);
        List<String[]> out = new ArrayList<>(Math.max(0, count));
        long start = Math.max(from, first);
        long stop = Math.min(from + count, end());
        if (start >= stop) {
            return out;
        }
        Iterator<String[]> it = rows.iterator();
        for (long i = first; i < start; i++) {
            it.next();
        }
        for (long i = start; i < stop; i++) {
            out.add(it.next());
        }
        return out;
    }

    long first() {
        return first;
    }

    /** One past the last row pulled so far (the row count once {@link #exhausted}). */
    long end() {
        return first + rows.size();
    }

    boolean exhausted() {
        return exhausted;
    }

    long pagesRead() {
        return pagesRead;
    }

    private void pull() {
        List<List<Object>> page = stream.nextPage();
        if (page.isEmpty()) {
            exhausted = true;
            return;
        }
        boolean firstPage = pagesRead == 0;
        pagesRead++;
        for (List<Object> row : page) {
            String[] cells = TableLayout.cells(row, columns.size());
            if (firstPage) {
                table.fit(cells);
            }
            rows.addLast(cells);
        }
        trim();
    }

    private void trim() {
        while (rows.size() > capacity && first < pinned) {
            rows.removeFirst();
            first++;
        }
    }
}

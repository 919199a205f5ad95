package dev.xacct.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The table lines of a result, rendered as pages are pulled and kept in a bounded window: lines
 * are numbered from 0 for the whole result, but only the most recent {@code capacity} (plus what
 * is pinned on screen) stay in memory. Going back further than the window is not possible; that is
 * the price of paging a million rows in a few MB.
 */
final class LineWindow {

    private final ResultStream stream;
    private final int capacity;
    private final ArrayDeque<String> lines = new ArrayDeque<>();
    private TableLines table;
    private long first;
    private long pinned;
    private long rows;
    private long pagesRead;
    private boolean exhausted;

    LineWindow(ResultStream stream, int capacity) {
        this.stream = stream;
        this.capacity = Math.max(1, capacity);
    }

    /** Pulls pages until line {@code index} exists or the result ends; false when it does not exist. */
    boolean ensure(long index) {
        while (!exhausted && index >= end()) {
            pull();
        }
        return index < end() && index >= first;
    }

    /** Lines before {@code index} may be dropped when the window is full; lines from it on are kept. */
    void pin(long index) {
        pinned = Math.max(first, index);
        trim();
    }

    String get(long index) {
        if (index < first || index >= end()) {
            throw new IndexOutOfBoundsException("line " + index + " is outside the window " + first + ".." + end());
        }
        // ArrayDeque has no get(i); the window is small and screens read it front to back
        long offset = index - first;
        if (offset < lines.size() / 2) {
            var it = lines.iterator();
            for (long i = 0; i < offset; i++) {
                it.next();
            }
            return it.next();
        }
        var it = lines.descendingIterator();
        for (long i = lines.size() - 1; i > offset; i--) {
            it.next();
        }
        return it.next();
    }

    /** The lines {@code from}..{@code from+count-1} that exist, in order. */
    List<String> range(long from, int count) {
        ensure(from + count - 1);
        List<String> out = new ArrayList<>(count);
        long start = Math.max(from, first);
        long stop = Math.min(from + count, end());
        if (start >= stop) {
            return out;
        }
        var it = lines.iterator();
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

    long end() {
        return first + lines.size();
    }

    boolean exhausted() {
        return exhausted;
    }

    long pagesRead() {
        return pagesRead;
    }

    private void pull() {
        if (table == null) {
            table = new TableLines(stream.columns());
        }
        List<List<Object>> page = stream.nextPage();
        if (page.isEmpty()) {
            exhausted = true;
            add(table.finish(rows));
            return;
        }
        pagesRead++;
        rows += page.size();
        add(table.rows(page));
    }

    private void add(List<String> more) {
        lines.addAll(more);
        trim();
    }

    private void trim() {
        while (lines.size() > capacity && first < pinned) {
            lines.removeFirst();
            first++;
        }
    }
}

package dev.xacct.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * What the pager shows and where it stands, without the terminal: the table with a cursor row
 * and a run of columns that fits the screen (scrolled sideways a column at a time), or the
 * vertical layout for all rows or for the cursor's row alone. Moves pull rows from the
 * {@link RowWindow} only as far as the screen needs.
 */
final class PagerView {

    enum Mode {
        TABLE,
        RECORDS,
        RECORD
    }

    private final RowWindow window;
    private final int windowRows;
    private Mode mode = Mode.TABLE;
    private long top;
    private long cursor;
    private int firstColumn;
    /** Vertical layouts: the first line on screen, counted over all records ({@code row * linesPerRecord + line}). */
    private long line;
    /** Vertical layouts: terminal columns scrolled off to the left. */
    private int shift;

    private Pattern search;
    private String searchText;
    private int width = 80;
    private int height = 24;

    PagerView(RowWindow window, int windowRows) {
        this.window = window;
        this.windowRows = windowRows;
    }

    void resize(int width, int height) {
        this.width = Math.max(10, width);
        this.height = Math.max(3, height);
    }

    Mode mode() {
        return mode;
    }

    // ---------------------------------------------------------------- moving

    /** Returns a notice to show instead of the status, or null. */
    String down() {
        if (mode != Mode.TABLE) {
            if (exists(line + body())) {
                line++;
            }
            return null;
        }
        if (window.ensure(cursor + 1)) {
            cursor++;
            if (cursor >= top + body()) {
                top = cursor - body() + 1;
            }
            window.pin(top);
        }
        return null;
    }

    String up() {
        if (mode != Mode.TABLE) {
            return moveLineTo(line - 1);
        }
        return moveCursorTo(cursor - 1, Math.min(top, cursor - 1));
    }

    String nextPage() {
        int body = body();
        if (mode != Mode.TABLE) {
            exists(line + 2L * body - 1);
            long limit = (window.exhausted() ? linesEnd() : lineEnd()) - body;
            line = Math.max(line, Math.min(line + body, limit));
            window.pin(line / perRecord());
            return null;
        }
        window.pin(top);
        window.ensure(top + 2L * body - 1);
        long newTop = top + body;
        if (window.exhausted()) {
            newTop = Math.min(newTop, Math.max(top, maxTop()));
        }
        cursor = Math.max(0, Math.min(cursor + body, window.end() - 1));
        top = newTop;
        if (cursor < top) {
            cursor = top;
        }
        window.pin(top);
        return null;
    }

    String previousPage() {
        if (mode != Mode.TABLE) {
            return moveLineTo(line - body());
        }
        return moveCursorTo(cursor - body(), top - body());
    }

    String first() {
        return mode == Mode.TABLE ? moveCursorTo(0, 0) : moveLineTo(lineStart());
    }

    String last() {
        while (window.ensure(window.end())) {
            window.pin(Math.max(window.first(), window.end() - body()));
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
        }
        if (mode == Mode.TABLE) {
            cursor = Math.max(window.first(), window.end() - 1);
            top = maxTop();
        } else {
            line = Math.max(lineStart(), maxLine());
        }
        return null;
    }

    String left() {
        if (mode == Mode.TABLE) {
            firstColumn = Math.max(0, firstColumn - 1);
        } else {
            shift = Math.max(0, shift - width / 2);
        }
        return null;
    }

    String right() {
        if (mode == Mode.TABLE) {
            if (lastColumn() < window.table().columnCount()) {
                firstColumn++;
            }
        } else {
            shift += width / 2;
        }
        return null;
    }

    /** {@code v}: the cursor's row in the vertical layout, or back to the table. */
    String toggleRecord() {
        if (mode == Mode.RECORD) {
            return back();
        }
        if (mode == Mode.RECORDS) {
            cursor = line / perRecord();
        }
        if (!window.ensure(cursor)) {
            return "no rows";
        }
        mode = Mode.RECORD;
        line = cursor * perRecord();
        shift = 0;
        return null;
    }

    /** {@code V}: every row in the vertical layout, from the cursor's on, or back to the table. */
    String toggleAllRecords() {
        if (mode == Mode.RECORDS) {
            return back();
        }
        mode = Mode.RECORDS;
        line = cursor * perRecord();
        shift = 0;
        return null;
    }

    /** Back to the table, the cursor on the row that was on top. */
    String back() {
        if (mode == Mode.TABLE) {
            return null;
        }
        if (mode == Mode.RECORDS) {
            cursor = Math.max(window.first(), Math.min(line / perRecord(), window.end() - 1));
        }
        mode = Mode.TABLE;
        if (cursor < top || cursor >= top + body()) {
            top = cursor;
        }
        window.pin(top);
        return null;
    }

    // ---------------------------------------------------------------- searching

    /** Sets the search ({@code null} or empty keeps the last one) and moves to the next match. */
    String search(String text) {
        if (text != null && !text.isEmpty()) {
            searchText = text;
            search = pattern(text);
        }
        if (search == null) {
            return "No previous search";
        }
        long from = mode == Mode.RECORDS ? line / perRecord() : cursor;
        for (long r = from + 1; window.ensure(r); r++) {
            window.pin(r);
            String[] cells = window.get(r);
            for (int c = 0; c < cells.length; c++) {
                if (search.matcher(cells[c]).find()) {
                    moveToMatch(r, c);
                    return null;
                }
            }
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
        }
        top = Math.max(top, window.first());
        cursor = Math.max(cursor, top);
        line = Math.max(line, lineStart());
        return "Pattern not found: " + searchText;
    }

    private void moveToMatch(long row, int column) {
        switch (mode) {
            case TABLE -> {
                cursor = row;
                if (row < top || row >= top + body()) {
                    top = row;
                }
                // a match in a column off screen: scroll to it, so what is found is what is shown
                if (column < firstColumn || column >= lastColumn()) {
                    firstColumn = column;
                }
            }
            case RECORDS -> line = row * perRecord();
            case RECORD -> {
                cursor = row;
                line = row * perRecord();
            }
        }
        window.pin(mode == Mode.TABLE ? top : line / perRecord());
    }

    /** Smart case, as in less -i: lower-case text matches either case. */
    static Pattern pattern(String text) {
        boolean anyUpper = !text.equals(text.toLowerCase(Locale.ROOT));
        return Pattern.compile(Pattern.quote(text), anyUpper ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    // ---------------------------------------------------------------- drawing

    /** The lines above the status line, cut to the screen's width. */
    List<AttributedString> screen() {
        List<String> lines = mode == Mode.TABLE ? tableLines() : verticalLines();
        List<AttributedString> shown = new ArrayList<>(lines.size());
        int headerLines = mode == Mode.TABLE ? 2 : 0;
        int from = mode == Mode.TABLE ? 0 : shift;
        for (int i = 0; i < lines.size(); i++) {
            AttributedString text = new AttributedString(lines.get(i));
            if (search != null && i >= headerLines) {
                text = text.styleMatches(search, AttributedStyle.INVERSE);
            }
            shown.add(text.columnSubSequence(from, from + width));
        }
        return shown;
    }

    /** Where the view stands and the keys that matter there. */
    String status() {
        return switch (mode) {
            case TABLE -> {
                long shown = Math.max(0, Math.min(top + body(), window.end()) - top);
                boolean end = window.exhausted() && top + shown >= window.end();
                String rows = shown == 0 ? "no rows" : "rows " + (top + 1) + "-" + (top + shown);
                yield rows
                        + (end ? " of " + window.end() : "")
                        + columnsMarker()
                        + (end
                                ? "  (END)  v: row  ?: keys  q: quit"
                                : "  space: more  /: find  v: row  ?: keys  q: quit");
            }
            case RECORDS ->
                "record " + (line / perRecord() + 1) + (window.exhausted() ? " of " + window.end() : "")
                        + (line + body() >= linesEnd() && window.exhausted() ? "  (END)" : "")
                        + "  V: table  space: more  /: find  q: quit";
            case RECORD -> "row " + (cursor + 1) + " vertically  v or Esc: back to the table  ↑/↓: scroll  q: quit";
        };
    }

    /** {@code columns 1–4 of 10 →} when the table is wider than the screen; empty when every column shows. */
    String columnsMarker() {
        int count = window.table().columnCount();
        int to = lastColumn();
        if (firstColumn == 0 && to >= count) {
            return "";
        }
        return "  " + (firstColumn > 0 ? "← " : "") + "columns " + (firstColumn + 1) + "–" + to + " of " + count
                + (to < count ? " →" : "");
    }

    private List<String> tableLines() {
        TableLayout table = window.table();
        int to = lastColumn();
        List<String> lines = new ArrayList<>(height);
        lines.add(table.header(firstColumn, to));
        lines.add(table.rule(firstColumn, to));
        int body = body();
        window.ensure(top + body - 1);
        List<String[]> rows = window.range(top, body);
        for (int i = 0; i < body; i++) {
            long r = top + i;
            if (i < rows.size()) {
                String text = table.row(rows.get(i), firstColumn, to);
                // one column is a text (a report) more than a table: no cursor row to point at
                boolean marked = r == cursor && table.columnCount() > 1;
                lines.add(marked ? ">" + (text.isEmpty() ? "" : text.substring(1)) : text);
            } else if (window.exhausted() && r == window.end()) {
                lines.add(TableLines.rowCount(window.end()));
            } else {
                lines.add("~");
            }
        }
        return lines;
    }

    private List<String> verticalLines() {
        int per = perRecord();
        List<String> lines = new ArrayList<>(height);
        long cachedRow = -1;
        List<String> record = List.of();
        for (int i = 0; i < body(); i++) {
            long q = line + i;
            long row = q / per;
            if (q >= lineEnd()) {
                lines.add(
                        mode == Mode.RECORDS && window.exhausted() && q == linesEnd() - 1
                                ? TableLines.rowCount(window.end())
                                : "~");
                continue;
            }
            if (row != cachedRow) {
                record = window.vertical().record(row + 1, window.get(row));
                cachedRow = row;
            }
            lines.add(record.get((int) (q % per)));
        }
        return lines;
    }

    // ---------------------------------------------------------------- geometry

    /** Screen lines that scroll: table rows under the header, or vertical lines. */
    int body() {
        return Math.max(1, height - 1 - (mode == Mode.TABLE ? 2 : 0));
    }

    /** One past the last column that fits from {@link #firstColumn} (at least one column shows). */
    int lastColumn() {
        TableLayout table = window.table();
        int to = Math.min(firstColumn + 1, table.columnCount());
        while (to < table.columnCount() && table.width(firstColumn, to + 1) <= width) {
            to++;
        }
        return to;
    }

    /** The last top row: the final screen ends with the row count. */
    private long maxTop() {
        return Math.max(window.first(), window.end() + 1 - body());
    }

    private int perRecord() {
        return window.vertical().linesPerRecord();
    }

    private long lineStart() {
        return mode == Mode.RECORD ? cursor * perRecord() : window.first() * perRecord();
    }

    /** One past the last line of records that exists now ({@link #linesEnd} counts the row count too). */
    private long lineEnd() {
        return mode == Mode.RECORD ? (cursor + 1) * perRecord() : window.end() * perRecord();
    }

    /** Every line of the vertical view once the result is read: the records, then the row count. */
    private long linesEnd() {
        return mode == Mode.RECORD ? lineEnd() : lineEnd() + 1;
    }

    private long maxLine() {
        return Math.max(lineStart(), linesEnd() - body());
    }

    /** Whether vertical line {@code q} exists, pulling rows as needed. */
    private boolean exists(long q) {
        if (mode == Mode.RECORD) {
            return q < lineEnd();
        }
        window.ensure(q / perRecord());
        return q < lineEnd() || (window.exhausted() && q < linesEnd());
    }

    private String moveLineTo(long target) {
        long start = lineStart();
        String notice = null;
        if (target < start && mode == Mode.RECORDS && window.first() > 0) {
            notice = limitNotice();
        }
        line = Math.max(start, Math.min(target, Math.max(line, maxLine())));
        return notice;
    }

    private String moveCursorTo(long targetCursor, long targetTop) {
        String notice = null;
        long oldest = window.first();
        if ((targetCursor < oldest || targetTop < oldest) && oldest > 0) {
            notice = limitNotice();
        }
        cursor = Math.max(oldest, targetCursor);
        top = Math.max(oldest, Math.min(targetTop, cursor));
        window.pin(top);
        return notice;
    }

    private String limitNotice() {
        return "earlier rows are no longer kept (the pager keeps the last " + windowRows + ")";
    }
}

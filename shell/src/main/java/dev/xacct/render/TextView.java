package dev.xacct.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * What the {@link TextPager} shows and where it stands, without the terminal: a text document
 * whose lines are wrapped to the screen's width (never cut, so a long command stays whole), with
 * an optional first line pinned on top (a diagnosis' verdict) while the rest scrolls a screen row
 * at a time.
 */
final class TextView {

    /** One screen row: part of a logical line, and whether the line goes on in the next row. */
    record Row(int line, AttributedString text, boolean continues) {}

    static final String HELP =
            "space/b page  ↑↓ line  / find  n next  g/G ends  q quit  (lines wrap: nothing to scroll sideways)";

    private final String pinned;
    private final List<String> lines;
    private int width = 80;
    private int height = 24;
    private List<Row> rows = List.of();
    private List<Row> pinnedRows = List.of();
    /** The first body row on screen. */
    private int top;

    private String searchText;

    /** @param pinned the line kept on top, or null for none; @param lines the rest, made terminal-safe by the caller */
    TextView(String pinned, List<String> lines) {
        this.pinned = pinned == null || pinned.isBlank() ? null : pinned;
        this.lines = List.copyOf(lines);
        layout();
    }

    void resize(int width, int height) {
        int w = Math.max(10, width);
        int h = Math.max(3, height);
        if (w == this.width && h == this.height) return;
        int line = rows.isEmpty() ? 0 : rows.get(Math.min(top, rows.size() - 1)).line();
        this.width = w;
        this.height = h;
        layout();
        top = clamp(firstRowOf(line));
    }

    /** Whether the whole document fits on one screen above the prompt (then it is printed, not paged). */
    boolean fits() {
        return pinnedRows.size() + rows.size() <= height - 1;
    }

    // ---------------------------------------------------------------- moving

    String down() {
        top = clamp(top + 1);
        return null;
    }

    String up() {
        top = clamp(top - 1);
        return null;
    }

    /**
     * A screen further on; a line cut at the bottom of this screen starts the next one when it
     * fits on a screen, so every command that fits is seen (and copied) whole at some point.
     */
    String nextPage() {
        int next = top + body();
        if (next < rows.size() && rows.get(next).line() == rows.get(next - 1).line()) {
            int line = rows.get(next).line();
            int start = firstRowOf(line);
            if (start > top && firstRowOf(line + 1) - start <= body()) next = start;
        }
        top = clamp(next);
        return null;
    }

    String previousPage() {
        top = clamp(top - body());
        return null;
    }

    String first() {
        top = 0;
        return null;
    }

    String last() {
        top = clamp(Integer.MAX_VALUE);
        return null;
    }

    /**
     * Moves to the next line below the top one that contains {@code text} (case-insensitive), or
     * with null to the next match of the last search. Returns a notice when nothing matches.
     */
    String search(String text) {
        if (text != null && !text.isEmpty()) searchText = text;
        if (searchText == null) return "type / and the text to find";
        String wanted = searchText.toLowerCase(Locale.ROOT);
        int from = rows.isEmpty() ? 0 : rows.get(top).line() + 1;
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).toLowerCase(Locale.ROOT).contains(wanted)) {
                top = clamp(firstRowOf(i));
                return null;
            }
        }
        return "no more lines with '" + searchText + "'";
    }

    // ---------------------------------------------------------------- drawing

    /** The pinned rows (bold), then the body rows on screen; the status line comes below. */
    List<Row> screen() {
        List<Row> shown = new ArrayList<>(pinnedRows);
        shown.addAll(rows.subList(top, Math.min(rows.size(), top + body())));
        return shown;
    }

    /** Which lines are on screen, e.g. {@code lines 12–30 of 45}, and {@code (END)} at the bottom. */
    String status() {
        if (rows.isEmpty()) return "(END)";
        int offset = pinned == null ? 1 : 2;
        int firstLine = rows.get(top).line() + offset;
        int lastLine = rows.get(Math.min(rows.size(), top + body()) - 1).line() + offset;
        int total = lines.size() + offset - 1;
        String where = "lines " + firstLine + "–" + lastLine + " of " + total;
        return where + (top + body() >= rows.size() ? "  (END)" : "") + "  " + HELP;
    }

    int top() {
        return top;
    }

    private int body() {
        return Math.max(1, height - 1 - pinnedRows.size());
    }

    private int clamp(int row) {
        return Math.max(0, Math.min(row, rows.size() - body()));
    }

    private int firstRowOf(int line) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).line() >= line) return i;
        }
        return rows.size();
    }

    private void layout() {
        List<Row> wrapped = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            wrap(i, new AttributedString(lines.get(i)), wrapped);
        }
        rows = wrapped;
        if (pinned == null) {
            pinnedRows = List.of();
        } else {
            List<Row> head = new ArrayList<>();
            wrap(-1, new AttributedString(pinned, AttributedStyle.BOLD), head);
            // a verdict longer than a third of the screen is cut there: the rest stays in the body
            pinnedRows = head.subList(0, Math.min(head.size(), Math.max(1, height / 3)));
        }
    }

    /** Splits a line into rows of at most {@link #width} terminal columns (wide characters count two). */
    private void wrap(int line, AttributedString text, List<Row> into) {
        int length = text.columnLength();
        if (length <= width) {
            into.add(new Row(line, text, false));
            return;
        }
        int start = 0;
        while (start < length) {
            AttributedString part = text.columnSubSequence(start, Math.min(length, start + width));
            int taken = Math.max(1, part.columnLength());
            start += taken;
            into.add(new Row(line, part, start < length));
        }
    }
}

package dev.xacct.render;

import java.util.List;

/**
 * The aligned table's geometry: each column's width, and how the header, the rule under it and a
 * row read for a run of columns. The printer draws every column; the pager draws the run that fits
 * the screen and scrolls it sideways. Widths come from the names and the first batch of rows, so a
 * streamed result is laid out as it arrives; a later, longer cell overflows its column rather than
 * moving the columns already on screen.
 */
final class TableLayout {

    private final List<Column> columns;
    private final String[] names;
    private final int[] widths;

    TableLayout(List<Column> columns) {
        this.columns = List.copyOf(columns);
        this.names = new String[this.columns.size()];
        this.widths = new int[this.columns.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = CellText.oneLine(this.columns.get(i).name());
            widths[i] = CellText.width(names[i]);
        }
    }

    /** A row's cells as they are shown: one line each, control characters visible. */
    static String[] cells(List<Object> row, int count) {
        String[] cells = new String[count];
        for (int i = 0; i < count; i++) {
            cells[i] = CellText.oneLine(CellText.of(i < row.size() ? row.get(i) : null));
        }
        return cells;
    }

    /** Widens the columns to fit these cells. */
    void fit(String[] cells) {
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(widths[i], CellText.width(cells[i]));
        }
    }

    int columnCount() {
        return widths.length;
    }

    String name(int column) {
        return names[column];
    }

    /** Terminal cells a line of columns {@code from} (inclusive) to {@code to} (exclusive) takes. */
    int width(int from, int to) {
        int width = 2;
        for (int i = from; i < to; i++) {
            width += widths[i] + (i > from ? 3 : 0);
        }
        return width;
    }

    /** Whether a line of every column is wider than a screen {@code columns} cells wide, so it would wrap there. */
    boolean wrapsOn(int columns) {
        return width(0, columnCount()) > columns;
    }

    String header(int from, int to) {
        StringBuilder header = new StringBuilder(" ");
        for (int i = from; i < to; i++) {
            if (i > from) {
                header.append(" | ");
            }
            header.append(center(names[i], widths[i]));
        }
        return header.toString().stripTrailing();
    }

    String rule(int from, int to) {
        StringBuilder rule = new StringBuilder("-");
        for (int i = from; i < to; i++) {
            if (i > from) {
                rule.append("-+-");
            }
            rule.append("-".repeat(widths[i]));
        }
        return rule.append('-').toString();
    }

    String row(String[] cells, int from, int to) {
        StringBuilder text = new StringBuilder(" ");
        for (int i = from; i < to; i++) {
            if (i > from) {
                text.append(" | ");
            }
            int pad = Math.max(0, widths[i] - CellText.width(cells[i]));
            if (columns.get(i).isNumeric()) {
                text.append(" ".repeat(pad)).append(cells[i]);
            } else {
                text.append(cells[i]).append(" ".repeat(pad));
            }
        }
        return text.toString().stripTrailing();
    }

    private static String center(String text, int width) {
        int pad = Math.max(0, width - CellText.width(text));
        int left = pad / 2;
        return " ".repeat(left) + text + " ".repeat(pad - left);
    }
}

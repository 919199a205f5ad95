package dev.xacct.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The aligned table as lines of text: the one table formatter, used by the printer (which prints
 * the lines) and by the pager (which keeps a window of them). Column widths come from the first
 * batch, so a streamed result is formatted as it arrives; the header goes out once, before the
 * first row.
 */
final class TableLines {

    private final List<Column> columns;
    private final int[] widths;
    private boolean headerDone;

    TableLines(List<Column> columns) {
        this.columns = List.copyOf(columns);
        this.widths = new int[this.columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = CellText.width(this.columns.get(i).name());
        }
    }

    /** The lines for a batch of rows, preceded by the header the first time. */
    List<String> rows(List<List<Object>> batch) {
        List<String[]> cells = new ArrayList<>(batch.size());
        for (List<Object> row : batch) {
            String[] line = new String[columns.size()];
            for (int i = 0; i < line.length; i++) {
                line[i] = CellText.oneLine(CellText.of(i < row.size() ? row.get(i) : null));
                if (!headerDone) {
                    widths[i] = Math.max(widths[i], CellText.width(line[i]));
                }
            }
            cells.add(line);
        }
        List<String> lines = new ArrayList<>(cells.size() + 2);
        header(lines);
        for (String[] line : cells) {
            lines.add(rowLine(line));
        }
        return lines;
    }

    /** The closing lines: the header if no row came, then the row count. */
    List<String> finish(long rowCount) {
        List<String> lines = new ArrayList<>(3);
        header(lines);
        lines.add("(" + rowCount + (rowCount == 1 ? " row)" : " rows)"));
        return lines;
    }

    private void header(List<String> lines) {
        if (headerDone) {
            return;
        }
        headerDone = true;
        StringBuilder header = new StringBuilder();
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                header.append(" | ");
                rule.append("-+-");
            }
            header.append(center(columns.get(i).name(), widths[i]));
            rule.append("-".repeat(widths[i]));
        }
        lines.add((" " + header).stripTrailing());
        lines.add("-" + rule + "-");
    }

    private String rowLine(String[] line) {
        StringBuilder text = new StringBuilder(" ");
        for (int i = 0; i < line.length; i++) {
            if (i > 0) {
                text.append(" | ");
            }
            int pad = Math.max(0, widths[i] - CellText.width(line[i]));
            if (columns.get(i).isNumeric()) {
                text.append(" ".repeat(pad)).append(line[i]);
            } else {
                text.append(line[i]).append(" ".repeat(pad));
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

package dev.xacct.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The aligned table as lines of text, every column: what the table printer prints. Column widths
 * come from the first batch ({@link TableLayout}), so a streamed result is formatted as it
 * arrives; the header goes out once, before the first row.
 */
final class TableLines {

    private final TableLayout layout;
    private boolean headerDone;

    TableLines(List<Column> columns) {
        this.layout = new TableLayout(columns);
    }

    /** The lines for a batch of rows, preceded by the header the first time. */
    List<String> rows(List<List<Object>> batch) {
        List<String[]> cells = new ArrayList<>(batch.size());
        for (List<Object> row : batch) {
            String[] line = TableLayout.cells(row, layout.columnCount());
            if (!headerDone) {
                layout.fit(line);
            }
            cells.add(line);
        }
        List<String> lines = new ArrayList<>(cells.size() + 2);
        header(lines);
        for (String[] line : cells) {
            lines.add(layout.row(line, 0, layout.columnCount()));
        }
        return lines;
    }

    /** The closing lines: the header if no row came, then the row count. */
    List<String> finish(long rowCount) {
        List<String> lines = new ArrayList<>(3);
        header(lines);
        lines.add(rowCount(rowCount));
        return lines;
    }

    static String rowCount(long rowCount) {
        return "(" + rowCount + (rowCount == 1 ? " row)" : " rows)");
    }

    private void header(List<String> lines) {
        if (headerDone) {
            return;
        }
        headerDone = true;
        lines.add(layout.header(0, layout.columnCount()));
        lines.add(layout.rule(0, layout.columnCount()));
    }
}

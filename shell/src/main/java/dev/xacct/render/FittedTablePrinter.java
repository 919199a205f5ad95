package dev.xacct.render;

import java.io.PrintWriter;
import java.util.List;

/**
 * The table on a terminal of known width, as Trino CLI's {@code AUTO} format and psql's
 * {@code \x auto} do it: the aligned table when its rows fit the screen, the vertical layout when
 * they would wrap into unreadable two-line rows. Decided once, on the first batch (which also
 * sizes the table's columns, {@link TableLayout}), so a streamed result keeps one layout. A
 * single column, or no rows, stays a table (there is nothing to lay out vertically).
 */
final class FittedTablePrinter implements RowPrinter {

    private final PrintWriter out;
    private final int screenColumns;
    private List<Column> columns;
    private RowPrinter chosen;

    /** @param screenColumns the terminal's width in cells */
    FittedTablePrinter(PrintWriter out, int screenColumns) {
        this.out = out;
        this.screenColumns = screenColumns;
    }

    @Override
    public void begin(List<Column> columns) {
        this.columns = columns;
    }

    @Override
    public void rows(List<List<Object>> batch) {
        if (chosen == null) {
            chosen = wouldWrap(batch) ? new VerticalPrinter(out) : new AlignedTablePrinter(out);
            chosen.begin(columns);
        }
        chosen.rows(batch);
    }

    @Override
    public void finish(long rowCount) {
        if (chosen == null) {
            chosen = new AlignedTablePrinter(out);
            chosen.begin(columns);
        }
        chosen.finish(rowCount);
    }

    private boolean wouldWrap(List<List<Object>> firstBatch) {
        if (columns.size() < 2 || firstBatch.isEmpty()) {
            return false;
        }
        TableLayout layout = new TableLayout(columns);
        for (List<Object> row : firstBatch) {
            layout.fit(TableLayout.cells(row, layout.columnCount()));
        }
        return layout.wrapsOn(screenColumns);
    }
}

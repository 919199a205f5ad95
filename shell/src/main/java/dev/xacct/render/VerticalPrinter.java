package dev.xacct.render;

import java.io.PrintWriter;
import java.util.List;

/** One record per block, one {@code name | value} line per column ({@link VerticalLayout}); for wide rows. */
final class VerticalPrinter implements RowPrinter {

    private final PrintWriter out;
    private VerticalLayout layout;
    private long printed;

    VerticalPrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void begin(List<Column> columns) {
        this.layout = new VerticalLayout(columns);
    }

    @Override
    public void rows(List<List<Object>> batch) {
        for (List<Object> row : batch) {
            printed++;
            layout.record(printed, TableLayout.cells(row, layout.columnCount())).forEach(out::println);
        }
        out.flush();
    }

    @Override
    public void finish(long rowCount) {
        if (rowCount == 0) {
            out.println("(0 rows)");
        }
        out.flush();
    }
}

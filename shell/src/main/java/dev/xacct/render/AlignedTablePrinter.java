package dev.xacct.render;

import java.io.PrintWriter;
import java.util.List;

/** An aligned text table, printed batch by batch as the rows arrive (the layout is {@link TableLines}'). */
final class AlignedTablePrinter implements RowPrinter {

    private final PrintWriter out;
    private TableLines table;

    AlignedTablePrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void begin(List<Column> columns) {
        this.table = new TableLines(columns);
    }

    @Override
    public void rows(List<List<Object>> batch) {
        print(table.rows(batch));
    }

    @Override
    public void finish(long rowCount) {
        print(table.finish(rowCount));
    }

    private void print(List<String> lines) {
        for (String line : lines) {
            out.println(line);
        }
        out.flush();
    }
}

package dev.xacct.render;

import java.io.PrintWriter;
import java.util.List;

/** One record per block, one {@code name | value} line per column; for wide rows. */
final class VerticalPrinter implements RowPrinter {

    private final PrintWriter out;
    private List<Column> columns = List.of();
    private int nameWidth;
    private long printed;

    VerticalPrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void begin(List<Column> columns) {
        this.columns = List.copyOf(columns);
        this.nameWidth =
                columns.stream().mapToInt(c -> CellText.width(c.name())).max().orElse(0);
    }

    @Override
    public void rows(List<List<Object>> batch) {
        for (List<Object> row : batch) {
            printed++;
            String title = "-[ RECORD " + printed + " ]";
            out.println(title + "-".repeat(Math.max(0, nameWidth + 3 - title.length())));
            for (int i = 0; i < columns.size(); i++) {
                String name = columns.get(i).name();
                String value = CellText.oneLine(CellText.of(i < row.size() ? row.get(i) : null));
                out.println((name + " ".repeat(nameWidth - CellText.width(name)) + " | " + value).stripTrailing());
            }
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

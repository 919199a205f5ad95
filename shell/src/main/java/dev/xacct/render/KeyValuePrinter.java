package dev.xacct.render;

import java.io.PrintWriter;
import java.util.List;

/** {@code name: value} lines for a single record, names aligned. */
final class KeyValuePrinter implements RowPrinter {

    private final PrintWriter out;

    KeyValuePrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void begin(List<Column> columns) {}

    @Override
    public void rows(List<List<Object>> batch) {
        int width = batch.stream()
                .mapToInt(r -> CellText.width(CellText.oneLine(CellText.of(r.get(0)))))
                .max()
                .orElse(0);
        for (List<Object> row : batch) {
            String name = CellText.oneLine(CellText.of(row.get(0)));
            out.println((name + ":" + " ".repeat(width - CellText.width(name) + 1)
                            + CellText.oneLine(CellText.of(row.get(1))))
                    .stripTrailing());
        }
        out.flush();
    }

    @Override
    public void finish(long rowCount) {
        out.flush();
    }
}

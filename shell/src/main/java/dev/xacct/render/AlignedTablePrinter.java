package dev.xacct.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * An aligned text table. Column widths come from each batch, so a streamed result is printed
 * as it arrives (the header is printed once, with the first batch's widths).
 */
final class AlignedTablePrinter implements RowPrinter {

    private final PrintWriter out;
    private List<Column> columns = List.of();
    private int[] widths;
    private boolean headerPrinted;

    AlignedTablePrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void begin(List<Column> columns) {
        this.columns = List.copyOf(columns);
        this.widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = CellText.width(columns.get(i).name());
        }
    }

    @Override
    public void rows(List<List<Object>> batch) {
        List<String[]> cells = new ArrayList<>(batch.size());
        for (List<Object> row : batch) {
            String[] line = new String[columns.size()];
            for (int i = 0; i < line.length; i++) {
                line[i] = CellText.oneLine(CellText.of(i < row.size() ? row.get(i) : null));
                if (!headerPrinted) {
                    widths[i] = Math.max(widths[i], CellText.width(line[i]));
                }
            }
            cells.add(line);
        }
        printHeaderOnce();
        for (String[] line : cells) {
            printLine(line);
        }
        out.flush();
    }

    @Override
    public void finish(long rowCount) {
        printHeaderOnce();
        out.println("(" + rowCount + (rowCount == 1 ? " row)" : " rows)"));
        out.flush();
    }

    private void printHeaderOnce() {
        if (headerPrinted) {
            return;
        }
        headerPrinted = true;
        String[] names = columns.stream().map(Column::name).toArray(String[]::new);
        StringBuilder header = new StringBuilder();
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            if (i > 0) {
                header.append(" | ");
                rule.append("-+-");
            }
            header.append(center(names[i], widths[i]));
            rule.append("-".repeat(widths[i]));
        }
        out.println(" " + stripTrailing(header.toString()));
        out.println("-" + rule + "-");
    }

    private void printLine(String[] line) {
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
        out.println(stripTrailing(text.toString()));
    }

    private static String center(String text, int width) {
        int pad = Math.max(0, width - CellText.width(text));
        int left = pad / 2;
        return " ".repeat(left) + text + " ".repeat(pad - left);
    }

    private static String stripTrailing(String text) {
        return text.stripTrailing();
    }
}

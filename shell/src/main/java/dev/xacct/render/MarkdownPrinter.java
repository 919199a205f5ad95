package dev.xacct.render;

import java.io.PrintWriter;
import java.util.List;

/** A GitHub-flavoured Markdown table, ready to paste into a ticket. */
final class MarkdownPrinter implements RowPrinter {

    private final PrintWriter out;
    private List<Column> columns = List.of();

    MarkdownPrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void begin(List<Column> columns) {
        this.columns = List.copyOf(columns);
        StringBuilder header = new StringBuilder("|");
        StringBuilder rule = new StringBuilder("|");
        for (Column column : columns) {
            header.append(' ').append(escape(column.name())).append(" |");
            rule.append(column.isNumeric() ? " ---: |" : " --- |");
        }
        out.println(header);
        out.println(rule);
    }

    @Override
    public void rows(List<List<Object>> batch) {
        for (List<Object> row : batch) {
            StringBuilder line = new StringBuilder("|");
            for (int i = 0; i < columns.size(); i++) {
                line.append(' ')
                        .append(escape(CellText.of(i < row.size() ? row.get(i) : null)))
                        .append(" |");
            }
            out.println(line);
        }
        out.flush();
    }

    @Override
    public void finish(long rowCount) {
        out.flush();
    }

    private static String escape(String text) {
        return CellText.oneLine(text).replace("|", "\\|");
    }
}

package dev.xacct.render;

import java.io.PrintWriter;
import java.util.List;

/** CSV (RFC 4180 quoting) or TSV (escaped tabs and newlines), with a header line. */
final class DelimitedPrinter implements RowPrinter {

    private final PrintWriter out;
    private final char separator;

    private DelimitedPrinter(PrintWriter out, char separator) {
        this.out = out;
        this.separator = separator;
    }

    static DelimitedPrinter csv(PrintWriter out) {
        return new DelimitedPrinter(out, ',');
    }

    static DelimitedPrinter tsv(PrintWriter out) {
        return new DelimitedPrinter(out, '\t');
    }

    @Override
    public void begin(List<Column> columns) {
        printLine(columns.stream().<Object>map(Column::name).toList());
    }

    @Override
    public void rows(List<List<Object>> batch) {
        for (List<Object> row : batch) {
            printLine(row);
        }
        out.flush();
    }

    @Override
    public void finish(long rowCount) {
        out.flush();
    }

    private void printLine(List<Object> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(separator);
            }
            Object value = values.get(i);
            line.append(value == null ? "" : escape(CellText.of(value)));
        }
        out.print(line);
        out.print('\n');
    }

    private String escape(String text) {
        if (separator == '\t') {
            return text.replace("\\", "\\\\")
                    .replace("\t", "\\t")
                    .replace("\n", "\\n")
                    .replace("\r", "\\r");
        }
        boolean quote = text.indexOf(',') >= 0
                || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0
                || (!text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' '));
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}

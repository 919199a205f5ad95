package dev.xacct.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes what a command produced in the format the user asked for: a streamed result, one
 * record (e.g. {@code whoami}), or a document that already has a JSON shape.
 */
public final class Renderer {

    private final PrintWriter out;

    public Renderer(PrintWriter out) {
        this.out = out;
    }

    public PrintWriter out() {
        return out;
    }

    /** Streams every row through the printer, a page at a time; closes the stream. Returns the row count. */
    public long print(ResultStream result, OutputFormat format) {
        try (result) {
            RowPrinter printer = Printers.forFormat(format, out);
            printer.begin(result.columns());
            long count = 0;
            for (List<List<Object>> page = result.nextPage(); !page.isEmpty(); page = result.nextPage()) {
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
                printer.rows(page);
                count += page.size();
            }
            printer.finish(count);
            return count;
        }
    }

    /**
     * One record. As JSON it is one object (not an array); as a table it reads as
     * {@code field | value} lines; csv/tsv/markdown get a one-row table.
     */
    public void printRecord(Map<String, ?> record, OutputFormat format) {
        switch (format) {
            case JSON -> JsonPrinter.writeDocument(out, record);
            case TABLE, VERTICAL -> {
                List<List<Object>> rows = new ArrayList<>();
                record.forEach((k, v) -> rows.add(java.util.Arrays.asList(k, v)));
                RowPrinter printer = new KeyValuePrinter(out);
                printer.begin(List.of(Column.text("field"), Column.text("value")));
                printer.rows(rows);
                printer.finish(rows.size());
            }
            default -> {
                List<Column> columns =
                        record.keySet().stream().map(Column::text).toList();
                print(ResultStream.of(columns, List.of(new ArrayList<Object>(record.values()))), format);
            }
        }
    }

    /** A list of records with the same keys, e.g. {@code sessions}; JSON gets an array of objects. */
    public long printRecords(List<Column> columns, List<? extends Map<String, ?>> records, OutputFormat format) {
        List<List<Object>> rows = new ArrayList<>(records.size());
        for (Map<String, ?> record : records) {
            List<Object> row = new ArrayList<>(columns.size());
            for (Column column : columns) {
                row.add(record.get(column.name()));
            }
            rows.add(row);
        }
        return print(ResultStream.of(columns, rows), format);
    }

    /** A document whose JSON shape is fixed by a contract (e.g. a diagnosis); printed as is. */
    public void printJson(Object document) {
        JsonPrinter.writeDocument(out, document);
    }

    public static Map<String, Object> record() {
        return new LinkedHashMap<>();
    }
}

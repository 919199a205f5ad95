package dev.xacct.render;

import java.io.PrintWriter;

/** The printer for each output format. */
public final class Printers {

    private Printers() {}

    public static RowPrinter forFormat(OutputFormat format, PrintWriter out) {
        return switch (format) {
            case TABLE -> new AlignedTablePrinter(out);
            case VERTICAL -> new VerticalPrinter(out);
            case CSV -> DelimitedPrinter.csv(out);
            case TSV -> DelimitedPrinter.tsv(out);
            case JSON -> new JsonPrinter(out);
            case MARKDOWN -> new MarkdownPrinter(out);
        };
    }
}

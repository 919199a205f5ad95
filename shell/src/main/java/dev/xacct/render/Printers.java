package dev.xacct.render;

import java.io.PrintWriter;

/**
 * The printer for each output format. The table on a terminal whose width is known is fitted to
 * it ({@link FittedTablePrinter}: vertical when its rows would wrap); everywhere else it is the
 * aligned table, exact.
 */
public final class Printers {

    private Printers() {}

    public static RowPrinter forFormat(OutputFormat format, PrintWriter out) {
        return switch (format) {
            case TABLE ->
                out instanceof TerminalPrintWriter screen && screen.columns() > 0
                        ? new FittedTablePrinter(out, screen.columns())
                        : new AlignedTablePrinter(out);
            case VERTICAL -> new VerticalPrinter(out);
            case CSV -> DelimitedPrinter.csv(out);
            case TSV -> DelimitedPrinter.tsv(out);
            case JSON -> new JsonPrinter(out);
            case MARKDOWN -> new MarkdownPrinter(out);
        };
    }
}

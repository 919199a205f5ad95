package dev.xacct.render;

import java.util.List;

/**
 * Writes rows in one output format. Rows arrive in batches; a printer may buffer a batch (to
 * size table columns) but never the whole result.
 */
public interface RowPrinter {

    void begin(List<Column> columns);

    void rows(List<List<Object>> batch);

    /** Ends the output; {@code rowCount} is what was printed in all. */
    void finish(long rowCount);
}

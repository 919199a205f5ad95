package dev.xacct.bench;

import dev.xacct.render.Column;
import dev.xacct.render.OutputFormat;
import dev.xacct.render.Pager;
import dev.xacct.render.Renderer;
import dev.xacct.render.ResultStream;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/**
 * bench/paging's driver (not a test): pushes a synthetic N-row result through the pager on a
 * virtual terminal, or through {@code --format csv} to a file, and prints one line of figures:
 * {@code mode rows first_ms total_ms rows_per_s peak_heap_mb}.
 *
 * <p>Modes: {@code pager-space-q} (first page, space, quit), {@code pager-end} (G: read to the
 * end, then quit), {@code csv}.
 */
public final class PagingBench {

    private static final int ROWS_ON_SCREEN = 40;

    public static void main(String[] args) throws IOException {
        String mode = args[0];
        long rows = Long.parseLong(args[1]);
        resetPeaks();
        long start = System.nanoTime();
        FirstScreenClock clock = new FirstScreenClock(start, ROWS_ON_SCREEN - 1);
        switch (mode) {
            case "pager-space-q" -> page(rows, " q", clock);
            case "pager-end" -> page(rows, "Gq", clock);
            case "csv" -> {
                Path file = Files.createTempFile("paging-bench", ".csv");
                try (PrintWriter out = new PrintWriter(new BufferedWriter(Files.newBufferedWriter(file), 1 << 16))) {
                    new Renderer(out).print(synthetic(rows), OutputFormat.CSV);
                } finally {
                    Files.deleteIfExists(file);
                }
            }
            default -> throw new IllegalArgumentException("mode: pager-space-q | pager-end | csv");
        }
        long total = System.nanoTime() - start;
        double seconds = total / 1e9;
        long rowsDone = mode.equals("pager-space-q") ? 2L * (ROWS_ON_SCREEN - 1) : rows;
        String first = clock.firstMillis() < 0 ? "-" : String.format(Locale.ROOT, "%.1f", clock.firstMillis());
        System.out.printf(
                Locale.ROOT,
                "%s %d %s %.1f %.0f %.1f%n",
                mode,
                rows,
                first,
                total / 1e6,
                rowsDone / seconds,
                peakHeapMb());
    }

    private static void page(long rows, String keys, FirstScreenClock clock) throws IOException {
        try (Terminal terminal = new DumbTerminal(
                "bench",
                Terminal.TYPE_DUMB,
                new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
                clock,
                StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(120, ROWS_ON_SCREEN));
            new Pager(terminal).show(synthetic(rows));
        }
    }

    /** Rows made on demand, like an engine's: nothing is held but the page being read. */
    static ResultStream synthetic(long rows) {
        List<Column> columns = List.of(
                Column.text("eventtime"),
                Column.text("eventname"),
                Column.text("accountid"),
                Column.number("bytes"),
                Column.text("sourceipaddress"));
        Iterator<List<Object>> it = new Iterator<>() {
            long i;

            @Override
            public boolean hasNext() {
                return i < rows;
            }

            @Override
            public List<Object> next() {
                long n = i++;
                return Arrays.asList(
                        "2024-03-" + (10 + n % 20) + "T10:" + (n % 60) + ":00Z",
                        n % 7 == 0 ? "ConsoleLogin" : "GetObject",
                        String.format("%012d", 111111111111L + n % 5),
                        n * 37 % 100_000,
                        "10.0." + (n % 250) + "." + (n % 200));
            }
        };
        return ResultStream.fromIterator(columns, it, ResultStream.DEFAULT_PAGE_SIZE, () -> {});
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024.0 * 1024.0);
    }

    /** Notes when the first screen (its lines) has been written. */
    static final class FirstScreenClock extends OutputStream {
        private final long start;
        private final int lines;
        private int newlines;
        private long first = -1;

        FirstScreenClock(long start, int lines) {
            this.start = start;
            this.lines = lines;
        }

        @Override
        public void write(int b) {
            if (b == '\n' && ++newlines == lines && first < 0) {
                first = System.nanoTime();
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                write(b[i]);
            }
        }

        double firstMillis() {
            return first < 0 ? -1 : (first - start) / 1e6;
        }
    }
}

package dev.xacct.query.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.query.QueryFailedException;
import dev.xacct.query.QueryRequest;
import dev.xacct.render.ResultStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C interrupts the thread waiting for a page; that thread gets its answer (cancelled) back
 * while DuckDB is still inside a runaway operator, and DuckDB stops. The wall-clock figure is
 * measured through {@code ./xacct} on a terminal (CtrlCOnATerminalIT), not asserted here.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS) // a guard against hanging, not a speed check
class CancellationTest {

    /** A cross join of a billion rows with itself: hours of work, in DuckDB's native code. */
    private static final String RUNAWAY =
            "SELECT count(*) FROM range(1000000000) a(i), range(1000000000) b(j) WHERE (i + j) % 7 = 3";

    @TempDir
    Path empty;

    @Test
    void anInterruptCancelsTheStatementAndTheReaderGetsCancelledBack() throws Exception {
        try (LocalEngine engine = new LocalEngine()) {
            ResultStream rows = engine.execute(QueryRequest.of(RUNAWAY).withSource(empty));
            Thread[] reader = new Thread[1];
            CompletableFuture<Object> page = CompletableFuture.supplyAsync(() -> {
                reader[0] = Thread.currentThread();
                try {
                    return rows.nextPage();
                } catch (QueryFailedException e) {
                    return Thread.currentThread().isInterrupted() ? "cancelled, interrupt kept" : e;
                }
            });
            Thread.sleep(500);
            assertThat(page).isNotDone();
            double running = cpuSecondsOver(1500);

            reader[0].interrupt();

            assertThat(page.get(60, TimeUnit.SECONDS)).isEqualTo("cancelled, interrupt kept");
            assertThat(rows.nextPage()).isEmpty();
            Thread.sleep(500);
            // DuckDB itself stopped: this process no longer burns the CPU it did, and answers
            assertThat(cpuSecondsOver(1500)).isLessThan(running / 3);
            assertThat(Results.single(
                            engine.execute(QueryRequest.of("SELECT 42").withSource(empty))))
                    .isEqualTo(42);
        }
    }

    /** CPU time this process used (all its threads, DuckDB's native ones included) over the next {@code ms}. */
    private static double cpuSecondsOver(long ms) throws InterruptedException {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long before = os.getProcessCpuTime();
        Thread.sleep(ms);
        return (os.getProcessCpuTime() - before) / 1e9;
    }
}

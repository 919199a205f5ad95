package dev.xacct.query.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.testing.XacctTerminal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C on a terminal stops a runaway local query and gives the prompt back, the session intact;
 * so does quitting the pager while it streams. Through {@code ./xacct} on a pseudo-terminal.
 * How fast the prompt comes back is measured here (printed) and in {@code bench/local}; a test
 * does not assert on wall time.
 */
class LocalCtrlCIT {

    /** A cross join of a billion rows with itself: hours of work at full CPU. */
    private static final String RUNAWAY = "sql \"SELECT count(*) FROM range(1000000000) a(i), "
            + "range(1000000000) b(j) WHERE (a.i + b.j) % 7 = 3\"\r";

    @TempDir
    Path home;

    @Test
    void ctrlCStopsARunawayLocalQueryAndTheShellGoesOn() {
        try (XacctTerminal terminal = XacctTerminal.start(home, 120, 30, Map.of(), "--demo")) {
            terminal.await("xacct").await("> ");
            terminal.type("sql \"SELECT 1 AS warm\"\r").await("(1 row)");
            int prompts = count(terminal.screen(), "> ");

            terminal.type(RUNAWAY);
            sleep(1500);
            long pressed = System.nanoTime();
            terminal.type("\u0003");
            terminal.await("interrupted").await("> ", prompts + 1);
            System.out.printf("Ctrl-C to prompt: %.0f ms%n", (System.nanoTime() - pressed) / 1e6);

            terminal.type("sql \"SELECT 6 * 7 AS answer\"\r").await(" 42");
            terminal.type("exit\r");
            assertThat(terminal.exitCode()).isZero();
        }
    }

    @Test
    void quittingThePagerMidStreamStopsTheQuery() {
        try (XacctTerminal terminal = XacctTerminal.start(home, 100, 20, Map.of(), "--demo")) {
            terminal.await("xacct").await("> ");
            int prompts = count(terminal.screen(), "> ");

            // endless rows: the pager shows the first screen while the query still runs
            terminal.type("sql \"SELECT i, i * 2 AS twice FROM range(100000000000) t(i)\"\r")
                    .await("twice");
            terminal.type("q");
            terminal.await("> ", prompts + 1);

            // going to the end of endless rows blocks in the fetch; Ctrl-C gets out of it
            terminal.type("sql \"SELECT i FROM range(100000000000) t(i)\"\r");
            sleep(1500);
            terminal.type("G");
            sleep(1500);
            terminal.type("\u0003");
            terminal.await("> ", prompts + 2);

            terminal.type("sql \"SELECT 6 * 7 AS answer\"\r").await(" 42");
            terminal.type("exit\r");
            assertThat(terminal.exitCode()).isZero();
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.xacct.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.testing.XacctCli;
import dev.xacct.testing.XacctTerminal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 §4, last bullet, through {@code ./xacct}: a table printed on a terminal whose rows
 * would wrap is printed in the vertical layout (as Trino CLI's {@code AUTO} format, psql's
 * {@code \x auto}), in {@code -c} and in the shell alike; one that fits, a pipe, a file and the
 * machine formats are exactly as before.
 */
class WideOutputIT {

    private static final String TWO_LOGINS =
            "query run cloudtrail/console-logins --param start=2025-06-01 --param end=2025-06-30 --param limit=2";

    @TempDir
    Path home;

    @Test
    void dashCOnANarrowTerminalPrintsRowsThatWouldWrapVertically() {
        try (XacctTerminal run = XacctTerminal.start(home, 80, 40, Map.of(), "--demo", "-c", TWO_LOGINS)) {
            assertThat(run.exitCode()).isZero();
            String shown = run.text();
            assertThat(shown)
                    .contains("-[ RECORD 1 ]", "-[ RECORD 2 ]")
                    .containsPattern("(?m)^principal +\\| arn:aws:")
                    .containsPattern("(?m)^mfa_used +\\| ");
            // no line of the table it replaced: no header row, no rule
            assertThat(shown).doesNotContainPattern("eventtime +\\| +accountid").doesNotContain("-+-");
        }
    }

    @Test
    void dashCOnATerminalWideEnoughKeepsTheAlignedTable() {
        try (XacctTerminal run = XacctTerminal.start(home, 400, 40, Map.of(), "--demo", "-c", TWO_LOGINS)) {
            assertThat(run.exitCode()).isZero();
            assertThat(run.text())
                    .containsPattern("eventtime +\\| +accountid")
                    .contains("(2 rows)")
                    .doesNotContain("RECORD");
        }
    }

    @Test
    void machineFormatsOnANarrowTerminalAndATableThroughAPipeAreUnchanged() {
        try (XacctTerminal run =
                XacctTerminal.start(home, 80, 40, Map.of(), "--demo", "-c", TWO_LOGINS + " --format csv")) {
            assertThat(run.exitCode()).isZero();
            assertThat(run.text())
                    .contains("eventtime,accountid,region,principal")
                    .doesNotContain("RECORD");
        }
        XacctCli.Result piped = new XacctCli(home).run("--demo", "-c", TWO_LOGINS);
        assertThat(piped.exitCode()).as(piped.stderr()).isZero();
        assertThat(piped.stdout().lines().toList())
                .hasSize(5)
                .first()
                .satisfies(header -> assertThat(header).containsPattern("eventtime +\\| +accountid"));
        assertThat(piped.stdout()).endsWith("(2 rows)\n").doesNotContain("RECORD");
    }

    @Test
    void inTheShellACommandsTableThatWouldWrapIsVerticalTooAndOneThatFitsStaysATable() {
        try (XacctTerminal shell = XacctTerminal.start(home, 80, 60, Map.of(), "--demo")) {
            shell.await("Demo mode").type("templates cloudtrail\r").await("-[ RECORD 2 ]");
            assertThat(shell.text()).containsPattern("(?m)^template +\\| cloudtrail/");
            shell.type("sessions\r").await("(1 row)");
            assertThat(shell.text()).containsPattern("current \\| +alias");
            shell.type("exit\r");
            assertThat(shell.exitCode()).isZero();
        }
    }
}

package dev.xacct.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.testing.XacctCli;
import dev.xacct.testing.XacctTerminal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell as a script or a user drives it: {@code ./xacct -c …}, exit codes, output. */
class XacctShellIT {

    @TempDir
    Path home;

    private XacctCli xacct() {
        return new XacctCli(home);
    }

    @Test
    void versionPrintsTheVersionAndExitsZero() {
        XacctCli.Result result = xacct().run("-c", "version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).matches("(?s)xacct \\d+\\.\\d+\\.\\d+\\S* \\(Java \\d+.*\\n");
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void helpListsTheCommandsAndHelpForOneCommandShowsItsUsage() {
        XacctCli.Result all = xacct().run("-c", "help");
        assertThat(all.exitCode()).isZero();
        assertThat(all.stdout()).contains("version", "help", "exit");

        XacctCli.Result one = xacct().run("-c", "version --help");
        assertThat(one.exitCode()).isZero();
        assertThat(one.stdout()).startsWith("version — Print the xacct version");
    }

    @Test
    void unknownCommandIsAUsageErrorThatSuggestsTheClosestName() {
        XacctCli.Result result = xacct().run("-c", "versoin");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("unknown command 'versoin'").contains("did you mean version?");
        assertThat(result.stdout()).isEmpty();
    }

    @Test
    void unknownOptionIsAUsageError() {
        XacctCli.Result result = xacct().run("-c", "version --fromat json");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("unknown option --fromat");
    }

    @Test
    void unknownLaunchOptionIsAUsageError() {
        XacctCli.Result result = xacct().run("--colour");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("unknown option '--colour'");
    }

    @Test
    void statementsRunInOrderAndStopAtTheFirstFailure() {
        XacctCli.Result result = xacct().run("-c", "version; nosuch; version");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stdout().lines().filter(l -> l.startsWith("xacct ")).count())
                .isEqualTo(1);
    }

    @Test
    void scriptFileRunsAndNamesTheFailingLine() throws Exception {
        Path script = home.resolve("check.xacct");
        Files.writeString(script, "# a comment\nversion\n\nhelp version\nnosuch\n");
        XacctCli.Result result = xacct().run("--file", script.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stdout()).contains("xacct ").contains("version — Print");
        assertThat(result.stderr()).contains("check.xacct:5: unknown command 'nosuch'");
    }

    @Test
    void launchHelpDescribesTheGlobalOptions() {
        XacctCli.Result result = xacct().run("--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout())
                .contains("--profile", "--region", "--endpoint-url", "--no-color", "--debug", "Exit codes");
    }

    @Test
    void interactiveShellSurvivesErrorsAndKeepsHistoryPrivately() throws Exception {
        try (XacctTerminal shell = XacctTerminal.start(home, 120, 30, Map.of())) {
            shell.await("xacct").type("nosuch\r").await("unknown command 'nosuch'");
            shell.type("version\r").await("(Java ").type("exit\r");
            assertThat(shell.exitCode()).isZero();
        }
        Path history = home.resolve("history");
        assertThat(Files.readString(history)).contains("nosuch").contains("version");
        assertThat(Files.getPosixFilePermissions(home)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(history)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void historyNeverKeepsAnMfaCode() throws Exception {
        try (XacctTerminal shell = XacctTerminal.start(home, 120, 30, Map.of())) {
            shell.await("xacct").type("version --mfa-code 123456\r").await("unknown option --mfa-code");
            shell.type("exit\r");
            shell.exitCode();
        }
        assertThat(Files.readString(home.resolve("history")))
                .doesNotContain("123456")
                .contains("--mfa-code ****");
    }
}

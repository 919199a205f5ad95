package dev.xacct.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.testing.XacctCli;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void interactiveShellSurvivesErrorsAndKeepsHistory() throws Exception {
        // Piped input: the console reads lines until end of input, as it would from a terminal.
        XacctCli.Result result = xacct().runWithInput("nosuch\nversion\nexit\n");
        assertThat(result.exitCode()).isZero();
        assertThat(result.all()).contains("unknown command 'nosuch'").contains("xacct 0.");
        Path history = home.resolve("history");
        assertThat(history).exists();
        assertThat(Files.readString(history)).contains("nosuch").contains("version");
    }

    @Test
    void historyNeverKeepsAnMfaCode() throws Exception {
        xacct().runWithInput("version --mfa-code 123456\nexit\n");
        assertThat(Files.readString(home.resolve("history")))
                .doesNotContain("123456")
                .contains("--mfa-code ****");
    }
}

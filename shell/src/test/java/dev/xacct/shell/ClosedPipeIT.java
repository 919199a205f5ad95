package dev.xacct.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.testing.XacctCli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./xacct -c "query run …" | head -5}: the reader leaving early is on purpose, so xacct
 * stops quietly with 141 (128 + SIGPIPE, as git and grep); a full disk stays an error (exit 1).
 */
class ClosedPipeIT {

    @TempDir
    Path home;

    @Test
    void aReaderThatLeavesEarlyEndsTheRunQuietlyWith141() throws Exception {
        String xacct = XacctCli.repositoryRoot().resolve("xacct").toString();
        // many rows, so the output outlasts head and its pipe buffer
        String script = "'" + xacct + "' --demo -c \"sql 'SELECT * FROM cloudtrail LIMIT 20000' --format csv\""
                + " 2>\"$XACCT_HOME/stderr.txt\" | head -5 >/dev/null; echo \"${PIPESTATUS[0]}\"";
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", "-c", script))
                .directory(XacctCli.repositoryRoot().toFile())
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("AWS_"));
        builder.environment().put("XACCT_HOME", home.toString());
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XACCT_SKIP_BUILD", "1");
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String status = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

        assertThat(status).isEqualTo("141");
        assertThat(java.nio.file.Files.readString(home.resolve("stderr.txt")))
                .doesNotContain("error")
                .doesNotContain("broken pipe");
    }

    @Test
    void aFullDiskIsStillAnError() throws IOException {
        XacctCli.Result run = new XacctCli(home)
                .stdoutTo(Path.of("/dev/full"))
                .run("--demo", "-c", "sql \"SELECT * FROM cloudtrail LIMIT 2000\" --format csv");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("error: cannot write standard output: no space left on device");
    }
}

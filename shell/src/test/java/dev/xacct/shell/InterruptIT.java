package dev.xacct.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.testing.XacctCli;
import dev.xacct.testing.XacctTerminal;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C while {@code ./xacct} waits on an AWS endpoint that accepts connections and never
 * answers: the call is abandoned at once (not when a socket times out), a one-shot run ends with
 * exit code 130 ({@code -c}, {@code --file}, a script on stdin), and the interactive shell comes
 * back to its prompt. Without Ctrl-C the call gives up after the SDK timeouts, with one line.
 */
class InterruptIT {

    private static final Map<String, String> CREDENTIALS = Map.of(
            "AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE",
            "AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "AWS_REGION", "us-east-1");

    @TempDir
    Path home;

    private ServerSocket silent;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    @BeforeEach
    void silentEndpoint() throws IOException {
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!silent.isClosed()) {
                try {
                    accepted.add(silent.accept()); // read nothing, answer nothing
                } catch (IOException closed) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void close() throws IOException {
        silent.close();
        for (Socket socket : accepted) {
            socket.close();
        }
    }

    private String endpoint() {
        return "http://127.0.0.1:" + silent.getLocalPort();
    }

    private void awaitConnection() throws InterruptedException {
        while (accepted.isEmpty()) {
            Thread.sleep(50);
        }
        Thread.sleep(300); // the request is written and the client now waits for an answer
    }

    @Test
    void ctrlCDuringACallToASilentEndpointEndsAOneShotRunWith130() throws Exception {
        try (XacctTerminal run = XacctTerminal.start(
                home, 120, 30, CREDENTIALS, "--endpoint-url", endpoint(), "-c", "whoami; version")) {
            awaitConnection();
            run.type("\u0003");
            assertThat(run.exitCode()).isEqualTo(130);
            assertThat(run.text()).contains("error: interrupted").doesNotContain("xacct 0.", "Exception");
        }
    }

    @Test
    void sigintEndsAFileScriptAndAScriptOnStdinWith130() throws Exception {
        Path script = Files.writeString(home.resolve("audit.xacct"), "whoami\nversion\n");
        XacctCli xacct = new XacctCli(home).env(CREDENTIALS);
        for (boolean onStdin : new boolean[] {false, true}) {
            accepted.clear();
            Process run = onStdin
                    ? xacct.startWithInput(script, "--endpoint-url", endpoint())
                    : xacct.start("--endpoint-url", endpoint(), "--file", script.toString());
            try {
                awaitConnection();
                // the launcher execs java, so this is the process a Ctrl-C's SIGINT reaches
                new ProcessBuilder("kill", "-INT", String.valueOf(run.pid()))
                        .start()
                        .waitFor();
                assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(run.exitValue()).as(onStdin ? "stdin" : "--file").isEqualTo(130);
            } finally {
                run.descendants().forEach(ProcessHandle::destroyForcibly);
                run.destroyForcibly();
            }
        }
    }

    @Test
    void withoutCtrlCACallToASilentEndpointGivesUpWithALineThatNamesIt() {
        XacctCli.Result result = new XacctCli(home).env(CREDENTIALS).run("--endpoint-url", endpoint(), "-c", "whoami");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr())
                .isEqualTo("error: AWS did not answer within 20 s (endpoint " + endpoint()
                        + "): check the network and --endpoint-url, then try again\n");
    }

    @Test
    void ctrlCDuringACallToASilentEndpointGivesTheInteractivePromptBack() throws Exception {
        try (XacctTerminal shell = XacctTerminal.start(home, 120, 30, CREDENTIALS, "--endpoint-url", endpoint())) {
            shell.await("xacct").type("whoami\r");
            awaitConnection();
            shell.type("\u0003").await("error: interrupted");
            shell.type("version\r").await("(Java ").type("exit\r");
            assertThat(shell.exitCode()).isZero();
        }
    }
}

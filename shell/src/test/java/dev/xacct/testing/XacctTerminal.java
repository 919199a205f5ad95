package dev.xacct.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./xacct} on a pseudo-terminal, as a user at a keyboard has it: keys are typed into the
 * terminal (Ctrl-C among them, which the terminal turns into SIGINT), and what the terminal shows
 * is read back, escape sequences and all. Uses util-linux {@code script}, as the launcher's
 * training run does.
 */
public final class XacctTerminal implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(90);

    private final Process process;
    private final OutputStream keys;
    private final StringBuffer screen = new StringBuffer();
    private final Thread reader;

    private XacctTerminal(Process process) {
        this.process = process;
        this.keys = process.getOutputStream();
        InputStream shown = process.getInputStream();
        this.reader = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = shown.read(buffer)) >= 0; ) {
                    screen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // the terminal closed
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code ./xacct ARGS} on a terminal of {@code columns} × {@code rows}, with its own
     * {@code XACCT_HOME} and no AWS identity unless {@code env} gives one.
     */
    public static XacctTerminal start(Path home, int columns, int rows, Map<String, String> env, String... args) {
        StringBuilder command = new StringBuilder("stty cols " + columns + " rows " + rows + "; exec ");
        command.append(quote(XacctCli.repositoryRoot().resolve("xacct").toString()));
        for (String arg : args) {
            command.append(' ').append(quote(arg));
        }
        List<String> script = new ArrayList<>(List.of("script", "-qfec", command.toString(), "/dev/null"));
        ProcessBuilder builder =
                new ProcessBuilder(script).directory(XacctCli.repositoryRoot().toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(k -> k.startsWith("AWS_"));
        environment.put("XACCT_HOME", home.toString());
        environment.put("HOME", home.toString());
        environment.put("AWS_CONFIG_FILE", home.resolve("aws-config").toString());
        environment.put(
                "AWS_SHARED_CREDENTIALS_FILE", home.resolve("aws-credentials").toString());
        environment.put("AWS_EC2_METADATA_DISABLED", "true");
        environment.put("XACCT_SKIP_BUILD", "1");
        environment.put("TERM", "xterm-256color");
        environment.remove("NO_COLOR");
        environment.putAll(env);
        builder.redirectErrorStream(true);
        try {
            return new XacctTerminal(builder.start());
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot start ./xacct on a terminal (is util-linux 'script' installed?)", e);
        }
    }

    /** Types {@code text} (use {@code \r} for Enter, {@code \u0003} for Ctrl-C). */
    public XacctTerminal type(String text) {
        try {
            keys.write(text.getBytes(StandardCharsets.UTF_8));
            keys.flush();
        } catch (IOException e) {
            throw new IllegalStateException("the terminal is closed", e);
        }
        return this;
    }

    /**
     * Waits until the screen has shown {@code text} {@code times} times in all, styling aside (the
     * text as a user reads it); fails with what it showed.
     */
    public XacctTerminal await(String text, int times) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (count(text(), text) < times) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                sleep(200);
                if (count(text(), text) >= times) {
                    return this;
                }
                throw new AssertionError(
                        "the terminal never showed '" + text + "' (" + times + "×); it showed:\n" + screen);
            }
            sleep(50);
        }
        return this;
    }

    /** What the terminal has shown as a user reads it: escape sequences (colours, cursor moves) taken out. */
    public String text() {
        return screen.toString()
                .replaceAll("\u001b\\[[0-9;?]*[ -/]*[@-~]", "")
                .replaceAll("\u001b\\][^\u0007\u001b]*(\u0007|\u001b\\\\)", "")
                .replaceAll("\u001b[=>]", "");
    }

    public XacctTerminal await(String text) {
        return await(text, 1);
    }

    /** Everything the terminal has shown, escape sequences included. */
    public String screen() {
        return screen.toString();
    }

    /** Waits for the program to end; its exit code. */
    public int exitCode() {
        try {
            if (!process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("./xacct did not end; the terminal showed:\n" + screen);
            }
            reader.join(2000);
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            count++;
        }
        return count;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String quote(String arg) {
        return "'" + arg.replace("'", "'\\''") + "'";
    }
}

package dev.xacct.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code ./xacct} from the repository root as a user would, in a child process with its own
 * home ({@code HOME} and {@code XACCT_HOME} both point at it) and no AWS identity unless the test
 * gives one.
 */
public final class XacctCli {

    public record Result(int exitCode, String stdout, String stderr) {
        public String all() {
            return stdout + stderr;
        }
    }

    private final Path home;
    private final Map<String, String> environment = new HashMap<>();
    private final java.util.Set<String> removed = new java.util.HashSet<>();
    private Path stdout;

    public XacctCli(Path home) {
        this.home = home;
    }

    public XacctCli env(Map<String, String> values) {
        environment.putAll(values);
        return this;
    }

    public XacctCli env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Leaves these variables out of the child's environment (e.g. {@code XACCT_HOME}, to test {@code $HOME}). */
    public XacctCli without(String... names) {
        removed.addAll(List.of(names));
        return this;
    }

    /** Sends the run's stdout to {@code file} (e.g. {@code /dev/full}) instead of capturing it. */
    public XacctCli stdoutTo(Path file) {
        this.stdout = file;
        return this;
    }

    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isExecutable(dir.resolve("xacct"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "cannot find the ./xacct launcher above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    public Result run(String... args) {
        return runWithInput(null, args);
    }

    /**
     * Starts {@code ./xacct ARGS} and returns at once (no input, output discarded): for a test that
     * stops the run midway. The caller ends it ({@code destroyForcibly} on it and its descendants).
     */
    public Process start(String... args) {
        return startWithInput(Path.of("/dev/null"), args);
    }

    /** As {@link #start}, with stdin read from {@code stdin} (a script on stdin). */
    public Process startWithInput(Path stdin, String... args) {
        ProcessBuilder builder = builder(args)
                .redirectInput(ProcessBuilder.Redirect.from(stdin.toFile()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("could not run ./xacct: " + e.getMessage(), e);
        }
    }

    private ProcessBuilder builder(String... args) {
        List<String> command = new ArrayList<>();
        command.add(repositoryRoot().resolve("xacct").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(repositoryRoot().toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_"));
        env.put("XACCT_HOME", home.toString());
        env.put("HOME", home.toString());
        env.put("AWS_CONFIG_FILE", home.resolve("aws-config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("aws-credentials").toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        // The build under test is the one Maven just packaged; never rebuild from inside a test.
        env.put("XACCT_SKIP_BUILD", "1");
        env.put("NO_COLOR", "1");
        env.putAll(environment);
        env.keySet().removeAll(removed);
        return builder;
    }

    public Result runWithInput(String stdin, String... args) {
        ProcessBuilder builder = builder(args);
        try {
            Path out = Files.createTempFile(home, "stdout", ".txt");
            Path err = Files.createTempFile(home, "stderr", ".txt");
            builder.redirectOutput(stdout != null ? stdout.toFile() : out.toFile())
                    .redirectError(err.toFile());
            if (stdin == null) {
                builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            }
            Process process = builder.start();
            if (stdin != null) {
                try (var in = process.getOutputStream()) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("xacct did not finish within 120 s: " + String.join(" ", args));
            }
            return new Result(process.exitValue(), stdout != null ? "" : Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new IllegalStateException("could not run ./xacct: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}

package dev.xacct.testing;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;

/**
 * Starts {@code moto_server} on 127.0.0.1 and a free port once per test run, resets it before
 * every test and stops it at the end. With {@code XACCT_TEST_ENDPOINT} set it uses that endpoint
 * instead (LocalStack, a moto you started yourself). Without moto_server the tests fail when
 * {@code CI=true} and are skipped otherwise, both with the install command.
 *
 * <p>Use: {@code @ExtendWith(MotoServerExtension.class)} and take an {@link AwsEmulator}
 * parameter in the test constructor or methods.
 */
public final class MotoServerExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, ParameterResolver {

    static final String INSTALL_HINT = "moto_server is not installed: install it with  pip install \"moto[server]\"  "
            + "(or set XACCT_TEST_ENDPOINT to a running moto or LocalStack)";

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(MotoServerExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        emulator(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        emulator(context).reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        // The server lives in the root store and stops when the whole run ends.
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == AwsEmulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context)
            throws ParameterResolutionException {
        return emulator(context);
    }

    private static AwsEmulator emulator(ExtensionContext context) {
        RunningServer server = context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(RunningServer.class, key -> RunningServer.start(), RunningServer.class);
        return server.emulator();
    }

    /** One emulator for the whole run; JUnit closes it when the root context ends. */
    static final class RunningServer implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        private final AwsEmulator emulator;
        private final Process process;

        private RunningServer(AwsEmulator emulator, Process process) {
            this.emulator = emulator;
            this.process = process;
        }

        AwsEmulator emulator() {
            return emulator;
        }

        static RunningServer start() {
            String given = System.getenv("XACCT_TEST_ENDPOINT");
            if (given != null && !given.isBlank()) {
                return new RunningServer(new AwsEmulator(URI.create(given.strip()), false), null);
            }
            String executable = findOnPath("moto_server");
            if (executable == null) {
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new IllegalStateException(INSTALL_HINT);
                }
                throw new TestAbortedException(INSTALL_HINT);
            }
            try {
                int port = freePort();
                Path log = Files.createTempFile("moto-server", ".log");
                ProcessBuilder builder = new ProcessBuilder(executable, "-H", "127.0.0.1", "-p", Integer.toString(port))
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile());
                // Failsafe sets AWS_PROFILE to "": moto's botocore then fails every error response with a 500
                // (ProfileNotFound).
                builder.environment()
                        .entrySet()
                        .removeIf(e ->
                                e.getKey().startsWith("AWS_") && e.getValue().isBlank());
                Process process = builder.start();
                URI endpoint = URI.create("http://127.0.0.1:" + port);
                waitUntilUp(endpoint, process, log);
                return new RunningServer(new AwsEmulator(endpoint, true), process);
            } catch (IOException e) {
                throw new IllegalStateException("could not start moto_server: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            if (process != null) {
                process.destroy();
                try {
                    if (!process.waitFor(5, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    process.destroyForcibly();
                    Thread.currentThread().interrupt();
                }
            }
        }

        private static void waitUntilUp(URI endpoint, Process process, Path log) throws IOException {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("moto_server exited at start: " + Files.readString(log));
                }
                try {
                    HttpURLConnection connection = (HttpURLConnection)
                            endpoint.resolve("/moto-api/").toURL().openConnection();
                    connection.setConnectTimeout(500);
                    connection.setReadTimeout(2000);
                    if (connection.getResponseCode() > 0) {
                        return;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for moto_server");
                }
            }
            process.destroyForcibly();
            throw new IllegalStateException("moto_server did not answer on " + endpoint + " within 60 s");
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
        }

        static String findOnPath(String name) {
            String path = System.getenv("PATH");
            if (path == null) {
                return null;
            }
            for (String dir : path.split(File.pathSeparator)) {
                File candidate = new File(dir, name);
                if (candidate.isFile() && candidate.canExecute()) {
                    return candidate.getAbsolutePath();
                }
            }
            return null;
        }
    }
}

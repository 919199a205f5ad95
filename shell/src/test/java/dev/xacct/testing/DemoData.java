package dev.xacct.testing;

import dev.xacct.query.local.demo.DemoDataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The demo CloudTrail month, generated once per test JVM (it takes seconds) and shared by the
 * tests that only read it; deleted when the JVM exits. Tests that generate on purpose use their
 * own folders.
 */
public final class DemoData {

    private static Path demo;

    private DemoData() {}

    /** The folder of the generated demo dataset (read only: tests must not change it). */
    public static synchronized Path path() {
        if (demo == null) {
            try {
                Path root = Files.createTempDirectory("xacct-demo-test");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(root)));
                demo = DemoDataset.ensure(root.resolve("demo"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return demo;
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // a temporary folder; the OS cleans it up otherwise
        }
    }
}

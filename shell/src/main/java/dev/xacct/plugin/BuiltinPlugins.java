package dev.xacct.plugin;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the plugins that ship with xacct are: the system property {@value #PROPERTY} (the
 * launcher sets it to {@code shell/target/plugins}, where the build copies the jars of
 * {@code plugins/*}), else a {@code plugins} folder beside the running jar. They load exactly
 * like a user's jars, each in its own class loader.
 */
public final class BuiltinPlugins {

    public static final String PROPERTY = "xacct.plugins.builtin";

    private BuiltinPlugins() {}

    /** The built-in plugin jars (or class folders), in name order; empty when none is found. */
    public static List<Path> locate() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return list(Path.of(configured));
        }
        try {
            var source = BuiltinPlugins.class.getProtectionDomain().getCodeSource();
            if (source != null) {
                Path jar = Path.of(source.getLocation().toURI());
                Path beside = (Files.isDirectory(jar) ? jar : jar.getParent()).resolve("plugins");
                return list(beside);
            }
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            // not a file location: no built-in plugins beside it
        }
        return List.of();
    }

    /** The {@code *.jar} files and class folders in {@code folder}, or {@code folder} itself when it is one plugin. */
    static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        if (Files.isDirectory(folder.resolve("META-INF/services"))) {
            return List.of(folder);
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")
                            || Files.isDirectory(p.resolve("META-INF/services")))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}

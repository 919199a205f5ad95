package dev.xacct.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.plugin.api.XacctPlugin;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A plugin jar built in a test as a third party would build one: one class compiled against the
 * plugin API alone ({@code javax.tools}, so the tests need a JDK), its {@code META-INF/services}
 * entry, and any other files (a pack's YAML and SQL).
 */
public final class TestPluginJar {

    private TestPluginJar() {}

    /**
     * Writes {@code jar}. {@code className} is fully qualified; {@code source} is its whole
     * compilation unit. Scratch files go under {@code work}. Returns {@code jar}.
     */
    public static Path build(Path work, Path jar, String className, String source, Map<String, String> extra)
            throws Exception {
        String simpleName = className.substring(className.lastIndexOf('.') + 1);
        String key = jar.getFileName().toString();
        Path src = Files.createDirectories(work.resolve("src-" + key));
        Path classes = Files.createDirectories(work.resolve("classes-" + key));
        Path file = src.resolve(simpleName + ".java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK (javax.tools) to compile the test plugin").isNotNull();
        Path api = Path.of(XacctPlugin.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        assertThat(javac.run(
                        null,
                        null,
                        null,
                        "--release",
                        "17",
                        "-d",
                        classes.toString(),
                        "-classpath",
                        api.toString(),
                        file.toString()))
                .as("javac of " + className)
                .isZero();
        Files.createDirectories(jar.toAbsolutePath().getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            try (Stream<Path> walk = Files.walk(classes)) {
                for (Path c : walk.filter(Files::isRegularFile).toList()) {
                    put(out, classes.relativize(c).toString().replace('\\', '/'), Files.readAllBytes(c));
                }
            }
            put(
                    out,
                    "META-INF/services/" + XacctPlugin.class.getName(),
                    (className + "\n").getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, String> e : extra.entrySet()) {
                put(out, e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        ((OutputStream) out).write(bytes);
        out.closeEntry();
    }
}

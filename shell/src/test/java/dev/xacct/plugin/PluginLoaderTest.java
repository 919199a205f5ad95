package dev.xacct.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.template.PackSource;
import dev.xacct.template.TemplateCatalog;
import dev.xacct.template.TemplateLookup;
import dev.xacct.testing.TestPluginJar;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginLoaderTest {
    @TempDir
    Path tmp;

    /** Compiles one plugin class against the API and packs it with {@code extra} files into a jar. */
    private Path pluginJar(String jarName, String className, String body, Map<String, String> extra) throws Exception {
        return TestPluginJar.build(
                tmp,
                tmp.resolve("plugins").resolve(jarName),
                "demo." + className,
                "package demo;\nimport java.util.List;\npublic class " + className
                        + " implements dev.xacct.plugin.api.XacctPlugin {\n" + body + "\n}\n",
                extra);
    }

    private static final String GOOD = """
            public String name() { return "alb"; }
            public String version() { return "1.2.0"; }
            public String description() { return "ALB access logs"; }
            public List<String> templatePackRoots() { return List.of("xacct/templates/alb"); }
            """;

    private static final Map<String, String> ALB_PACK = Map.of(
            "xacct/templates/alb/pack.yaml",
                    "name: alb\ntitle: ALB logs\nversion: 1.0.0\ntemplates: [top-clients.sql, broken.sql]\n",
            "xacct/templates/alb/top-clients.sql",
                    "-- title: Top clients\n-- params:\n--   n: { type: int, default: \"10\" }\n"
                            + "SELECT client_ip, COUNT(*) AS n FROM alb_logs GROUP BY client_ip ORDER BY n DESC LIMIT ${n}\n",
            "xacct/templates/alb/broken.sql",
                    "-- title: Broken\n-- params:\n--   x: { type: nonsense }\nSELECT ${x}\n");

    @Test
    void loadsPluginAndItsTemplatePacksInItsOwnClassLoader() throws Exception {
        Path jar = pluginJar("alb.jar", "AlbPlugin", GOOD, ALB_PACK);
        PluginLoadResult result = new PluginLoader().loadJar(jar);

        assertThat(result.problems()).isEmpty();
        LoadedPlugin p = result.plugins().get(0);
        assertThat(p.name()).isEqualTo("alb");
        assertThat(p.version()).isEqualTo("1.2.0");
        assertThat(p.jar()).isEqualTo(jar);
        assertThat(p.plugin().getClass().getClassLoader())
                .isSameAs(p.classLoader())
                .isNotSameAs(getClass().getClassLoader());
        assertThat(p.templatePacks().packs()).singleElement().satisfies(pack -> {
            assertThat(pack.source()).isEqualTo(new PackSource.Plugin("alb", jar, "xacct/templates/alb"));
            assertThat(pack.templates()).extracting(t -> t.id()).containsExactly("alb/top-clients");
        });
        assertThat(p.templatePacks().problems()).singleElement().satisfies(pr -> {
            assertThat(pr.file()).endsWith("xacct/templates/alb/broken.sql").contains("alb.jar");
            assertThat(pr.line()).isEqualTo(3);
        });

        TemplateCatalog catalog = TemplateCatalog.load(getClass().getClassLoader(), null, result.templatePacks());
        assertThat(catalog.find("alb/top-clients")).isInstanceOf(TemplateLookup.Found.class);
        assertThat(catalog.find("cloudtrail/console-logins")).isInstanceOf(TemplateLookup.Found.class);
    }

    @Test
    void brokenPluginsAreReportedWithJarAndReasonAndTheRestLoad() throws Exception {
        pluginJar("a-good.jar", "Good", GOOD, ALB_PACK);
        pluginJar("b-throws.jar", "Throws", """
                public Throws() { throw new IllegalStateException("boom in constructor"); }
                public String name() { return "x"; }
                public String version() { return "1"; }
                """, Map.of());
        pluginJar("c-badname.jar", "BadName", """
                public String name() { throw new UnsupportedOperationException("no name today"); }
                public String version() { return "1"; }
                """, Map.of());
        Path folder = tmp.resolve("plugins");
        Path empty = folder.resolve("d-empty.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(empty))) {
            out.putNextEntry(new JarEntry("readme.txt"));
            out.write("nothing".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Files.writeString(folder.resolve("e-notajar.jar"), "this is not a zip");
        pluginJar("f-dup.jar", "Dup", GOOD, Map.of());

        PluginLoadResult result = new PluginLoader().loadFolder(folder);

        assertThat(result.plugins()).extracting(LoadedPlugin::name).containsExactly("alb");
        assertThat(result.problems())
                .extracting(pr -> pr.jar().getFileName().toString())
                .containsExactly("b-throws.jar", "c-badname.jar", "d-empty.jar", "e-notajar.jar", "f-dup.jar");
        assertThat(result.problems().get(0).reason()).contains("boom in constructor");
        assertThat(result.problems().get(1).reason()).contains("no name today");
        assertThat(result.problems().get(2).reason()).contains("no plugin");
        assertThat(result.problems().get(4).reason()).contains("already loaded");
    }

    @Test
    void missingFolderOrJarIsHarmless() {
        assertThat(new PluginLoader().loadFolder(tmp.resolve("none")).plugins()).isEmpty();
        assertThat(new PluginLoader().loadJar(tmp.resolve("none.jar")).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("no such file"));
    }
}

package dev.xacct.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xacct.testing.TestPluginJar;
import dev.xacct.testing.XacctCli;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code alb-logs} plugin as its users get it: shipped with xacct (the jar Maven built from
 * {@code plugins/alb-logs}, copied to {@code shell/target/plugins/}), or a copy of the jar dropped
 * into {@code $XACCT_HOME/plugins/}, which replaces the shipped one; driven through {@code ./xacct}.
 */
class AlbLogsPluginIT {
    private static final String TEMPLATES_ROOT = "xacct/templates/alb-logs/";
    private static final List<String> TEMPLATES = List.of(
            "alb-logs/top-clients",
            "alb-logs/errors-5xx-by-target",
            "alb-logs/slow-requests",
            "alb-logs/requests-by-tls-version",
            "alb-logs/requests-by-target");

    @TempDir
    Path home;

    private Path pluginJar;
    private Path pluginsFolder;

    @BeforeEach
    void findThePluginJar() throws IOException {
        pluginJar = builtPluginJar();
        pluginsFolder = Files.createDirectories(home.resolve("plugins"));
    }

    private XacctCli xacct() {
        return new XacctCli(home);
    }

    /** {@code plugins/alb-logs/target/xacct-plugin-alb-logs-*.jar}, the newest if there are several. */
    static Path builtPluginJar() throws IOException {
        Path target = XacctCli.repositoryRoot().resolve("plugins/alb-logs/target");
        List<Path> jars = List.of();
        if (Files.isDirectory(target)) {
            try (Stream<Path> files = Files.list(target)) {
                jars = files.filter(p -> {
                            String n = p.getFileName().toString();
                            return n.startsWith("xacct-plugin-alb-logs-")
                                    && n.endsWith(".jar")
                                    && !n.endsWith("-sources.jar")
                                    && !n.endsWith("-javadoc.jar")
                                    && !n.endsWith("-tests.jar");
                        })
                        .sorted(Comparator.comparing(AlbLogsPluginIT::modified).reversed())
                        .toList();
            }
        }
        if (jars.isEmpty()) {
            fail("the alb-logs plugin jar is missing: no " + target + "/xacct-plugin-alb-logs-*.jar. Build it first:"
                    + " mvn -B -q -DskipTests install -pl plugins/api,plugins/alb-logs -am"
                    + " (a full 'mvn verify' builds it before the shell)");
        }
        return jars.get(0);
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** The version in the jar's file name, e.g. {@code 0.1.0-SNAPSHOT}: what the plugin must report. */
    private String builtVersion() {
        String n = pluginJar.getFileName().toString();
        return n.substring("xacct-plugin-alb-logs-".length(), n.length() - ".jar".length());
    }

    private Path install() throws IOException {
        return Files.copy(pluginJar, pluginsFolder.resolve(pluginJar.getFileName()));
    }

    @Test
    void jarInThePluginsFolderLoadsAtStartAndItsPackListsShowsAndLintsClean() throws Exception {
        Path installed = install();

        XacctCli.Result plugins = xacct().run("-c", "plugins --format json");
        assertThat(plugins.exitCode()).as(plugins.all()).isZero();
        JsonNode doc = new ObjectMapper().readTree(plugins.stdout());
        assertThat(doc.isArray()).as(plugins.stdout()).isTrue();
        assertThat(doc)
                .extracting(p -> p.path("plugin").asText())
                .containsExactly("alb-logs", "s3-access-logs", "vpc-flow-logs", "cloudtrail");
        JsonNode alb = doc.get(0);
        assertThat(alb.path("plugin").asText()).isEqualTo("alb-logs");
        assertThat(alb.path("version").asText()).isEqualTo(builtVersion());
        assertThat(alb.path("packs").asText()).isEqualTo("alb-logs");
        assertThat(alb.path("jar").asText()).isEqualTo(installed.toString());
        assertThat(alb.path("description").asText()).contains("Application Load Balancer");

        XacctCli.Result templates = xacct().run("-c", "templates alb-logs");
        assertThat(templates.exitCode()).as(templates.all()).isZero();
        assertThat(templates.stdout())
                .contains(TEMPLATES)
                .doesNotContain("cloudtrail/")
                .doesNotContain("Skipped");

        XacctCli.Result show = xacct().run("-c", "template show alb-logs/top-clients");
        assertThat(show.exitCode()).as(show.all()).isZero();
        assertThat(show.stdout())
                .startsWith("alb-logs/top-clients — ")
                .contains("table: alb_logs", "start", "end", "accounts", "regions", "elb", "limit")
                .contains("\"date\" BETWEEN ${start:partition} AND ${end:partition}")
                .contains("Run it: query run alb-logs/top-clients --param start=");

        XacctCli.Result lint = xacct().run("-c", "template lint alb-logs");
        assertThat(lint.exitCode()).as(lint.all()).isZero();
        assertThat(lint.stdout()).contains("5 templates checked: 0 errors, 0 warnings");

        XacctCli.Result info = xacct().run("-c", "plugin info alb-logs --format json");
        assertThat(info.exitCode()).as(info.all()).isZero();
        JsonNode plugin = new ObjectMapper().readTree(info.stdout());
        assertThat(plugin.path("plugin").asText()).isEqualTo("alb-logs");
        assertThat(plugin.path("templates")).extracting(JsonNode::asText).contains("alb-logs/top-clients");

        XacctCli.Result unknown = xacct().run("-c", "plugin info alb");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.stderr())
                .contains("no plugin 'alb'; loaded: alb-logs, s3-access-logs, vpc-flow-logs, cloudtrail");
    }

    @Test
    void tableCreatePrintsTheDdlThatLintsCleanAndTheReadmeExplainsTheOwnershipTrap() throws Exception {
        String readme;
        try (JarFile jar = new JarFile(pluginJar.toFile())) {
            JarEntry readmeEntry = jar.getJarEntry(TEMPLATES_ROOT + "README.md");
            assertThat(readmeEntry).as("the README in the jar").isNotNull();
            try (InputStream in = jar.getInputStream(readmeEntry)) {
                readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        assertThat(readme).contains("BucketOwnerEnforced", "s3 diagnose", "table create alb-logs");

        XacctCli.Result print = xacct().run(
                        "-c",
                        "table create alb-logs --bucket central-logs --accounts 111111111111 --regions us-east-1 --print");
        assertThat(print.exitCode()).as(print.all()).isZero();
        assertThat(print.stdout())
                .contains(
                        "PARTITIONED BY", "'projection.date.format'='yyyy/MM/dd'", "`conn_trace_id` string", "${date}");
        Path ddl = Files.writeString(home.resolve("alb_logs.ddl.sql"), print.stdout());
        XacctCli.Result lint = xacct().run("-c", "template lint " + ddl);
        assertThat(lint.exitCode()).as(lint.all()).isZero();
        assertThat(lint.stdout()).contains("0 errors, 0 warnings");

        // The lint does look at it: the same DDL with a template that forgets ${date} fails.
        Path broken = home.resolve("broken.ddl.sql");
        Files.writeString(broken, print.stdout().replace("/${date}'", "/'"));
        XacctCli.Result bad = xacct().run("-c", "template lint " + broken);
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.stdout()).contains("'date' does not appear in storage.location.template");
    }

    @Test
    void itShipsLoadedByDefaultAndPluginLoadOfTheSameNameIsRefusedWithTheWayToReplaceIt() {
        XacctCli.Result shipped = xacct().run("-c", "plugins --format json; templates alb-logs");
        assertThat(shipped.exitCode()).as(shipped.all()).isZero();
        assertThat(shipped.stdout())
                .contains("shell/target/plugins/xacct-plugin-alb-logs-")
                .contains(TEMPLATES);

        XacctCli.Result again = xacct().run("-c", "plugin load " + pluginJar);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.stderr()).contains("a plugin named 'alb-logs' is already loaded", "plugins");
    }

    @Test
    void brokenJarsBesideItAreReportedWithTheJarAndTheGoodPluginStillLoads() throws Exception {
        install();
        // Sorted by name, both broken jars load before the good one.
        Path missingClass = pluginsFolder.resolve("aaa-missing-class.jar");
        writeJar(
                missingClass,
                Map.of(
                        "META-INF/services/dev.xacct.plugin.api.XacctPlugin",
                        "com.example.NoSuchPlugin\n".getBytes(StandardCharsets.UTF_8)));
        Path badPack = pluginsFolder.resolve("aab-bad-pack.jar");
        badPackPlugin(badPack);

        XacctCli.Result plugins = xacct().run("-c", "plugins");
        assertThat(plugins.exitCode()).as(plugins.all()).isZero();
        assertThat(plugins.stdout())
                .contains("alb-logs")
                .contains("Skipped:")
                .contains(missingClass + ": broken plugin: ")
                .contains("com.example.NoSuchPlugin")
                .contains(badPack + "!/xacct/templates/bad-pack/pack.yaml:3: invalid YAML");

        XacctCli.Result templates = xacct().run("-c", "templates alb-logs; template lint alb-logs");
        assertThat(templates.exitCode()).as(templates.all()).isZero();
        assertThat(templates.stdout())
                .contains(TEMPLATES)
                .contains("Skipped (fix and restart, or 'plugin load' again):")
                .contains("aaa-missing-class.jar")
                .contains("aab-bad-pack.jar!/xacct/templates/bad-pack/pack.yaml:3")
                .contains("5 templates checked: 0 errors, 0 warnings");

        // plugin load of a broken jar is an error that names the jar and the reason.
        XacctCli.Result load = xacct().run("-c", "plugin load " + missingClass);
        assertThat(load.exitCode()).isEqualTo(1);
        assertThat(load.stderr()).contains(missingClass.toString()).contains("com.example.NoSuchPlugin");
    }

    /**
     * A working plugin class whose pack.yaml has a YAML error on line 3: the plugin loads,
     * its pack is skipped and reported with file and line.
     */
    private void badPackPlugin(Path jar) throws Exception {
        TestPluginJar.build(
                home,
                jar,
                "demo.BadPackPlugin",
                """
                package demo;
                public class BadPackPlugin implements dev.xacct.plugin.api.XacctPlugin {
                    public String name() { return "bad-pack"; }
                    public String version() { return "0.0.1"; }
                    public java.util.List<String> templatePackRoots() { return java.util.List.of("xacct/templates/bad-pack"); }
                }
                """,
                Map.of(
                        "xacct/templates/bad-pack/pack.yaml",
                        "name: bad-pack\ntitle: Broken on purpose\nversion: 1.0: 0\ntemplates: [x.sql]\n",
                        "xacct/templates/bad-pack/x.sql",
                        "-- title: X\nSELECT 1\n"));
    }

    private static void writeJar(Path jar, Map<String, byte[]> entries) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                ((OutputStream) out).write(e.getValue());
                out.closeEntry();
            }
        }
    }
}

package dev.xacct.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xacct.testing.XacctCli;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin runs with the user's rights, so a jar someone else could have put in
 * {@code ~/.xacct/plugins} is refused with a line that says how to fix it, and a jar that replaces
 * a shipped plugin says so at every run (docs/plugins.md "Installing plugins").
 */
class PluginTrustIT {

    @TempDir
    Path home;

    private Path plugins;
    private Path planted;

    @BeforeEach
    void plantTheAlbLogsJar() throws IOException {
        plugins = Files.createDirectories(home.resolve("plugins"));
        planted = Files.copy(AlbLogsPluginIT.builtPluginJar(), plugins.resolve("planted.jar"));
    }

    private XacctCli.Result plugins() {
        return new XacctCli(home).run("-c", "plugins --format json");
    }

    private static String albJar(XacctCli.Result run) throws IOException {
        JsonNode list = new ObjectMapper().readTree(run.stdout());
        for (JsonNode p : list) {
            if (p.path("plugin").asText().equals("alb-logs")) {
                return p.path("jar").asText();
            }
        }
        return null;
    }

    @Test
    void aJarOthersCanWriteIsRefusedWithTheChmodThatFixesItAndTheShippedPluginStays() throws IOException {
        Files.setPosixFilePermissions(planted, PosixFilePermissions.fromString("rw-rw-rw-"));

        XacctCli.Result run = plugins();

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.stderr())
                .contains(planted + ": refused: the file is writable by every user (rw-rw-rw-)")
                .contains("chmod go-w '" + planted + "'");
        assertThat(albJar(run)).as("the shipped alb-logs").doesNotContain(home.toString());
    }

    @Test
    void aPluginsFolderOthersCanWriteRefusesEveryJarInIt() throws IOException {
        Files.setPosixFilePermissions(plugins, PosixFilePermissions.fromString("rwxrwxrwx"));

        XacctCli.Result run = plugins();

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.stderr())
                .contains(plugins + ": refused every jar in it: the folder is writable by every user")
                .contains("chmod go-w '" + plugins + "'");
        assertThat(albJar(run)).doesNotContain(home.toString());
    }

    @Test
    void aJarOfAnotherUserIsRefused() throws IOException {
        assumeTrue(System.getProperty("user.name").equals("root"), "only root can give a file to another user");
        Files.setOwner(
                planted,
                FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));

        XacctCli.Result run = plugins();

        assertThat(run.stderr()).contains(planted + ": refused: the file belongs to nobody, not to you");
        assertThat(albJar(run)).doesNotContain(home.toString());
    }

    @Test
    void aPrivateJarWithTheNameOfAShippedPluginReplacesItAndSaysSoAtEveryRun() throws IOException {
        Files.setPosixFilePermissions(planted, PosixFilePermissions.fromString("rw-r--r--"));

        for (int run = 0; run < 2; run++) {
            XacctCli.Result result = plugins();
            assertThat(result.exitCode()).as(result.all()).isZero();
            assertThat(result.stderr())
                    .contains("warning: " + planted + " (alb-logs ")
                    .contains("replaces the shipped plugin alb-logs")
                    .contains("remove the jar to use the shipped one");
            assertThat(albJar(result)).isEqualTo(planted.toString());
        }
    }

    @Test
    void pluginLoadOfAFolderSaysItIsAFolder() throws IOException {
        Path folder = Files.createDirectories(home.resolve("not-a-plugin"));

        XacctCli.Result run = new XacctCli(home).run("-c", "plugin load " + folder);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr())
                .contains("this is a folder without META-INF/services/")
                .doesNotContain("the jar has");
    }
}

package dev.xacct.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.testing.XacctCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 §7 through {@code ./xacct -c}, as a script first runs it: {@code ~/.xacct} is 0700 from
 * the first run in any mode (not only once the interactive shell wrote its history), and the
 * settings files with account data in it are 0600, whatever the umask. Everything xacct writes
 * under its home is private, folders 0700 and files 0600, under umask 000 too (docs/getting-started.md
 * "Files", docs/engines.md), and a home left loose by an older version is repaired at start.
 */
class PrivateHomeIT {

    @TempDir
    Path home;

    @Test
    void theFirstOneShotRunMakesTheHomeFolderPrivateAndItsSettingsFiles() throws Exception {
        XacctCli xacct = new XacctCli(home).without("XACCT_HOME");
        XacctCli.Result result =
                xacct.run("-c", "athena config --workgroup audit --output s3://query-results-111111111111/xacct/");
        assertThat(result.exitCode()).as(result.all()).isZero();

        Path xacctHome = home.resolve(".xacct");
        assertThat(Files.getPosixFilePermissions(xacctHome)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(xacctHome.resolve("athena.properties")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));

        // a home folder made by someone else with the umask's mode is narrowed on the next run
        Files.setPosixFilePermissions(xacctHome, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(xacct.run("-c", "version").exitCode()).isZero();
        assertThat(Files.getPosixFilePermissions(xacctHome)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void aOneShotRunUnderUmask000CreatesOnlyPrivateFoldersAndFiles() throws IOException {
        XacctCli.Result run = new XacctCli(home)
                .umask("000")
                .run(
                        "--demo",
                        "-c",
                        "sql \"SELECT count(*) AS n FROM cloudtrail\"; sql \"SELECT count(*) AS n FROM alb_logs\";"
                                + " athena config --workgroup analysts");
        assertThat(run.exitCode()).as(run.all()).isZero();

        List<Path> written = everythingUnder(home);
        assertThat(written)
                .as("the demo data, the cache (with its lock files) and athena.properties were written")
                .anySatisfy(p -> assertThat(p.getFileName().toString()).isEqualTo("lock"))
                .anySatisfy(p -> assertThat(p.getFileName().toString()).endsWith(".json.gz"))
                .anySatisfy(p -> assertThat(p.getFileName().toString()).isEqualTo("athena.properties"));
        assertPrivate(written);
    }

    @Test
    void aLooseHomeIsRepairedAtStartExceptThePluginsFolderWhoseJarsTheLoaderJudges() throws IOException {
        Path demo = Files.createDirectories(home.resolve("cache/demo/AWSLogs"));
        Path plugins = Files.createDirectories(home.resolve("plugins"));
        Path settings = Files.writeString(home.resolve("athena.properties"), "workgroup=primary\n");
        Path data = Files.writeString(demo.resolve("events.json"), "{}");
        for (Path folder : List.of(home, home.resolve("cache"), home.resolve("cache/demo"), demo, plugins)) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        }
        for (Path file : List.of(settings, data)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        }

        XacctCli.Result run = new XacctCli(home).run("-c", "version");
        assertThat(run.exitCode()).as(run.all()).isZero();

        assertPrivate(everythingUnder(home).stream()
                .filter(p -> !p.startsWith(plugins))
                .toList());
        assertThat(mode(plugins)).as("left for the plugin loader to refuse").isEqualTo("rwxrwxrwx");
    }

    private static List<Path> everythingUnder(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.toList();
        }
    }

    private static void assertPrivate(List<Path> paths) throws IOException {
        for (Path p : paths) {
            String expected = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "rwx------" : "rw-------";
            assertThat(mode(p)).as(p.toString()).isEqualTo(expected);
        }
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    }
}

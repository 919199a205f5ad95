package dev.xacct.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.testing.XacctCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing a user exports is lost silently: a failed write is an error with the OS reason and exit code 1. */
class WriteFailuresIT {

    private static final Path FULL = Path.of("/dev/full");

    @TempDir
    Path home;

    private XacctCli xacct() {
        return new XacctCli(home);
    }

    @Test
    void stdoutOnAFullDiskIsAnErrorNotASuccess() {
        XacctCli.Result result = xacct().stdoutTo(FULL).run("-c", "templates --format csv");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).isEqualTo("error: cannot write standard output: no space left on device\n");
    }

    @Test
    void outToAFullDiskIsAnErrorAndSaysNothingWasWritten() {
        XacctCli.Result result = xacct().run("--demo", "-c", "sql \"SELECT range AS n FROM range(84)\" --out " + FULL);
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr())
                .contains("error: cannot write /dev/full: no space left on device")
                .doesNotContain("wrote");
    }

    @Test
    void aFailedExportLeavesTheOldFileAsItWasAndNoPartialFile() throws Exception {
        Path export = home.resolve("export.csv");
        Files.writeString(export, "the previous export\n");
        // the first rows stream out before the query fails
        XacctCli.Result result = xacct().run(
                        "--demo",
                        "-c",
                        "sql \"SELECT CASE WHEN range < 100000 THEN range ELSE"
                                + " error('the query failed midway') END AS n FROM range(200000)\" --format csv --out "
                                + export);
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("failed midway").doesNotContain("wrote");
        assertThat(Files.readString(export)).isEqualTo("the previous export\n");
        try (Stream<Path> files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("export.csv."));
        }
    }

    @Test
    void anExportIsWrittenWholeAndPrivate() throws Exception {
        Path export = home.resolve("export.csv");
        XacctCli.Result result =
                xacct().run("--demo", "-c", "sql \"SELECT range AS n FROM range(84)\" --format csv --out " + export);
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stderr()).contains("wrote 84 rows to " + export);
        assertThat(Files.readAllLines(export)).hasSize(85).first().isEqualTo("n");
        assertThat(Files.getPosixFilePermissions(export)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(home)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }
}

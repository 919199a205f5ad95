package dev.xacct.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.testing.XacctCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 §7 through {@code ./xacct -c}, as a script first runs it: {@code ~/.xacct} is 0700 from
 * the first run in any mode (not only once the interactive shell wrote its history), and the
 * settings files with account data in it are 0600, whatever the umask.
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
}

package dev.xacct.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.testing.XacctCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With no AWS credentials, queries run on the local engine over the demo month in every mode, as
 * README and docs/queries.md promise: {@code -c} and {@code --file} as the interactive shell, with
 * one line on stderr saying so; {@code --source DIR} is the local engine's without {@code --engine}.
 */
class DemoWithoutCredentialsIT {

    private static final String QUERY =
            "query run cloudtrail/console-login-without-mfa --param start=2025-06-01 --param end=2025-06-30";

    @TempDir
    Path home;

    @Test
    void aOneShotRunWithoutCredentialsQueriesTheDemoAndSaysSoOnce() {
        XacctCli.Result run = new XacctCli(home).run("-c", QUERY + " --format csv; " + QUERY + " --format csv");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.stdout())
                .contains("arn:aws:iam::222222222222:user/carol")
                .doesNotContain("error");
        assertThat(run.stderr())
                .containsOnlyOnce("no AWS credentials found: running on the local engine over the demo month")
                .doesNotContain("error:");
    }

    @Test
    void aScriptFileWithoutCredentialsQueriesTheDemo() throws IOException {
        Path script = Files.writeString(home.resolve("audit.xacct"), QUERY + " --format csv\n");

        XacctCli.Result run = new XacctCli(home).run("--file", script.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.stdout()).contains("arn:aws:iam::222222222222:user/carol");
    }

    @Test
    void sourceWithoutEngineIsTheLocalEngineAndAFileIsNotAFolder() {
        XacctCli cli = new XacctCli(home);
        cli.run("--demo", "-c", "sql \"SELECT 1\""); // the demo folder, generated
        Path demo = home.resolve("cache/demo");

        XacctCli.Result local = new XacctCli(home)
                .env("AWS_ACCESS_KEY_ID", "AKIAEXAMPLE")
                .env("AWS_SECRET_ACCESS_KEY", "example")
                .env("AWS_REGION", "us-east-1")
                .run("-c", "sql \"SELECT count(*) AS n FROM cloudtrail\" --source " + demo + " --format csv");
        assertThat(local.exitCode()).as(local.all()).isZero();
        assertThat(local.stdout()).startsWith("n\n").doesNotContain("\n0\n");

        XacctCli.Result file = cli.run("-c", "sql \"SELECT 1\" --source /etc/passwd");
        assertThat(file.exitCode()).isEqualTo(1);
        assertThat(file.stderr())
                .contains("--source /etc/passwd: a file, not a folder")
                .doesNotContain("no such");
    }
}

package dev.xacct.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xacct.testing.AwsEmulator;
import dev.xacct.testing.MotoServerExtension;
import dev.xacct.testing.SharedFolder;
import dev.xacct.testing.XacctCli;
import dev.xacct.testing.XacctTerminal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Queries as a user runs them: the demo with no AWS at all, and Athena against the emulator. */
@ExtendWith(MotoServerExtension.class)
class QueryCommandsIT {

    @TempDir
    Path home;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theDemoRunsTemplatesWithNoCredentialsAtAll() throws Exception {
        XacctCli.Result result = new XacctCli(home)
                .run(
                        "--demo",
                        "-c",
                        "query run cloudtrail/console-login-without-mfa --param start=2025-06-01 --param end=2025-06-30 --format json");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        JsonNode rows = json.readTree(result.stdout());
        assertThat(rows.isArray()).isTrue();
        assertThat(rows).isNotEmpty();
        assertThat(home.resolve("cache/demo/.complete")).exists();
    }

    @Test
    void plainXacctWithoutCredentialsOpensOnTheDemo() {
        try (XacctTerminal shell = XacctTerminal.start(home, 160, 40, java.util.Map.of())) {
            shell.await("Demo mode").await("AWS identity: none found");
            shell.type(
                            "query run cloudtrail/root-activity --param start=2025-06-01 --param end=2025-06-30 --format csv\r")
                    .await("eventtime,accountid")
                    .type("exit\r");
            assertThat(shell.exitCode()).isZero();
        }
    }

    @Test
    void sqlOnTheLocalEngineOverAFolderOfLogs() throws Exception {
        Path sample = SharedFolder.cloudTrailSample();
        XacctCli.Result result = new XacctCli(home)
                .run(
                        "-c",
                        "sql \"SELECT accountid, count(*) AS events FROM cloudtrail GROUP BY 1 ORDER BY 1\" --engine local --source "
                                + sample + " --format csv");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout().lines().toList())
                .containsExactly("accountid,events", "222222222222,20", "333333333333,1");
    }

    @Test
    void badSqlAndAMissingSourceAreOneLineErrors() {
        XacctCli.Result bad = new XacctCli(home)
                .run("-c", "sql \"SELEC 1\" --engine local --source " + SharedFolder.cloudTrailSample());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.stderr().strip())
                .startsWith("error: ")
                .doesNotContain("\n")
                .contains("SELEC");
        XacctCli.Result missing =
                new XacctCli(home).run("-c", "sql \"SELECT 1\" --engine local --source /no/such/folder");
        assertThat(missing.stderr()).contains("--source /no/such/folder: no such folder");
    }

    @Test
    void athenaTableCostGuardAndRunAgainstTheEmulator(AwsEmulator aws) throws Exception {
        try (S3Client s3 = S3Client.builder()
                .endpointOverride(aws.endpoint())
                .region(AwsEmulator.REGION)
                .credentialsProvider(aws.credentials())
                .forcePathStyle(true)
                .build()) {
            s3.createBucket(b -> b.bucket("ct-logs"));
            s3.createBucket(b -> b.bucket("athena-results"));
            try (Stream<Path> files = Files.walk(SharedFolder.cloudTrailSample().resolve("AWSLogs"))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String key =
                            SharedFolder.cloudTrailSample().relativize(file).toString();
                    s3.putObject(b -> b.bucket("ct-logs").key(key), RequestBody.fromFile(file));
                }
            }
        }
        XacctCli xacct = new XacctCli(home).env(aws.environment());
        XacctCli.Result create = xacct.run(
                "-c",
                "athena config --output s3://athena-results/q/; "
                        + "table create cloudtrail --bucket ct-logs --accounts 333333333333 --regions us-east-1 --from 2025/01/01");
        assertThat(create.exitCode()).as(create.stderr()).isZero();
        assertThat(create.stdout()).contains("created table cloudtrail over s3://ct-logs/AWSLogs/");

        XacctCli.Result dryRun =
                xacct.run("-c", "query run cloudtrail/console-logins --param start=2025-03-06 --dry-run");
        assertThat(dryRun.exitCode()).isZero();
        assertThat(dryRun.stderr()).contains("will scan ≈ ").contains("1 object under 3 day prefixes");
        assertThat(dryRun.stdout()).contains("\"date\" BETWEEN '2025/03/05' AND '2025/03/07'");

        XacctCli.Result refused =
                xacct.run("-c", "query run cloudtrail/console-logins --param start=2025-03-06 --max-scan 100B");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.stderr()).contains("above the limit of 100 B").contains("--yes");

        XacctCli.Result ran = xacct.run(
                "-c",
                "query run cloudtrail/console-logins --param start=2025-03-06 --max-scan 100B --yes --format json");
        assertThat(ran.exitCode()).as(ran.stderr()).isZero();
        assertThat(json.readTree(ran.stdout()).isArray()).isTrue();
        assertThat(ran.stderr()).contains("succeeded").contains("scanned 0 B, cost $0 (estimated ");
    }

    @Test
    void queryStatusAndCancelLookUpAnAthenaQueryById(AwsEmulator aws) throws Exception {
        XacctCli xacct = new XacctCli(home).env(aws.environment());
        XacctCli.Result ran =
                xacct.run("-c", "athena config --output s3://athena-results/q/; sql \"SELECT 1\" --engine athena");
        assertThat(ran.exitCode()).as(ran.stderr()).isZero();
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("query ([0-9a-f-]{36}) succeeded")
                .matcher(ran.stderr());
        assertThat(id.find()).as(ran.stderr()).isTrue();

        XacctCli.Result status = xacct.run("-c", "query status " + id.group(1) + " --format json");
        assertThat(status.exitCode()).as(status.stderr()).isZero();
        JsonNode query = json.readTree(status.stdout());
        assertThat(query.path("id").asText()).isEqualTo(id.group(1));
        assertThat(query.path("state").asText()).isEqualTo("SUCCEEDED");

        // Cancelling a query that already ended leaves it as it was, and says so.
        XacctCli.Result cancel = xacct.run("-c", "query cancel " + id.group(1) + " --format json");
        assertThat(cancel.exitCode()).as(cancel.stderr()).isZero();
        assertThat(json.readTree(cancel.stdout()).path("state").asText()).isEqualTo("SUCCEEDED");

        XacctCli.Result missing = xacct.run("-c", "query status");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.stderr()).contains("give the query id");
    }

    @Test
    void aFanOutMergesEveryAccountsRowsUnderItsAccountId(AwsEmulator aws) throws Exception {
        for (String account : new String[] {"111111111111", "222222222222", "333333333333"}) {
            seed(aws, account, "ConsoleLogin-" + account);
        }
        XacctCli.Result result = new XacctCli(home)
                .env(aws.environment())
                .run(
                        "-c",
                        "athena config --output s3://athena-results/q/ --format json; "
                                + "query run cloudtrail/event-volume-summary --param start=2025-03-06 "
                                + "--accounts 111111111111,222222222222,333333333333 --role-name AuditRole --format json");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stderr())
                .contains("running in 3 accounts as AuditRole")
                .contains("111111111111: done 1 row");
        // stdout holds the config object, then the fan-out's array.
        JsonNode rows = json.readTree(result.stdout().substring(result.stdout().indexOf('[')));
        assertThat(rows).hasSize(3);
        assertThat(rows.findValuesAsText("account"))
                .containsExactlyInAnyOrder("111111111111", "222222222222", "333333333333");
        assertThat(rows.findValuesAsText("eventname")).contains("ConsoleLogin-222222222222");
    }

    /** moto answers the account's next Athena query with this one row. */
    private static void seed(AwsEmulator aws, String account, String eventName) throws Exception {
        String body = """
                {"account_id": "%s", "region": "us-east-1", "results": [{"rows": [
                  {"Data": [{"VarCharValue": "eventname"}, {"VarCharValue": "events"}]},
                  {"Data": [{"VarCharValue": "%s"}, {"VarCharValue": "1"}]}],
                 "column_info": [{"Name": "eventname", "Label": "eventname", "Type": "varchar"},
                                 {"Name": "events", "Label": "events", "Type": "bigint"}]}]}
                """.formatted(account, eventName);
        aws.motoApi("/moto-api/static/athena/query-results", body);
    }
}

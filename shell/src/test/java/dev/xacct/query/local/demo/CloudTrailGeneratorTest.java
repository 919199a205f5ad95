package dev.xacct.query.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.query.QueryRequest;
import dev.xacct.query.local.LocalEngine;
import dev.xacct.render.ResultStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The demo dataset: reproducible, and something for every audit template to find. */
class CloudTrailGeneratorTest {

    @TempDir
    static Path cache;

    private static Path demo;
    private static LocalEngine engine;

    @BeforeAll
    static void generate() {
        demo = DemoDataset.ensure(cache.resolve("demo"));
        engine = new LocalEngine();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void sameSettingsGiveByteIdenticalFiles(@TempDir Path a, @TempDir Path b) throws IOException {
        var settings = new CloudTrailGenerator.Settings(7, CloudTrailGenerator.DEMO_LAST_DAY, 3, 2_000);
        CloudTrailGenerator.generate(settings, a);
        CloudTrailGenerator.generate(settings, b);

        Map<String, byte[]> first = files(a);
        Map<String, byte[]> second = files(b);
        assertThat(first).isNotEmpty();
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void isWrittenOnceThenReusedUntilIncomplete() throws IOException {
        Path marker = demo.resolve(DemoDataset.MARKER);
        assertThat(marker).exists();
        var before = Files.getLastModifiedTime(marker);
        assertThat(DemoDataset.ensure(demo)).isEqualTo(demo);
        assertThat(Files.getLastModifiedTime(marker)).isEqualTo(before);
    }

    @Test
    void coversThirtyDaysOfFourAccountsInTheOrganizationLayout() {
        List<List<Object>> rows = all("SELECT count(DISTINCT accountid), min(eventtime), max(eventtime), "
                + "count(DISTINCT \"date\") FROM cloudtrail");
        assertThat(rows.get(0))
                .containsExactly(4L, rows.get(0).get(1), rows.get(0).get(2), 31L);
        assertThat((String) rows.get(0).get(1)).startsWith("2025-06-01T");
        assertThat((String) rows.get(0).get(2)).startsWith("2025-06-30T");
        assertThat(demo.resolve("AWSLogs/o-demo12345/222222222222/CloudTrail/us-east-1/2025/06/18"))
                .isDirectory();
    }

    /** One predicate per template of design.md §5: each must match rows in the demo. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "console-logins | eventname = 'ConsoleLogin'",
                "switch-role | eventname = 'SwitchRole'",
                "who-created | eventname LIKE 'Create%' AND json_extract_scalar(requestparameters, '$.bucketName') = 'acme-prod-data'",
                "create-events | (eventname LIKE 'Create%' OR eventname = 'RunInstances') AND eventname NOT LIKE 'CreateLog%'",
                "iam-user-activity | useridentity.type = 'IAMUser' AND useridentity.invokedby IS NULL",
                "who-touched | readonly = 'false' AND strpos(requestparameters, 'acme-prod-data') > 0 AND eventname <> 'CreateBucket'",
                "console-login-without-mfa | eventname = 'ConsoleLogin' AND json_extract_scalar(additionaleventdata, '$.MFAUsed') = 'No'",
                "console-login-failures | eventname = 'ConsoleLogin' AND json_extract_scalar(responseelements, '$.ConsoleLogin') = 'Failure'",
                "root-activity | useridentity.type = 'Root'",
                "cross-account-assume-role | eventname = 'AssumeRole' AND useridentity.accountid <> recipientaccountid",
                "access-denied | errorcode IN ('AccessDenied', 'Client.UnauthorizedOperation')",
                "who-deleted | regexp_like(eventname, '^Delete') OR eventname = 'TerminateInstances'",
                "iam-changes | eventsource = 'iam.amazonaws.com' AND readonly = 'false'",
                "admin-policy-attached | eventname LIKE 'Attach%Policy' AND json_extract_scalar(requestparameters, '$.policyArn') LIKE '%/AdministratorAccess'",
                "access-key-created-for-other-user | eventname = 'CreateAccessKey' AND json_extract_scalar(requestparameters, '$.userName') <> useridentity.username",
                "login-profile-and-mfa-changes | eventname IN ('CreateLoginProfile', 'DeactivateMFADevice', 'DeleteVirtualMFADevice')",
                "security-group-opened-to-world | eventname = 'AuthorizeSecurityGroupIngress' AND strpos(requestparameters, '0.0.0.0/0') > 0",
                "network-perimeter-changes | eventname IN ('CreateInternetGateway', 'CreateRoute', 'AuthorizeSecurityGroupIngress')",
                "kms-key-deletion | eventname IN ('ScheduleKeyDeletion', 'DisableKey')",
                "s3-bucket-policy-changes | eventname IN ('PutBucketPolicy', 'DeleteBucketPublicAccessBlock')",
                "logging-tampering | eventname IN ('StopLogging', 'DeleteTrail', 'DeleteFlowLogs')",
                "snapshot-or-ami-shared | eventname = 'ModifySnapshotAttribute' AND json_extract_scalar(requestparameters, '$.createVolumePermission.add.items[0].group') = 'all'",
                "secrets-bulk-access | eventname = 'GetSecretValue' AND useridentity.arn LIKE '%/backup'",
                "activity-by-source-ip | sourceipaddress = '203.0.113.66'",
                "activity-by-access-key | useridentity.accesskeyid = 'AKIAEXAMPLELEAKED001'",
                "principal-timeline | useridentity.arn = 'arn:aws:iam::333333333333:user/ci-deployer'",
                "unexpected-region-activity | awsregion = 'ap-southeast-2'",
                "org-changes | eventsource = 'organizations.amazonaws.com' AND readonly = 'false'",
                "event-volume-summary | eventsource IS NOT NULL",
            })
    void everyTemplateFindsRows(String template, String predicate) {
        Object count =
                all("SELECT count(*) FROM cloudtrail WHERE " + predicate).get(0).get(0);
        assertThat((Long) count).as(template).isPositive();
    }

    @Test
    void theIntrusionStandsOut() {
        assertThat(
                        all("SELECT count(*) FROM cloudtrail WHERE eventname = 'GetSecretValue' AND sourceipaddress = '203.0.113.66'"
                                        + " AND eventtime LIKE '"
                                        + CloudTrailGenerator.Settings.demo().incidentDay() + "T%'")
                                .get(0)
                                .get(0))
                .isEqualTo(40L);
    }

    private static List<List<Object>> all(String sql) {
        ResultStream result = engine.execute(QueryRequest.of(sql).withSource(demo));
        try (result) {
            List<List<Object>> rows = new java.util.ArrayList<>();
            for (var page = result.nextPage(); !page.isEmpty(); page = result.nextPage()) {
                rows.addAll(page);
            }
            return rows;
        }
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}

package dev.xacct.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xacct.testing.AwsEmulator;
import dev.xacct.testing.MotoServerExtension;
import dev.xacct.testing.XacctCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A template of each plugin kind on Athena through {@code ./xacct}, against the emulator: after
 * {@code table create KIND}, the cost guard sizes the day prefixes the template's partitions
 * select in that kind's key layout (listing S3 where the layout has a level the parameters do not
 * give: S3 access logs' source bucket), refuses above {@code --max-scan}, and the same template
 * fans out with {@code --accounts}, each account's rows under its id and what each scanned.
 */
@ExtendWith(MotoServerExtension.class)
class KindTemplatesOnAthenaIT {

    private static final List<String> ACCOUNTS = List.of("111111111111", "222222222222", "333333333333");
    private static final List<String> REGIONS = List.of("us-east-1", "eu-west-1");
    private static final Pattern DATES = Pattern.compile("\"date\" BETWEEN '([0-9/]+)' AND '([0-9/]+)'");

    @TempDir
    static Path demoHome;

    /** The demo month of every kind, as {@code ./xacct --demo} writes it (June 2025, {@link #ACCOUNTS}). */
    private static Path demo;

    @TempDir
    Path home;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void writeTheDemoMonth() {
        XacctCli.Result r = new XacctCli(demoHome).run("--demo", "-c", "sql \"SELECT 1\" --no-cache");
        assertThat(r.exitCode()).as(r.all()).isZero();
        demo = demoHome.resolve("cache/demo");
    }

    /** Kind, template, the demo folder its files are in (the key below the bucket), {@code table create}'s extra options. */
    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of("vpc-flow-logs", "vpc-flow-logs/top-talkers", "/vpcflowlogs/", ""),
                Arguments.of("alb-logs", "alb-logs/errors-5xx-by-target", "/elasticloadbalancing/", ""),
                Arguments.of(
                        "s3-access-logs",
                        "s3-access-logs/denied-by-requester",
                        "s3-access-logs/",
                        " --prefix s3-access-logs --with source-buckets=" + bucketsOf()));
    }

    private static String bucketsOf() {
        StringBuilder out = new StringBuilder();
        for (String a : ACCOUNTS) {
            for (String r : REGIONS) {
                out.append(out.length() == 0 ? "" : ",")
                        .append("acme-data-")
                        .append(a)
                        .append('-')
                        .append(r);
            }
        }
        return out.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void theCostGuardSizesTheKindsLayoutAndTheTemplateFansOut(
            String kind, String template, String folder, String createOptions, AwsEmulator aws) throws Exception {
        List<String> keys;
        try (Stream<Path> files = Files.walk(demo)) {
            keys = files.filter(Files::isRegularFile)
                    .map(f -> demo.relativize(f).toString())
                    .filter(k -> k.contains(folder) && !k.startsWith("."))
                    .toList();
        }
        assertThat(keys).hasSizeGreaterThan(100);
        try (S3Client s3 = aws.s3()) {
            s3.createBucket(b -> b.bucket("central-logs"));
            s3.createBucket(b -> b.bucket("athena-results"));
            for (String key : keys) {
                s3.putObject(b -> b.bucket("central-logs").key(key), RequestBody.fromFile(demo.resolve(key)));
            }
        }
        XacctCli xacct = new XacctCli(home).env(aws.environment());
        XacctCli.Result create = xacct.run(
                "-c",
                "athena config --output s3://athena-results/q/; table create " + kind
                        + " --bucket central-logs --accounts " + String.join(",", ACCOUNTS) + " --regions "
                        + String.join(",", REGIONS) + " --from 2025/01/01" + createOptions);
        assertThat(create.exitCode()).as(create.all()).isZero();

        // One account, all regions, the story day: its day prefixes in the kind's layout, sized
        XacctCli.Result dryRun = xacct.run(
                "-c",
                "query run " + template + " --param start=2025-06-19 --param accounts=" + ACCOUNTS.get(1)
                        + " --dry-run --format json");
        assertThat(dryRun.exitCode()).as(dryRun.all()).isZero();
        JsonNode plan = json.readTree(dryRun.stdout());
        Matcher dates = DATES.matcher(plan.path("sql").asText());
        assertThat(dates.find()).as(dryRun.stdout()).isTrue();
        List<String> selected = keys.stream()
                .filter(k -> inPrefix(k, ACCOUNTS.get(1), dates.group(1), dates.group(2)))
                .toList();
        long bytes = 0;
        for (String k : selected) {
            bytes += Files.size(demo.resolve(k));
        }
        long days = LocalDate.parse(dates.group(2).replace('/', '-')).toEpochDay()
                - LocalDate.parse(dates.group(1).replace('/', '-')).toEpochDay()
                + 1;
        JsonNode scan = plan.path("scanEstimate");
        assertThat(selected).hasSizeGreaterThanOrEqualTo((int) days * REGIONS.size());
        assertThat(scan.path("objects").asLong()).as(dryRun.all()).isEqualTo(selected.size());
        assertThat(scan.path("bytes").asLong()).isEqualTo(bytes);
        // a day prefix per region and day (S3 access logs: per source bucket too, one per region here)
        assertThat(scan.path("dayPrefixes").asLong()).isEqualTo(days * REGIONS.size());
        assertThat(dryRun.stderr()).contains("will scan ≈ ").contains(selected.size() + " objects under ");

        String fanOut = "query run " + template + " --param start=2025-06-19 --accounts 111111111111,444444444444"
                + " --role-name AuditRole";
        XacctCli.Result refused = xacct.run("-c", fanOut + " --max-scan 100B");
        assertThat(refused.exitCode()).as(refused.all()).isEqualTo(1);
        assertThat(refused.stderr()).contains("above the limit of 100 B").doesNotContain("running in");

        seed(aws, "111111111111", "first");
        seed(aws, "444444444444", "fourth");
        XacctCli.Result ran = xacct.run("-c", fanOut + " --max-scan 100B --yes --format json");
        assertThat(ran.exitCode()).as(ran.all()).isZero();
        assertThat(ran.stderr())
                .contains("will scan ≈ ")
                .contains("running because of --yes")
                .contains("running in 2 accounts as AuditRole")
                .contains("111111111111: done 1 row, scanned ")
                .contains("444444444444: done 1 row, scanned ");
        JsonNode rows = json.readTree(ran.stdout());
        assertThat(rows.findValuesAsText("account")).containsExactlyInAnyOrder("111111111111", "444444444444");
        assertThat(rows.findValuesAsText("answer")).containsExactlyInAnyOrder("first", "fourth");
    }

    /**
     * Whether a written file lies under a day prefix the partitions select: account {@code account},
     * any region (and source bucket), a day from {@code first} to {@code last} ({@code yyyy/MM/dd}).
     */
    private static boolean inPrefix(String key, String account, String first, String last) {
        Matcher m = Pattern.compile("(^|/)" + account + "/(.*/)?([0-9]{4}/[0-9]{2}/[0-9]{2})/[^/]+$")
                .matcher(key);
        return m.find() && m.group(3).compareTo(first) >= 0 && m.group(3).compareTo(last) <= 0;
    }

    /** moto answers the account's next Athena query with one row {@code answer=VALUE}. */
    private static void seed(AwsEmulator aws, String account, String value) {
        String body = """
                {"account_id": "%s", "region": "us-east-1", "results": [{"rows": [
                  {"Data": [{"VarCharValue": "answer"}]},
                  {"Data": [{"VarCharValue": "%s"}]}],
                 "column_info": [{"Name": "answer", "Label": "answer", "Type": "varchar"}]}]}
                """.formatted(account, value);
        aws.motoApi("/moto-api/static/athena/query-results", body);
    }
}

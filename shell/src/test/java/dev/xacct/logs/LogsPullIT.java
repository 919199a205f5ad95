package dev.xacct.logs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xacct.testing.AwsEmulator;
import dev.xacct.testing.MotoServerExtension;
import dev.xacct.testing.XacctCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * {@code ./xacct -c "assume …; logs pull …"} as a user runs it against moto, then the local engine
 * over the pulled folder. Runs after packaging (Failsafe).
 */
@ExtendWith(MotoServerExtension.class)
class LogsPullIT {

    private static final String ROLE = "arn:aws:iam::444444444444:role/LogReader";

    /** The trail bucket, created by the role in the log-archive account (plain SDK: main classes are packaged). */
    private static TrailBucket seed(AwsEmulator aws) {
        try (StsClient sts = StsClient.builder()
                .endpointOverride(aws.endpoint())
                .region(AwsEmulator.REGION)
                .credentialsProvider(aws.credentials())
                .build()) {
            Credentials role =
                    sts.assumeRole(r -> r.roleArn(ROLE).roleSessionName("seed")).credentials();
            S3Client s3 = S3Client.builder()
                    .endpointOverride(aws.endpoint())
                    .region(AwsEmulator.REGION)
                    .forcePathStyle(true)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsSessionCredentials.create(
                            role.accessKeyId(), role.secretAccessKey(), role.sessionToken())))
                    .build();
            try (s3) {
                return new TrailBucket(s3).fill();
            }
        }
    }

    @Test
    void pullAsAnAssumedRoleResumeThenQueryLocally(AwsEmulator aws, @TempDir Path home) throws Exception {
        TrailBucket trail = seed(aws);
        XacctCli cli = new XacctCli(home).env(aws.environment());
        Path dest = home.resolve("pulled");
        String pull = "logs pull s3://" + TrailBucket.BUCKET + " --from 2025-03-05 --to 2025-03-06 --dest " + dest;

        XacctCli.Result first = cli.run("-c", "assume " + ROLE + "; " + pull);

        assertThat(first.exitCode()).as(first.all()).isZero();
        assertThat(first.stderr())
                .contains("logs pull: copied 18 files (")
                .contains("; 0 already present -> " + dest)
                .contains("query it: query run cloudtrail/console-logins --engine local --source " + dest
                        + " --param start=2025-03-05 --param end=2025-03-06");
        assertThat(first.stdout()).doesNotContain("copied").doesNotContain("\r");
        assertThat(keysUnder(dest)).containsExactlyElementsOf(trail.inScope);
        // logs are account data: every pulled file is the user's alone (issue 13 §7)
        assertThat(Files.getPosixFilePermissions(dest.resolve(TrailBucket.SAMPLE_SINGLE)))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

        Files.delete(dest.resolve(TrailBucket.SAMPLE_SINGLE));
        Files.delete(dest.resolve(TrailBucket.SAMPLE_ORG));
        XacctCli.Result resumed = cli.run("-c", "assume " + ROLE + "; " + pull);

        assertThat(resumed.exitCode()).as(resumed.all()).isZero();
        assertThat(resumed.stderr()).contains("logs pull: copied 2 files (").contains("; 16 already present");
        assertThat(keysUnder(dest)).containsExactlyElementsOf(trail.inScope);

        // the pull filled the local engine's cache of the folder: nothing left to convert
        JsonNode cache = new ObjectMapper()
                .readTree(cli.run("-c", "cache status --format json").stdout());
        assertThat(cache).hasSize(1);
        assertThat(cache.get(0).get("source").asText()).isEqualTo(dest.toString());
        assertThat(cache.get(0).get("files").asLong()).isEqualTo(trail.inScope.size());
        assertThat(cache.get(0).get("pending").asLong()).isZero();

        XacctCli.Result query = cli.run(
                "-c",
                "query run cloudtrail/event-volume-summary --engine local --source " + dest
                        + " --param start=2025-03-05 --param end=2025-03-06 --format json");

        assertThat(query.exitCode()).as(query.all()).isZero();
        JsonNode rows = new ObjectMapper().readTree(query.stdout());
        Map<String, Long> counted = new HashMap<>();
        for (JsonNode row : rows) {
            counted.put(
                    row.get("accountid").asText() + " " + row.get("region").asText() + " "
                            + row.get("eventname").asText(),
                    row.get("events").asLong());
        }
        Map<String, Long> expected = new HashMap<>();
        trail.written.forEach(k -> expected.merge(k, 1L, Long::sum));
        // the generated deliveries, exactly: 2 files a day, 2 days, 3 sign-ins and 1-2 reads each
        assertThat(expected)
                .containsEntry("444444444444 eu-west-1 ConsoleLogin", 12L)
                .containsEntry("444444444444 eu-west-1 GetObject", 6L);
        expected.forEach((key, events) -> assertThat(counted).containsEntry(key, events));
        // and the two real sample deliveries, one from each layout
        assertThat(counted.keySet()).anyMatch(k -> k.startsWith("333333333333 us-east-1 "));
        assertThat(counted.keySet().stream()
                        .filter(k -> k.startsWith("222222222222 us-east-1 "))
                        .count())
                .isGreaterThan(2);
    }

    @Test
    void badInputIsOneLineAndTheRightExitCode(AwsEmulator aws, @TempDir Path home) {
        seed(aws);
        XacctCli cli = new XacctCli(home).env(aws.environment());

        XacctCli.Result notS3 = cli.run("-c", "logs pull https://org-trail-logs --from 2025-03-05 --to 2025-03-06");
        assertThat(notS3.exitCode()).isEqualTo(2);
        assertThat(notS3.stderr()).contains("'https://org-trail-logs' is not an S3 URI: expected s3://BUCKET[/PREFIX]");

        XacctCli.Result badDate = cli.run("-c", "logs pull s3://org-trail-logs --from 2025/03/05 --to 2025-03-06");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.stderr()).contains("--from 2025/03/05: give a day as YYYY-MM-DD");

        XacctCli.Result backwards = cli.run("-c", "logs pull s3://org-trail-logs --from 2025-03-06 --to 2025-03-05");
        assertThat(backwards.exitCode()).isEqualTo(2);
        assertThat(backwards.stderr()).contains("--to 2025-03-05 is before --from 2025-03-06");

        XacctCli.Result missing = cli.run(
                "-c",
                "assume " + ROLE + "; logs pull s3://no-such-trail --from 2025-03-05 --to 2025-03-06" + " --dest "
                        + home.resolve("x"));
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.stderr()).contains("bucket 'no-such-trail' does not exist");
        assertThat(missing.stderr().lines().filter(l -> l.contains("Exception")).toList())
                .isEmpty();
    }

    private static List<String> keysUnder(Path dest) throws Exception {
        try (Stream<Path> files = Files.walk(dest)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> dest.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}

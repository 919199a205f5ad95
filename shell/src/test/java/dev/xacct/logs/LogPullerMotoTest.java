package dev.xacct.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xacct.session.Assumer;
import dev.xacct.session.Session;
import dev.xacct.session.SessionManager;
import dev.xacct.shell.UserError;
import dev.xacct.template.PartitionScope;
import dev.xacct.testing.AwsEmulator;
import dev.xacct.testing.MotoServerExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/** {@code logs pull} against moto, as a role assumed into the log-archive account. */
@ExtendWith(MotoServerExtension.class)
class LogPullerMotoTest {

    private SessionManager sessions;
    private Session reader;
    private TrailBucket trail;

    @BeforeEach
    void trailInTheLogArchiveAccount(AwsEmulator aws) {
        sessions = aws.sessions();
        reader = sessions.assume("arn:aws:iam::444444444444:role/LogReader", Assumer.Options.none(), Optional.empty())
                .session();
        trail = new TrailBucket(sessions.clients().s3(reader)).fill();
    }

    private LogPuller puller() {
        return puller(TrailBucket.BUCKET);
    }

    private LogPuller puller(String bucket) {
        S3Client s3 = sessions.clients().s3(sessions.current());
        return new LogPuller(
                new S3LogBucket(s3, bucket),
                () -> sessions.identityOf(sessions.current()).arn());
    }

    private static LogPuller.Request request(String uri, PartitionScope scope, Path dest) {
        return new LogPuller.Request(LogSource.parse(uri), Optional.empty(), scope, dest, 8);
    }

    /** The files under {@code dest}, as {@code /}-separated paths relative to it (what a pull wrote). */
    static Set<String> filesUnder(Path dest) throws IOException {
        try (Stream<Path> files = Files.walk(dest)) {
            Set<String> keys = new TreeSet<>();
            files.filter(Files::isRegularFile)
                    .forEach(f -> keys.add(dest.relativize(f).toString().replace('\\', '/')));
            return keys;
        }
    }

    @Test
    void pullsOnlyTheFilesInScopeKeepingTheKeyLayoutThenResumesWhatIsMissing(@TempDir Path dest) throws IOException {
        assertThat(sessions.identify(sessions.current()).arn()).contains(":assumed-role/LogReader/");

        PullResult first = puller().pull(
                        request(
                                "s3://" + TrailBucket.BUCKET,
                                PartitionScope.days(TrailBucket.FROM, TrailBucket.TO),
                                dest),
                        new LogPuller.Listener() {});

        assertThat(filesUnder(dest)).isEqualTo(trail.inScope);
        assertThat(first.progress().copied()).isEqualTo(trail.inScope.size()).isEqualTo(18);
        assertThat(first.progress().skipped()).isZero();
        assertThat(first.progress().failed()).isZero();
        assertThat(first.plan().organizations()).containsExactly(TrailBucket.ORG);
        assertThat(first.plan().accounts()).containsExactlyInAnyOrder("333333333333", "222222222222", "444444444444");
        assertThat(Files.readAllBytes(dest.resolve(TrailBucket.SAMPLE_ORG)))
                .isEqualTo(getClass()
                        .getResourceAsStream("/cloudtrail-sample/" + TrailBucket.SAMPLE_ORG)
                        .readAllBytes());

        // an interruption lost three files and left one cut short: only those are copied again
        List<String> keys = List.copyOf(trail.inScope);
        Files.delete(dest.resolve(keys.get(0)));
        Files.delete(dest.resolve(keys.get(5)));
        Files.delete(dest.resolve(keys.get(17)));
        Files.write(dest.resolve(keys.get(9)), new byte[] {31});

        PullResult second = puller().pull(
                        request(
                                "s3://" + TrailBucket.BUCKET,
                                PartitionScope.days(TrailBucket.FROM, TrailBucket.TO),
                                dest),
                        new LogPuller.Listener() {});

        assertThat(second.progress().copied()).isEqualTo(4);
        assertThat(second.progress().skipped()).isEqualTo(14);
        assertThat(filesUnder(dest)).isEqualTo(trail.inScope);
        assertThat(second.progress().summary()).startsWith("copied 4 files (").endsWith("; 14 already present");
    }

    @Test
    void accountsRegionsAndTheOrganizationNarrowThePull(@TempDir Path dest) throws IOException {
        PartitionScope scope =
                new PartitionScope(TrailBucket.TO, TrailBucket.TO, List.of("222222222222"), List.of("us-east-1"));
        PullResult result = puller().pull(
                        new LogPuller.Request(
                                LogSource.parse("s3://" + TrailBucket.BUCKET + "/"),
                                Optional.of(TrailBucket.ORG),
                                scope,
                                dest,
                                2),
                        new LogPuller.Listener() {});

        assertThat(filesUnder(dest))
                .allMatch(k -> k.startsWith("AWSLogs/o-1234abcde/222222222222/CloudTrail/us-east-1/2025/03/06/"))
                .hasSize(3)
                .contains(TrailBucket.SAMPLE_ORG);
        assertThat(result.plan().listings()).isZero();
    }

    @Test
    void nothingInRangeSaysWhatWasLookedFor(@TempDir Path dest) {
        PartitionScope april = PartitionScope.days(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 2));
        assertThatThrownBy(() ->
                        puller().pull(request("s3://" + TrailBucket.BUCKET, april, dest), new LogPuller.Listener() {}))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith(
                        "no CloudTrail files in s3://org-trail-logs/AWSLogs/ for 2025-04-01 to 2025-04-02")
                .hasMessageContaining("organizations o-1234abcde")
                .hasMessageContaining("accounts all (333333333333,222222222222,444444444444)");
        assertThatThrownBy(() -> puller().pull(
                                request("s3://" + TrailBucket.BUCKET + "/wrong/prefix", april, dest),
                                new LogPuller.Listener() {}))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("no CloudTrail folders under s3://org-trail-logs/wrong/prefix/AWSLogs/");
    }

    @Test
    void aBucketThatDoesNotExistIsOneLine(@TempDir Path dest) {
        assertThatThrownBy(() -> puller("no-such-trail-bucket")
                        .pull(
                                request(
                                        "s3://no-such-trail-bucket",
                                        PartitionScope.days(TrailBucket.FROM, TrailBucket.TO),
                                        dest),
                                new LogPuller.Listener() {}))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("bucket 'no-such-trail-bucket' does not exist");
    }

    @Test
    void progressIsReportedAndEndsComplete(@TempDir Path dest) {
        java.util.List<PullProgress> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        puller().pull(
                        request(
                                "s3://" + TrailBucket.BUCKET,
                                PartitionScope.days(TrailBucket.FROM, TrailBucket.TO),
                                dest),
                        new LogPuller.Listener() {
                            @Override
                            public void progress(PullProgress progress) {
                                seen.add(progress);
                            }
                        });
        PullProgress last = seen.get(seen.size() - 1);
        assertThat(last.done()).isEqualTo(last.files()).isEqualTo(18);
        assertThat(last.bytesCopied()).isEqualTo(last.bytes()).isPositive();
        assertThat(last.elapsed()).isGreaterThan(Duration.ZERO);
    }
}

package dev.xacct.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xacct.shell.UserError;
import dev.xacct.template.PartitionScope;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** What moto cannot show: AccessDenied wording, and Ctrl-C in the middle of downloads. */
class LogPullerStubTest {

    private static final String ARN = "arn:aws:sts::444444444444:assumed-role/LogReader/alice";
    private static final String DAY = "AWSLogs/111111111111/CloudTrail/us-east-1/2025/03/06/";
    private static final LocalDate MAR_6 = LocalDate.of(2025, 3, 6);

    /** One account, one region, {@code files} files of 100 bytes on 2025-03-06. */
    private abstract static class OneDayBucket implements S3Client {
        private final int files;

        OneDayBucket(int files) {
            this.files = files;
        }

        @Override
        public String serviceName() {
            return "s3";
        }

        @Override
        public void close() {}

        @Override
        public ListObjectsV2Response listObjectsV2(ListObjectsV2Request request) {
            String prefix = request.prefix();
            ListObjectsV2Response.Builder response =
                    ListObjectsV2Response.builder().isTruncated(false);
            switch (prefix) {
                case "AWSLogs/" ->
                    response.commonPrefixes(CommonPrefix.builder()
                            .prefix("AWSLogs/111111111111/")
                            .build());
                case "AWSLogs/111111111111/CloudTrail/" ->
                    response.commonPrefixes(
                            CommonPrefix.builder().prefix(prefix + "us-east-1/").build());
                case DAY ->
                    response.contents(Stream.iterate(0, i -> i + 1)
                            .limit(files)
                            .map(i -> S3Object.builder()
                                    .key(DAY + "111111111111_CloudTrail_us-east-1_20250306T0000Z_" + i + ".json.gz")
                                    .size(100L)
                                    .build())
                            .toList());
                default -> {}
            }
            return response.build();
        }
    }

    private static S3Exception denied() {
        return (S3Exception) S3Exception.builder()
                .statusCode(403)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("AccessDenied")
                        .errorMessage("Access Denied")
                        .build())
                .build();
    }

    private static LogPuller.Request request(Path dest) {
        return new LogPuller.Request(
                LogSource.parse("s3://trail-logs"), Optional.empty(), PartitionScope.days(MAR_6, MAR_6), dest, 4);
    }

    @Test
    void accessDeniedOnAListingNamesThePrefixAndTheIdentity(@TempDir Path dest) {
        S3Client s3 = new OneDayBucket(1) {
            @Override
            public ListObjectsV2Response listObjectsV2(ListObjectsV2Request request) {
                throw denied();
            }
        };
        assertThatThrownBy(() -> new LogPuller(new S3LogBucket(s3, "trail-logs"), () -> ARN)
                        .pull(request(dest), new LogPuller.Listener() {}))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("access denied listing s3://trail-logs/AWSLogs/ as " + ARN + ": ")
                .hasMessageContaining("s3:ListBucket");
    }

    @Test
    void accessDeniedOnEveryDownloadIsReportedWithTheIdentity(@TempDir Path dest) {
        S3Client s3 = new OneDayBucket(3) {
            @Override
            public <T> T getObject(GetObjectRequest request, ResponseTransformer<GetObjectResponse, T> transformer) {
                throw denied();
            }
        };
        LogPuller puller = new LogPuller(new S3LogBucket(s3, "trail-logs"), () -> ARN);
        PullResult result = puller.pull(request(dest), new LogPuller.Listener() {});

        assertThat(result.accessDenied()).isTrue();
        assertThat(result.progress().failed()).isEqualTo(3);
        assertThat(result.failures())
                .first()
                .satisfies(f -> assertThat(f.reason()).isEqualTo("AccessDenied (403)"));
        assertThat(puller.deniedMessage(result))
                .startsWith("access denied reading s3://trail-logs/" + DAY)
                .contains(" as " + ARN + ": ")
                .contains("s3:GetObject");
    }

    @Test
    void anInterruptStopsThePullAndLeavesNoPartialFile(@TempDir Path dest) throws Exception {
        CountDownLatch started = new CountDownLatch(2);
        S3Client s3 = new OneDayBucket(40) {
            @Override
            public <T> T getObject(GetObjectRequest request, ResponseTransformer<GetObjectResponse, T> transformer) {
                InputStream slow = new InputStream() {
                    private int sent;

                    @Override
                    public int read() throws IOException {
                        if (sent < 10) {
                            return sent++;
                        }
                        started.countDown();
                        try {
                            Thread.sleep(60_000);
                        } catch (InterruptedException e) {
                            throw new InterruptedIOException("interrupted");
                        }
                        return -1;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int next = read(); // one byte at a time, so an interrupt is never swallowed
                        if (next < 0) {
                            return -1;
                        }
                        b[off] = (byte) next;
                        return 1;
                    }
                };
                try {
                    return transformer.transform(
                            GetObjectResponse.builder().contentLength(100L).build(), AbortableInputStream.create(slow));
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            }
        };
        AtomicReference<PullResult> result = new AtomicReference<>();
        Thread command = new Thread(() -> result.set(new LogPuller(new S3LogBucket(s3, "trail-logs"), () -> ARN)
                .pull(request(dest), new LogPuller.Listener() {})));
        command.start();
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(partFiles(dest)).isNotEmpty();

        command.interrupt();
        command.join(30_000);

        assertThat(command.isAlive()).isFalse();
        assertThat(result.get().interrupted()).isTrue();
        assertThat(result.get().progress().copied()).isZero();
        assertThat(result.get().progress().failed()).isZero();
        assertThat(partFiles(dest)).isEmpty();
        try (Stream<Path> all = Files.walk(dest)) {
            assertThat(all.filter(Files::isRegularFile).toList()).isEmpty();
        }
    }

    private static List<Path> partFiles(Path dest) throws IOException {
        try (Stream<Path> all = Files.walk(dest)) {
            return all.filter(p -> p.getFileName().toString().endsWith(LocalCopy.PART_SUFFIX))
                    .toList();
        }
    }
}

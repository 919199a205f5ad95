package dev.xacct.logs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A CloudTrail bucket for tests, in both layouts: the two real sample deliveries of
 * {@code src/test/resources/cloudtrail-sample/} (MIT, ccbrown/cloud-snitch; see the README and
 * LICENSE-MIT there) at their own keys, plus small gzip {@code {"Records":[…]}} deliveries written
 * here, digest files, files outside the range and a stray non-JSON file. Records what belongs to
 * the pull of 2025-03-05..2025-03-06. Uses no main classes: the ITs run against the packaged jar.
 */
final class TrailBucket {

    static final String BUCKET = "org-trail-logs";
    static final String ORG = "o-1234abcde";
    static final LocalDate FROM = LocalDate.of(2025, 3, 5);
    static final LocalDate TO = LocalDate.of(2025, 3, 6);
    static final String SAMPLE_SINGLE =
            "AWSLogs/333333333333/CloudTrail/us-east-1/2025/03/06/333333333333_CloudTrail_us-east-1_20250306T0320Z_ZgdYr0lP8M9fWEH8.json.gz";
    static final String SAMPLE_ORG =
            "AWSLogs/o-1234abcde/222222222222/CloudTrail/us-east-1/2025/03/06/222222222222_CloudTrail_us-east-1_20250306T0230Z_QF6qcgyiaVnSueXa.json.gz";

    /** Keys a pull of FROM..TO (every account and region) must bring, sorted. */
    final Set<String> inScope = new TreeSet<>();
    /** Keys it must not bring. */
    final Set<String> outOfScope = new TreeSet<>();
    /** Events per (account, region) written by this class in range, for the query check. */
    final List<String> written = new ArrayList<>();

    private final S3Client s3;

    TrailBucket(S3Client s3) {
        this.s3 = s3;
    }

    TrailBucket fill() {
        s3.createBucket(b -> b.bucket(BUCKET));
        put(SAMPLE_SINGLE, resource(SAMPLE_SINGLE), true);
        put(SAMPLE_ORG, resource(SAMPLE_ORG), true);
        for (String account : List.of("222222222222", "444444444444")) {
            for (String region : List.of("us-east-1", "eu-west-1")) {
                for (LocalDate day : List.of(FROM.minusDays(1), FROM, TO, TO.plusDays(1))) {
                    boolean in = !day.isBefore(FROM) && !day.isAfter(TO);
                    String base = "AWSLogs/" + ORG + "/" + account + "/CloudTrail/" + region + "/" + dayPath(day) + "/";
                    for (int n = 0; n < 2; n++) {
                        String name = account + "_CloudTrail_" + region + "_"
                                + day.toString().replace("-", "") + "T1" + n + "05Z_gen" + n + ".json.gz";
                        put(base + name, delivery(account, region, day, n), in);
                    }
                    put(
                            "AWSLogs/" + ORG + "/" + account + "/CloudTrail-Digest/" + region + "/" + dayPath(day) + "/"
                                    + account + "_CloudTrail-Digest_" + region + "_trail_" + day + ".json.gz",
                            gzip("{}"),
                            false);
                }
            }
        }
        put(
                "AWSLogs/" + ORG + "/222222222222/CloudTrail/us-east-1/2025/03/06/notes.txt",
                "not a log".getBytes(StandardCharsets.UTF_8),
                false);
        put("AWSLogs/" + ORG + "/OrgTrailReadme.txt", "readme".getBytes(StandardCharsets.UTF_8), false);
        return this;
    }

    private void put(String key, byte[] body, boolean in) {
        s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromBytes(body));
        (in ? inScope : outOfScope).add(key);
    }

    /** Three ConsoleLogin and {@code n + 1} GetObject events on {@code day}. */
    private byte[] delivery(String account, String region, LocalDate day, int n) {
        StringBuilder records = new StringBuilder();
        for (int i = 0; i < 3 + n + 1; i++) {
            boolean login = i < 3;
            if (i > 0) {
                records.append(',');
            }
            records.append("""
                    {"eventVersion":"1.08","userIdentity":{"type":"IAMUser","principalId":"AIDAEXAMPLE","arn":"arn:aws:iam::%1$s:user/alice","accountId":"%1$s","userName":"alice"},\
                    "eventTime":"%2$sT1%3$d:%4$02d:00Z","eventSource":"%5$s","eventName":"%6$s","awsRegion":"%7$s","sourceIPAddress":"198.51.100.7",\
                    "userAgent":"test","requestParameters":null,"responseElements":%8$s,"requestID":"r-%9$s","eventID":"e-%9$s","readOnly":%10$s,\
                    "eventType":"%11$s","managementEvent":true,"recipientAccountId":"%1$s","eventCategory":"Management"}""".formatted(
                            account,
                            day,
                            n,
                            i,
                            login ? "signin.amazonaws.com" : "s3.amazonaws.com",
                            login ? "ConsoleLogin" : "GetObject",
                            region,
                            login ? "{\"ConsoleLogin\":\"Success\"}" : "null",
                            account + region + day + n + i,
                            login ? "false" : "true",
                            login ? "AwsConsoleSignIn" : "AwsApiCall"));
            if (!day.isBefore(FROM) && !day.isAfter(TO)) {
                written.add(account + " " + region + " " + (login ? "ConsoleLogin" : "GetObject"));
            }
        }
        return gzip("{\"Records\":[" + records + "]}");
    }

    private static String dayPath(LocalDate day) {
        return day.toString().replace('-', '/');
    }

    static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] resource(String key) {
        try (InputStream in = TrailBucket.class.getResourceAsStream("/cloudtrail-sample/" + key)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource cloudtrail-sample/" + key);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

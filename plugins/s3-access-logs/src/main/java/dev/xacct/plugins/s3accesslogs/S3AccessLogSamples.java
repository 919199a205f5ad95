package dev.xacct.plugins.s3accesslogs;

import dev.xacct.plugin.api.KeyLayout;
import dev.xacct.plugin.api.SampleData;
import dev.xacct.plugin.api.SampleFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Synthetic S3 server access logs, one log object per account, region and day (the bucket
 * {@code acme-data-ACCOUNT-REGION}), the same bytes for the same spec, under
 * {@code ROOT/s3-access-logs/} (partitioned layout) or {@code ROOT/s3-access-logs-simple/} (simple
 * layout). Ordinary reads and writes by the account's own roles; every day a partner account
 * ({@value #PARTNER}) reads exports, and is sometimes denied; anonymous requests are denied; on the
 * story day (eleven days before the last, 2025-06-19 in the demo; second account) a user of another account deletes objects in
 * bulk from {@value #INTRUDER}.
 */
final class S3AccessLogSamples implements SampleData {

    static final String PARTNER = "444455556666";
    static final String INTRUDER = "203.0.113.66";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter NAME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd-HH-mm-ss", Locale.ROOT).withZone(ZoneOffset.UTC);

    @Override
    public Written write(Path root, Spec spec) throws IOException {
        boolean simple = "simple".equals(spec.layout());
        if (spec.layout() != null && !simple && !spec.layout().equals("partitioned")) {
            throw new IllegalArgumentException("s3-access-logs has no layout " + spec.layout());
        }
        String outsider = spec.accounts().get(spec.accounts().size() - 1);
        KeyLayout layout = S3AccessLogsKind.LAYOUTS.get(simple ? 1 : 0);
        return SampleFiles.write(
                root,
                spec,
                "s3",
                day -> {
                    SplittableRandom random = day.random();
                    String account = day.account();
                    String region = day.region();
                    String bucket = bucket(account, region);
                    Instant first =
                            day.date().atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(60 + random.nextInt(600));
                    List<String> lines = new ArrayList<>();
                    for (int i = 0; i < spec.recordsPerDay(); i++) {
                        lines.add(entry(random, account, region, bucket, day.date(), i));
                    }
                    if (day.story()) {
                        String user =
                                "arn:aws:iam::" + (outsider.equals(account) ? PARTNER : outsider) + ":user/ci-deployer";
                        for (int i = 0; i < 12; i++) {
                            lines.add(line(
                                    random,
                                    account,
                                    region,
                                    bucket,
                                    day.date(),
                                    INTRUDER,
                                    user,
                                    i == 0 ? "REST.POST.MULTI_OBJECT_DELETE" : "REST.DELETE.OBJECT",
                                    i == 0 ? "-" : "backups/db-2025-06-" + String.format("%02d", i) + ".dump",
                                    i == 0
                                            ? "POST /?delete"
                                            : "DELETE /backups/db-2025-06-" + String.format("%02d", i) + ".dump",
                                    i == 0 ? "200" : "204",
                                    "-",
                                    "Boto3/1.34.0"));
                        }
                    }
                    String name = NAME.format(first) + "-" + String.format("%016X", random.nextLong());
                    String key = simple
                            ? "s3-access-logs-simple/" + name
                            : "s3-access-logs/"
                                    + layout.fill(
                                            account, region, day.date(), Map.of(S3AccessLogsKind.SOURCE_BUCKET, bucket))
                                    + name;
                    return new SampleFiles.Contents(key, lines, lines.size());
                },
                (n, day) -> hostile(n, bucket(day.account(), day.region())));
    }

    private static String bucket(String account, String region) {
        return "acme-data-" + account + "-" + region;
    }

    /** An unclosed time bracket, a line cut short, an unclosed quote that swallows the rest. */
    private static String hostile(int n, String bucket) {
        String owner = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be";
        return switch (n % 3) {
            case 0 -> owner + " " + bucket + " [06/Jun/2025:00:00:38 +0000 192.0.2.3 - 3E57427F3EXAMPLE";
            case 1 -> owner + " " + bucket;
            default ->
                owner + " " + bucket + " [06/Jun/2025:00:00:38 +0000] 192.0.2.3 - 3E57427F3EXAMPLE"
                        + " REST.GET.OBJECT key \"GET /key HTTP/1.1 200";
        };
    }

    private static String entry(
            SplittableRandom random, String account, String region, String bucket, LocalDate day, int i) {
        String app = "arn:aws:sts::" + account + ":assumed-role/app-server/i-0abc" + account.substring(0, 6);
        String partner = "arn:aws:sts::" + PARTNER + ":assumed-role/partner-reader/partner-session";
        String key = "data/orders/" + day + "/part-" + String.format("%04d", random.nextInt(200)) + ".parquet";
        return switch (i % 12) {
            case 0, 1, 2, 3, 4 ->
                line(
                        random,
                        account,
                        region,
                        bucket,
                        day,
                        "10.0.2.15",
                        app,
                        "REST.GET.OBJECT",
                        key,
                        "GET /" + key,
                        "200",
                        "-",
                        "aws-sdk-java/2.25.0");
            case 5, 6 ->
                line(
                        random,
                        account,
                        region,
                        bucket,
                        day,
                        "10.0.2.16",
                        app,
                        "REST.PUT.OBJECT",
                        key,
                        "PUT /" + key,
                        "200",
                        "-",
                        "aws-sdk-java/2.25.0");
            case 7 ->
                line(
                        random,
                        account,
                        region,
                        bucket,
                        day,
                        "10.0.2.15",
                        app,
                        "REST.GET.BUCKET",
                        "-",
                        "GET /?list-type=2&prefix=data%2F",
                        "200",
                        "-",
                        "aws-sdk-java/2.25.0");
            case 8 ->
                line(
                        random,
                        account,
                        region,
                        bucket,
                        day,
                        "198.51.100.14",
                        partner,
                        "REST.GET.OBJECT",
                        "exports/daily-" + day + ".csv",
                        "GET /exports/daily-" + day + ".csv",
                        "200",
                        "-",
                        "aws-cli/2.15.0");
            case 9 ->
                line(
                        random,
                        account,
                        region,
                        bucket,
                        day,
                        "198.51.100.14",
                        partner,
                        "REST.GET.OBJECT",
                        "data/customers.csv",
                        "GET /data/customers.csv",
                        "403",
                        "AccessDenied",
                        "aws-cli/2.15.0");
            case 10 ->
                line(
                        random,
                        account,
                        region,
                        bucket,
                        day,
                        "192.0.2." + (100 + random.nextInt(50)),
                        "-",
                        "REST.GET.OBJECT",
                        "index.html",
                        "GET /index.html",
                        "403",
                        "AccessDenied",
                        "curl/8.5.0");
            default ->
                line(
                        random,
                        account,
                        region,
                        bucket,
                        day,
                        "10.0.2.17",
                        "arn:aws:sts::" + account + ":assumed-role/deploy-pipeline/codebuild",
                        "REST.DELETE.OBJECT",
                        "tmp/build-" + random.nextInt(1000) + ".zip",
                        "DELETE /tmp/build.zip",
                        "204",
                        "-",
                        "aws-cli/2.15.0");
        };
    }

    /** One record in the server access log format, fields in AWS's order. */
    private static String line(
            SplittableRandom random,
            String account,
            String region,
            String bucket,
            LocalDate day,
            String ip,
            String requester,
            String operation,
            String key,
            String request,
            String status,
            String error,
            String agent) {
        Instant at = day.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(random.nextInt(86_399));
        String owner = String.format("%064x", Math.abs((long) account.hashCode()) * 7919L);
        boolean ok = status.startsWith("2");
        long size = 1000 + random.nextInt(2_000_000);
        return owner + " " + bucket + " [" + STAMP.format(at) + "] " + ip + " " + requester + " "
                + String.format("%016X", random.nextLong()) + " " + operation + " " + key + " \"" + request
                + " HTTP/1.1\" " + status + " " + error + " " + (ok && operation.contains("GET") ? size : 0) + " "
                + (key.equals("-") ? "-" : size) + " " + (5 + random.nextInt(90)) + " " + (1 + random.nextInt(20))
                + " \"-\" \"" + agent + "\" - " + "hostid" + String.format("%012x", random.nextLong() & 0xFFFFFFFFFFFFL)
                + "= " + (requester.equals("-") ? "-" : "SigV4") + " TLS_AES_128_GCM_SHA256 "
                + (requester.equals("-") ? "-" : "AuthHeader") + " " + bucket + ".s3." + region
                + ".amazonaws.com TLSv1.3 - - "
                + region;
    }
}

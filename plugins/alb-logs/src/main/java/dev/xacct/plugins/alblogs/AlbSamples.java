package dev.xacct.plugins.alblogs;

import dev.xacct.plugin.api.KeyLayout;
import dev.xacct.plugin.api.SampleData;
import dev.xacct.plugin.api.SampleFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic ALB access logs, one gzip file per account, region and day, the same bytes for the same
 * spec: ordinary HTTPS traffic from a few clients (TLS 1.2 and 1.3, a legacy TLS 1.0 client, plain
 * HTTP), 5xx from a failing target and from the load balancer itself, slow requests to a report
 * endpoint; on the story day (eleven days before the last, 2025-06-19 in the demo; second account, first region)
 * {@value #INTRUDER} hammers {@code /admin}, the busiest client of the month.
 */
final class AlbSamples implements SampleData {

    static final String INTRUDER = "203.0.113.66";

    @Override
    public Written write(Path root, Spec spec) throws IOException {
        KeyLayout layout = SampleData.layout(new AlbLogsKind(), spec);
        return SampleFiles.write(
                root,
                spec,
                "alb",
                day -> {
                    List<String> lines = new ArrayList<>();
                    for (int i = 0; i < spec.recordsPerDay(); i++) {
                        lines.add(entry(day.random(), day.account(), day.region(), day.date(), i));
                    }
                    if (day.story()) {
                        for (int i = 0; i < 3 * spec.recordsPerDay(); i++) {
                            lines.add(line(
                                    day.random(),
                                    day.account(),
                                    day.region(),
                                    day.date(),
                                    "https",
                                    INTRUDER,
                                    "POST",
                                    "/admin/login",
                                    "python-requests/2.31.0",
                                    "TLSv1.2",
                                    401,
                                    "401",
                                    0.004,
                                    "10.0.1.25:8080"));
                        }
                    }
                    String key = path(layout, day.account(), day.region(), day.date(), day.random());
                    return new SampleFiles.Contents(key, lines, lines.size());
                },
                (n, day) -> hostile(n, day.account(), day.region()));
    }

    /** An unclosed quote, a line cut short, a field missing in the middle. */
    private static String hostile(int n, String account, String region) {
        String head = "https 2025-06-01T00:00:00.000000Z app/web/50dc6c495c0c9188 198.51.100.7:4000 10.0.1.25:8080";
        return switch (n % 3) {
            case 0 ->
                head + " 0.001 0.002 0.000 200 200 10 20 \"GET https://shop.example.com:443/ HTTP/1.1 \"curl/8.0\"";
            case 1 -> head + " 0.001 0.002";
            default -> head + " 0.001 0.002 0.000 200 200 10 \"GET https://shop.example.com:443/ HTTP/1.1\" \"x\" - -";
        };
    }

    private static String entry(SplittableRandom random, String account, String region, LocalDate day, int i) {
        String client = "192.0.2." + (10 + random.nextInt(40));
        return switch (i % 20) {
            case 0, 1 ->
                line(
                        random,
                        account,
                        region,
                        day,
                        "https",
                        client,
                        "GET",
                        "/api/orders",
                        "Mozilla/5.0",
                        "TLSv1.2",
                        502,
                        "-",
                        -1,
                        "-");
            case 2 ->
                line(
                        random,
                        account,
                        region,
                        day,
                        "https",
                        client,
                        "POST",
                        "/api/checkout",
                        "Mozilla/5.0",
                        "TLSv1.3",
                        500,
                        "500",
                        0.120,
                        "10.0.2.17:8080");
            case 3, 4 ->
                line(
                        random,
                        account,
                        region,
                        day,
                        "https",
                        client,
                        "GET",
                        "/reports/monthly",
                        "Mozilla/5.0",
                        "TLSv1.3",
                        200,
                        "200",
                        2.5 + random.nextInt(6000) / 1000.0,
                        "10.0.2.18:8080");
            case 5 ->
                line(
                        random,
                        account,
                        region,
                        day,
                        "https",
                        "198.51.100.80",
                        "GET",
                        "/",
                        "LegacyScanner/1.0",
                        "TLSv1",
                        200,
                        "200",
                        0.010,
                        "10.0.2.17:8080");
            case 6 ->
                line(random, account, region, day, "http", client, "GET", "/", "curl/8.5.0", "-", 301, "-", -1, "-");
            default ->
                line(
                        random,
                        account,
                        region,
                        day,
                        "https",
                        client,
                        "GET",
                        "/api/items/" + random.nextInt(500),
                        "Mozilla/5.0",
                        random.nextInt(3) == 0 ? "TLSv1.3" : "TLSv1.2",
                        200,
                        "200",
                        0.005 + random.nextInt(200) / 1000.0,
                        "10.0.2." + (17 + random.nextInt(2)) + ":8080");
        };
    }

    /** One entry in the ALB access log format, fields in AWS's order. */
    static String line(
            SplittableRandom random,
            String account,
            String region,
            LocalDate day,
            String type,
            String client,
            String verb,
            String path,
            String agent,
            String tls,
            int elbStatus,
            String targetStatus,
            double targetTime,
            String target) {
        Instant at = day.atStartOfDay(ZoneOffset.UTC).toInstant().plusMillis(random.nextLong(86_399_000));
        boolean https = type.equals("https");
        String url = (https ? "https" : "http") + "://shop.example.com:" + (https ? 443 : 80) + path;
        String elb = "app/web-" + account.substring(0, 4) + "/50dc6c495c0c9188";
        String tg = "arn:aws:elasticloadbalancing:" + region + ":" + account + ":targetgroup/web/73e2d6bc24d8a067";
        String noTarget = target.equals("-") ? "-" : String.format(java.util.Locale.ROOT, "%.3f", targetTime);
        return type + " " + at + " " + elb + " " + client + ":" + (1024 + random.nextInt(60000)) + " " + target + " "
                + "0.001 " + noTarget + " " + (target.equals("-") ? "-1" : "0.000") + " " + elbStatus + " "
                + targetStatus + " " + (100 + random.nextInt(900)) + " " + (200 + random.nextInt(20000)) + " \""
                + verb + " " + url + " HTTP/1.1\" \"" + agent + "\" "
                + (https ? "ECDHE-RSA-AES128-GCM-SHA256" : "-") + " " + tls + " " + tg + " \"Root=1-"
                + Long.toHexString(at.getEpochSecond()) + "-"
                + String.format("%024x", random.nextLong() & Long.MAX_VALUE)
                + "\" \"shop.example.com\" \""
                + (https
                        ? "arn:aws:acm:" + region + ":" + account + ":certificate/12345678-1234-1234-1234-123456789012"
                        : "-")
                + "\" 1 " + at.minusMillis(2) + " \"forward\" \"-\" \"-\" \"" + target + "\" \"" + targetStatus
                + "\" \"-\" \"-\" TID_" + String.format("%016x", random.nextLong());
    }

    private static String path(
            KeyLayout layout, String account, String region, LocalDate day, SplittableRandom random) {
        String name = account + "_elasticloadbalancing_" + region + "_app.web-" + account.substring(0, 4)
                + ".50dc6c495c0c9188_"
                + String.format("%04d%02d%02dT2355Z", day.getYear(), day.getMonthValue(), day.getDayOfMonth())
                + "_10.0.0.5_" + String.format("%08x", random.nextInt()) + ".log.gz";
        return layout.isFolder() ? layout.fill(account, region, day, java.util.Map.of()) + name : "flat/" + name;
    }
}

package dev.xacct.plugins.vpcflowlogs;

import dev.xacct.plugin.api.KeyLayout;
import dev.xacct.plugin.api.SampleData;
import dev.xacct.plugin.api.SampleFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Synthetic flow logs in the default format, one gzip file per account, region and day, the same
 * bytes for the same spec. Besides ordinary traffic inside the VPC, every day has a scanner probing
 * SSH and RDP from outside (rejected); on the story day (eleven days before the last, 2025-06-19 in the demo; in the second
 * account and first region) an outside address logs in over SSH ({@value #INTRUDER} to port 22,
 * accepted) and the instance then sends it about 5 GB: the rows the templates find.
 */
final class FlowLogSamples implements SampleData {

    static final String INTRUDER = "203.0.113.66";
    static final String SCANNER = "198.51.100.23";
    static final String WEB_SERVER = "10.0.1.25";

    private final VpcFlowLogsKind kind;

    FlowLogSamples(VpcFlowLogsKind kind) {
        this.kind = kind;
    }

    @Override
    public Written write(Path root, Spec spec) throws IOException {
        KeyLayout layout = SampleData.layout(kind, spec);
        return SampleFiles.write(
                root,
                spec,
                "",
                day -> {
                    List<String> lines = new ArrayList<>();
                    lines.add(String.join(" ", FlowLogFields.DEFAULT_FORMAT));
                    long records = day(
                            lines,
                            day.random(),
                            day.account(),
                            day.region(),
                            day.date(),
                            spec.recordsPerDay(),
                            day.story());
                    String key = path(layout, day.account(), day.region(), day.date(), day.random());
                    return new SampleFiles.Contents(key, lines, records);
                },
                (n, day) -> hostile(n, day.account()));
    }

    /** Truncated, one field too many, a stray quote: three ways a line goes wrong. */
    private static String hostile(int n, String account) {
        return switch (n % 3) {
            case 0 -> "2 " + account + " eni-0badbadbadbadbad0 10.0.0.1";
            case 1 ->
                "2 " + account
                        + " eni-0badbadbadbadbad0 10.0.0.1 10.0.0.2 1 2 6 1 40 1750000000 1750000060 ACCEPT OK extra";
            default -> "2 " + account + " \"eni-0badbadbadbadbad0 10.0.0.1\" 10.0.0.2 1 2 6 1 40 1750000000 ACCEPT";
        };
    }

    private static long day(
            List<String> lines,
            SplittableRandom random,
            String account,
            String region,
            LocalDate day,
            int perDay,
            boolean story) {
        long base = day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        String eniWeb = eni(account, region, 1);
        String eniDb = eni(account, region, 2);
        String eniApp = eni(account, region, 3);
        long count = 0;
        for (int i = 0; i < perDay; i++) {
            long start = base + random.nextLong(86_340);
            long end = start + 60;
            String record = switch (i % 10) {
                case 0, 1, 2, 3 ->
                    flow(
                            account,
                            eniApp,
                            "10.0.2." + (10 + random.nextInt(20)),
                            "10.0.3.40",
                            32768 + random.nextInt(28000),
                            5432,
                            6,
                            start,
                            end,
                            "ACCEPT",
                            random,
                            20_000);
                case 4, 5 ->
                    flow(
                            account,
                            eniWeb,
                            "192.0.2." + (1 + random.nextInt(200)),
                            WEB_SERVER,
                            1024 + random.nextInt(60000),
                            443,
                            6,
                            start,
                            end,
                            "ACCEPT",
                            random,
                            80_000);
                case 6 ->
                    flow(
                            account,
                            eniDb,
                            "10.0.3.40",
                            "10.0.2." + (10 + random.nextInt(20)),
                            5432,
                            32768 + random.nextInt(28000),
                            6,
                            start,
                            end,
                            "ACCEPT",
                            random,
                            400_000);
                case 7 ->
                    flow(
                            account,
                            eniWeb,
                            SCANNER,
                            WEB_SERVER,
                            40000 + random.nextInt(9999),
                            random.nextBoolean() ? 22 : 3389,
                            6,
                            start,
                            end,
                            "REJECT",
                            random,
                            120);
                case 8 ->
                    flow(
                            account,
                            eniWeb,
                            "203.0.113." + (1 + random.nextInt(50)),
                            WEB_SERVER,
                            40000 + random.nextInt(9999),
                            random.nextBoolean() ? 23 : 445,
                            6,
                            start,
                            end,
                            "REJECT",
                            random,
                            80);
                default -> "2 " + account + " " + eniApp + " - - - - - - - " + start + " " + end + " - NODATA";
            };
            lines.add(record);
            count++;
        }
        if (story) {
            long at = base + 3 * 3600 + 18 * 60;
            lines.add(flow(account, eniWeb, INTRUDER, WEB_SERVER, 51515, 22, 6, at, at + 60, "ACCEPT", random, 9_000));
            lines.add(flow(
                    account,
                    eniWeb,
                    WEB_SERVER,
                    INTRUDER,
                    443,
                    51877,
                    6,
                    at + 600,
                    at + 660,
                    "ACCEPT",
                    null,
                    5_368_709_120L));
            count += 2;
        }
        return count;
    }

    private static String flow(
            String account,
            String eni,
            String src,
            String dst,
            int srcPort,
            int dstPort,
            int protocol,
            long start,
            long end,
            String action,
            SplittableRandom random,
            long bytes) {
        long b = random == null ? bytes : 40 + random.nextLong(bytes);
        long packets = Math.max(1, b / 1200);
        return "2 " + account + " " + eni + " " + src + " " + dst + " " + srcPort + " " + dstPort + " " + protocol + " "
                + packets + " " + b + " " + start + " " + end + " " + action + " OK";
    }

    static String eni(String account, String region, int n) {
        return String.format("eni-0%s%02d%09x", account.substring(0, 5), Math.abs(region.hashCode() % 97), n * 4099L);
    }

    /** The file's path below the root in the layout: the layout's pattern filled in, then the name AWS gives it. */
    private static String path(
            KeyLayout layout, String account, String region, LocalDate day, SplittableRandom random) {
        String stamp = String.format("%04d%02d%02dT2355Z", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
        String name = account + "_vpcflowlogs_" + region + "_fl-0" + account.substring(6) + "ab_" + stamp + "_"
                + String.format("%08x", random.nextInt()) + ".log.gz";
        return layout.isFolder() ? layout.fill(account, region, day, Map.of("HH", "23")) + name : "flat/" + name;
    }
}

package dev.xacct.query.local.demo;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xacct.shell.PrivateFiles;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a synthetic, deterministic CloudTrail dataset in the real delivery format: gzip
 * {@code {"Records":[…]}} files in the organization key layout
 * ({@code AWSLogs/o-demo12345/ACCOUNT/CloudTrail/REGION/YYYY/MM/DD/ACCOUNT_CloudTrail_REGION_YYYYMMDDTHHmmZ_ID.json.gz}),
 * several files per account, region and day. The same settings give byte-identical files: each
 * (account, region, day) draws from its own seeded random source, and gzip headers carry no time.
 *
 * <p>A file is delivered five minutes after the end of the window it covers, so the last file of a
 * day lands in the next day's folder, as CloudTrail's do: that is why templates pad the partition range.
 */
public final class CloudTrailGenerator {

    public static final long DEFAULT_SEED = 20250630L;
    /** The demo's last event day: fixed, not today, so demo outputs are reproducible. */
    public static final LocalDate DEMO_LAST_DAY = LocalDate.of(2025, 6, 30);

    public static final int DEMO_DAYS = 30;
    public static final long DEMO_EVENTS = 40_000;

    /** What to generate: {@code events} background events spread over {@code days} ending {@code lastDay}, plus the storyline. */
    public record Settings(long seed, LocalDate lastDay, int days, long events) {
        public Settings {
            if (days < 1 || events < 0) {
                throw new IllegalArgumentException("days must be at least 1 and events not negative");
            }
        }

        public static Settings demo() {
            return new Settings(DEFAULT_SEED, DEMO_LAST_DAY, DEMO_DAYS, DEMO_EVENTS);
        }

        public LocalDate firstDay() {
            return lastDay.minusDays(days - 1L);
        }

        /** The day of the scripted intrusion. */
        public LocalDate incidentDay() {
            return new Storyline(firstDay(), days).incidentDay();
        }
    }

    /** What was written: counts and sizes (uncompressed = the JSON text). */
    public record Summary(long events, long files, long compressedBytes, long uncompressedBytes) {}

    private static final Map<String, Integer> ACCOUNT_WEIGHT =
            Map.of(DemoOrg.PROD, 40, DemoOrg.DEV, 30, DemoOrg.MANAGEMENT, 15, DemoOrg.LOG_ARCHIVE, 15);
    private static final Map<String, Integer> REGION_WEIGHT = Map.of("us-east-1", 60, "eu-west-1", 25, "us-west-2", 15);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CloudTrailGenerator() {}

    private record Partition(String account, String region, LocalDate day) {}

    /** Writes the dataset under {@code dest} (which then holds {@code AWSLogs/}). */
    public static Summary generate(Settings settings, Path dest) {
        Map<Partition, List<SyntheticEvent>> scripted = new LinkedHashMap<>();
        for (SyntheticEvent e : new Storyline(settings.firstDay(), settings.days()).events()) {
            LocalDate day = LocalDate.ofInstant(e.time, ZoneOffset.UTC);
            if (!day.isBefore(settings.firstDay()) && !day.isAfter(settings.lastDay())) {
                scripted.computeIfAbsent(new Partition(e.recipient, e.region, day), k -> new ArrayList<>())
                        .add(e);
            }
        }
        List<Partition> partitions = new ArrayList<>();
        for (int d = 0; d < settings.days(); d++) {
            for (String account : DemoOrg.ACCOUNTS) {
                for (String region : DemoOrg.REGIONS) {
                    partitions.add(
                            new Partition(account, region, settings.firstDay().plusDays(d)));
                }
            }
        }
        scripted.keySet().stream().filter(p -> !partitions.contains(p)).forEach(partitions::add);

        AtomicLong events = new AtomicLong();
        AtomicLong files = new AtomicLong();
        AtomicLong compressed = new AtomicLong();
        AtomicLong uncompressed = new AtomicLong();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            pool.submit(() -> partitions.parallelStream().forEach(p -> {
                        long[] written = writePartition(settings, p, scripted.getOrDefault(p, List.of()), dest);
                        events.addAndGet(written[0]);
                        files.addAndGet(written[1]);
                        compressed.addAndGet(written[2]);
                        uncompressed.addAndGet(written[3]);
                    }))
                    .join();
        } finally {
            pool.shutdown();
        }
        return new Summary(events.get(), files.get(), compressed.get(), uncompressed.get());
    }

    private static long backgroundCount(Settings s, Partition p) {
        Integer a = ACCOUNT_WEIGHT.get(p.account());
        Integer r = REGION_WEIGHT.get(p.region());
        if (a == null || r == null) {
            return 0;
        }
        return Math.round(s.events() * (a / 100.0) * (r / 100.0) / s.days());
    }

    /** Returns {events, files, compressed bytes, uncompressed bytes}. */
    private static long[] writePartition(Settings s, Partition p, List<SyntheticEvent> scripted, Path dest) {
        SplittableRandom random = new SplittableRandom(
                s.seed() * 1_000_003L + (p.account() + "/" + p.region() + "/" + p.day()).hashCode());
        Instant dayStart = p.day().atStartOfDay().toInstant(ZoneOffset.UTC);
        List<SyntheticEvent> all = new ArrayList<>(scripted);
        long background = backgroundCount(s, p);
        for (long i = 0; i < background; i++) {
            all.add(BackgroundTraffic.next(
                    random, dayStart.plusSeconds(random.nextInt(86_400)), p.account(), p.region()));
        }
        all.sort(Comparator.comparing(e -> e.time));

        int windows = (int) Math.max(4, Math.min(96, all.size() / 500));
        long windowSeconds = 86_400 / windows;
        long[] totals = new long[4];
        int from = 0;
        for (int w = 0; w < windows && from < all.size(); w++) {
            Instant end = dayStart.plusSeconds((w + 1) * windowSeconds);
            int to = from;
            while (to < all.size() && (w == windows - 1 || all.get(to).time.isBefore(end))) {
                to++;
            }
            if (to > from) {
                Instant delivered = end.plusSeconds(300 + random.nextInt(240));
                long[] sizes = writeFile(dest, p, delivered, all.subList(from, to), random);
                totals[0] += to - from;
                totals[1]++;
                totals[2] += sizes[0];
                totals[3] += sizes[1];
            }
            from = to;
        }
        return totals;
    }

    private static long[] writeFile(
            Path dest, Partition p, Instant delivered, List<SyntheticEvent> events, SplittableRandom random) {
        LocalDateTime at = LocalDateTime.ofInstant(delivered, ZoneOffset.UTC);
        Path folder = dest.resolve("AWSLogs")
                .resolve(DemoOrg.ORG)
                .resolve(p.account())
                .resolve("CloudTrail")
                .resolve(p.region())
                .resolve(String.format("%04d", at.getYear()))
                .resolve(String.format("%02d", at.getMonthValue()))
                .resolve(String.format("%02d", at.getDayOfMonth()));
        String name = p.account() + "_CloudTrail_" + p.region() + "_" + STAMP.format(at) + "_" + uniqueId(random)
                + ".json.gz";
        Path file = folder.resolve(name);
        try {
            PrivateFiles.folders(folder);
            CountingStream raw =
                    new CountingStream(new BufferedOutputStream(PrivateFiles.newOutputStream(file), 1 << 16));
            CountingStream text;
            try (GZIPOutputStream gzip = new GZIPOutputStream(raw, 1 << 16)) {
                text = new CountingStream(gzip);
                JsonGenerator json = MAPPER.getFactory().createGenerator((OutputStream) text, JsonEncoding.UTF8);
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                json.writeStartObject();
                json.writeArrayFieldStart("Records");
                for (SyntheticEvent e : events) {
                    json.writeTree(e.toJson(random));
                }
                json.writeEndArray();
                json.writeEndObject();
                json.close();
            }
            return new long[] {raw.count, text.count};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String uniqueId(SplittableRandom random) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder id = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return id.toString();
    }

    /** Counts bytes on their way through, without buffering them. */
    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** {@code --events N --dest DIR [--days D] [--end yyyy-MM-dd] [--seed S]}: a dataset for benchmarks. */
    public static void main(String[] args) {
        long events = DEMO_EVENTS;
        Path dest = null;
        int days = DEMO_DAYS;
        LocalDate end = DEMO_LAST_DAY;
        long seed = DEFAULT_SEED;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--events" -> events = Long.parseLong(value);
                case "--dest" -> dest = Path.of(value);
                case "--days" -> days = Integer.parseInt(value);
                case "--end" -> end = LocalDate.parse(value);
                case "--seed" -> seed = Long.parseLong(value);
                default -> {
                    System.err.println(
                            "usage: CloudTrailGenerator --events N --dest DIR [--days D] [--end yyyy-MM-dd] [--seed S]");
                    System.exit(2);
                }
            }
            i++;
        }
        if (dest == null) {
            System.err.println(
                    "usage: CloudTrailGenerator --events N --dest DIR [--days D] [--end yyyy-MM-dd] [--seed S]");
            System.exit(2);
        }
        long started = System.nanoTime();
        Summary s = generate(new Settings(seed, end, days, events), dest);
        System.out.printf(
                "events=%d files=%d compressed_bytes=%d uncompressed_bytes=%d seconds=%.1f%n",
                s.events(), s.files(), s.compressedBytes(), s.uncompressedBytes(), (System.nanoTime() - started) / 1e9);
    }
}

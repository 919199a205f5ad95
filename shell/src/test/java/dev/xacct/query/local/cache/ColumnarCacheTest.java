package dev.xacct.query.local.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xacct.query.QueryFailedException;
import dev.xacct.query.QueryRequest;
import dev.xacct.query.local.CloudTrailTable;
import dev.xacct.query.local.LocalEngine;
import dev.xacct.query.local.Results;
import dev.xacct.query.local.SampleFiles;
import dev.xacct.query.local.demo.CloudTrailGenerator;
import dev.xacct.template.PartitionScope;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache answers exactly as the files do, whatever happened to them or to a build: new,
 * changed and deleted files, an interrupted build, a schema change, a file DuckDB cannot read.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS) // a guard against hanging, not a speed check
class ColumnarCacheTest {

    private static final CloudTrailTable TABLE = new CloudTrailTable();
    private static final String VOLUME = "SELECT accountid, region, \"date\", eventsource, count(*) AS n "
            + "FROM cloudtrail GROUP BY ALL ORDER BY ALL";

    @TempDir
    Path home;

    private Path source;
    private ColumnarCache cache;
    private LocalEngine cached;
    private LocalEngine raw;

    @BeforeEach
    void open() throws IOException {
        source = home.resolve("logs");
        Files.createDirectories(source);
        cache = new ColumnarCache(home.resolve("cache"), 1);
        cached = new LocalEngine(1000, cache);
        raw = new LocalEngine();
    }

    @AfterEach
    void close() {
        cached.close();
        cache.close();
        raw.close();
    }

    private void sample() throws IOException {
        copy(SampleFiles.root(), SampleFiles.ORGANIZATION, source, SampleFiles.ORGANIZATION);
        copy(SampleFiles.root(), SampleFiles.SINGLE_ACCOUNT, source, SampleFiles.SINGLE_ACCOUNT);
    }

    /** Five days of four accounts in three regions, a few thousand events. */
    private void generated() {
        CloudTrailGenerator.generate(new CloudTrailGenerator.Settings(7L, LocalDate.of(2025, 6, 5), 5, 3000), source);
    }

    private List<String> answer(LocalEngine engine, String sql, PartitionScope scope) {
        return Results.all(
                        engine.execute(QueryRequest.of(sql).withSource(source).withScope(scope)))
                .stream()
                .map(Object::toString)
                .sorted()
                .toList();
    }

    private void assertCachedAnswersAsRaw(String sql, PartitionScope scope) {
        assertThat(answer(cached, sql, scope)).isEqualTo(answer(raw, sql, scope));
    }

    private ColumnarCache.Read read(PartitionScope scope) {
        return cache.read(TABLE, source, scope);
    }

    private ColumnarCache.Result refresh() throws InterruptedException {
        return cache.refresh(TABLE, source, p -> {}, () -> {});
    }

    @Test
    void aFirstQueryReadsTheFilesAndTheCacheIsBuiltBehindIt() throws Exception {
        sample();
        assertThat(read(PartitionScope.ALL).raw()).isEqualTo(2);
        assertCachedAnswersAsRaw(VOLUME, PartitionScope.ALL);

        cache.finishBuilds(p -> {});

        ColumnarCache.Read after = read(PartitionScope.ALL);
        assertThat(after.raw()).isZero();
        assertThat(after.parquet()).hasSize(1);
        assertCachedAnswersAsRaw(VOLUME, PartitionScope.ALL);
        assertCachedAnswersAsRaw("SELECT * FROM cloudtrail", PartitionScope.ALL);
    }

    @Test
    void aOneDayQueryReadsOnlyThatDaysParquet() throws Exception {
        generated();
        refresh();
        LocalDate day = LocalDate.of(2025, 6, 3);
        PartitionScope oneDay = PartitionScope.days(day, day);

        ColumnarCache.Read read = read(oneDay);

        assertThat(read.raw()).isZero();
        assertThat(read.parquet())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.getParent().getFileName()).hasToString("2025-06-03"));
        assertCachedAnswersAsRaw(VOLUME, oneDay);
        PartitionScope narrow = oneDay.withAccounts(Set.of("222222222222")).withRegions(Set.of("eu-west-1"));
        assertThat(read(narrow).raw()).isZero();
        assertThat(read(narrow).parquet()).isEqualTo(read.parquet());
        assertCachedAnswersAsRaw(VOLUME, narrow);
        assertThat(answer(cached, VOLUME, narrow))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row).startsWith("[222222222222, eu-west-1, 2025/06/03"));
    }

    @Test
    void newChangedAndDeletedFilesArePickedUp() throws Exception {
        sample();
        refresh();
        assertThat(read(PartitionScope.ALL).raw()).isZero();

        // new: the same records delivered again on another day
        String added = SampleFiles.SINGLE_ACCOUNT
                .replace("2025/03/06", "2025/03/07")
                .replace("20250306T0320Z", "20250307T0320Z");
        copy(SampleFiles.root(), SampleFiles.SINGLE_ACCOUNT, source, added);
        assertThat(read(PartitionScope.ALL).raw()).isEqualTo(1);
        assertCachedAnswersAsRaw(VOLUME, PartitionScope.ALL);

        // changed: the organization file rewritten with fewer records
        Path org = source.resolve(SampleFiles.ORGANIZATION);
        writeGzip(org, "{\"Records\": [{\"eventName\": \"OnlyOne\", \"eventSource\": \"x.amazonaws.com\"}]}");
        Files.setLastModifiedTime(org, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        assertCachedAnswersAsRaw(VOLUME, PartitionScope.ALL);
        assertThat(answer(
                        cached, "SELECT count(*) FROM cloudtrail WHERE accountid = '222222222222'", PartitionScope.ALL))
                .containsExactly("[1]");

        refresh();
        assertThat(read(PartitionScope.ALL).raw()).isZero();
        assertCachedAnswersAsRaw(VOLUME, PartitionScope.ALL);

        // deleted: its rows drop out at once, and the next build forgets it
        Files.delete(source.resolve(added));
        assertCachedAnswersAsRaw(VOLUME, PartitionScope.ALL);
        assertThat(answer(cached, "SELECT count(*) FROM cloudtrail WHERE \"date\" = '2025/03/07'", PartitionScope.ALL))
                .containsExactly("[0]");
        refresh();
        assertThat(read(PartitionScope.ALL).raw()).isZero();
        assertThat(manifest().sourceFiles()).isEqualTo(2);
        assertCachedAnswersAsRaw(VOLUME, PartitionScope.ALL);
    }

    @Test
    void anInterruptedBuildLeavesTheCacheItHadCommittedUsable() throws Exception {
        generated();
        cache.minStepBytes(1); // a step per day
        AtomicReference<Thread> builder = new AtomicReference<>();
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
            builder.set(Thread.currentThread());
            try {
                refresh();
                return null;
            } catch (Throwable e) {
                return e;
            }
        });
        while (read(PartitionScope.ALL).parquet().isEmpty()) {
            assertThat(outcome).isNotDone();
            Thread.sleep(5);
        }
        builder.get().interrupt(); // Ctrl-C

        assertThat(outcome.get(60, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
        ColumnarCache.Read partial = read(PartitionScope.ALL);
        assertThat(partial.parquet()).isNotEmpty();
        assertThat(partial.raw()).isPositive();
        assertCachedAnswersAsRaw(VOLUME, PartitionScope.ALL);

        refresh();
        assertThat(read(PartitionScope.ALL).raw()).isZero();
        assertCachedAnswersAsRaw(VOLUME, PartitionScope.ALL);
        assertThat(cacheFiles("tmp")).isEmpty();
    }

    @Test
    void filesAKilledBuildLeftBehindAreNeverReadAndAreDeletedByTheNextBuild() throws Exception {
        sample();
        refresh();
        Path folder = manifestFile().getParent();
        // what a build killed between its COPY and its manifest leaves: tmp output, an unnamed data file
        Path orphan = folder.resolve("data/2025-03-06/part_orphan.parquet");
        Files.copy(folder.resolve(manifest().segments().get(0).files().get(0)), orphan);
        Files.createDirectories(folder.resolve("tmp/dead-step/xacct_day=2025-03-06"));
        Files.writeString(folder.resolve("tmp/dead-step/xacct_day=2025-03-06/part_x.parquet"), "half written");

        assertThat(read(PartitionScope.ALL).parquet()).doesNotContain(orphan);
        assertCachedAnswersAsRaw(VOLUME, PartitionScope.ALL);

        copy(
                SampleFiles.root(),
                SampleFiles.SINGLE_ACCOUNT,
                source,
                SampleFiles.SINGLE_ACCOUNT.replace("ZgdYr0lP8M9fWEH8", "SecondDelivery00"));
        refresh();
        assertThat(orphan).doesNotExist();
        assertThat(cacheFiles("tmp")).isEmpty();
        assertCachedAnswersAsRaw(VOLUME, PartitionScope.ALL);
    }

    @Test
    void aCacheWrittenForAnotherSchemaIsRebuiltNotMisread() throws Exception {
        sample();
        refresh();
        CacheManifest current = manifest();
        CacheManifest old = new CacheManifest(
                current.format(),
                "an-older-schema",
                current.table(),
                current.source(),
                current.refreshed(),
                current.segments(),
                current.retired(),
                current.unreadable());
        ManifestFile.write(manifestFile(), old);

        assertThat(read(PartitionScope.ALL).parquet()).isEmpty();
        assertCachedAnswersAsRaw(VOLUME, PartitionScope.ALL);

        refresh();
        assertThat(manifest().schema()).isEqualTo(CacheFolder.schemaFingerprint(TABLE));
        assertThat(read(PartitionScope.ALL).raw()).isZero();
        assertCachedAnswersAsRaw(VOLUME, PartitionScope.ALL);
    }

    @Test
    void aFileDuckDbCannotReadStaysOutOfTheCacheAndFailsOnlyTheQueriesThatReadIt() throws Exception {
        sample();
        Path broken = source.resolve("AWSLogs/o-1234abcde/222222222222/CloudTrail/us-east-1/2025/03/07/"
                + "222222222222_CloudTrail_us-east-1_20250307T0100Z_broken.json");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "{\"Records\": [ {not json");

        ColumnarCache.Result result = refresh();

        assertThat(result.unreadable()).isEqualTo(1);
        PartitionScope march6 = PartitionScope.days(LocalDate.of(2025, 3, 6), LocalDate.of(2025, 3, 6));
        assertThat(read(march6).raw()).isZero();
        assertCachedAnswersAsRaw(VOLUME, march6);
        assertThatThrownBy(() -> answer(cached, VOLUME, PartitionScope.ALL))
                .as("unscoped, the unreadable file is read, as without the cache")
                .isInstanceOf(QueryFailedException.class);

        Files.delete(broken);
        refresh();
        assertThat(manifest().unreadable()).isEmpty();
        assertCachedAnswersAsRaw(VOLUME, PartitionScope.ALL);
    }

    @Test
    void twoBuildsOfOneSourceTakeTurns() throws Exception {
        generated();
        try (ColumnarCache other = new ColumnarCache(home.resolve("cache"), 1)) {
            CompletableFuture<ColumnarCache.Result> first = CompletableFuture.supplyAsync(() -> refreshQuietly(cache));
            CompletableFuture<ColumnarCache.Result> second = CompletableFuture.supplyAsync(() -> refreshQuietly(other));

            int converted = first.get(240, TimeUnit.SECONDS).files()
                    + second.get(240, TimeUnit.SECONDS).files();

            assertThat(converted)
                    .as("each file converted once")
                    .isEqualTo(TABLE.find(source, PartitionScope.ALL).size());
        }
        assertThat(read(PartitionScope.ALL).raw()).isZero();
        assertCachedAnswersAsRaw(VOLUME, PartitionScope.ALL);
    }

    @Test
    void theCacheIsPrivate() throws Exception {
        sample();
        refresh();
        Path folder = manifestFile().getParent();
        try (Stream<Path> all = Files.walk(home.resolve("cache"))) {
            for (Path p : all.filter(p -> !p.equals(home.resolve("cache"))).toList()) {
                String expected = Files.isDirectory(p) ? "rwx------" : "rw-------";
                if (!p.getFileName().toString().equals("lock")) {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
                            .as(p.toString())
                            .isEqualTo(expected);
                }
            }
        }
        assertThat(folder).isDirectory();
    }

    @Test
    void clearDeletesTheCacheAndQueriesReadTheFilesAgain() throws Exception {
        sample();
        refresh();

        List<Path> cleared = cache.clear(cached.tables(), java.util.Optional.of(source), () -> {});

        assertThat(cleared).containsExactly(source.toAbsolutePath());
        assertThat(cache.status(cached.tables())).isEmpty();
        assertThat(read(PartitionScope.ALL).raw()).isEqualTo(2);
        assertCachedAnswersAsRaw(VOLUME, PartitionScope.ALL);
    }

    @Test
    void statusSaysWhatTheCacheHoldsAndLacks() throws Exception {
        sample();
        refresh();
        copy(
                SampleFiles.root(),
                SampleFiles.SINGLE_ACCOUNT,
                source,
                SampleFiles.SINGLE_ACCOUNT.replace("ZgdYr0lP8M9fWEH8", "SecondDelivery00"));

        List<ColumnarCache.Status> status = cache.status(cached.tables());

        assertThat(status).hasSize(1);
        ColumnarCache.Status s = status.get(0);
        assertThat(s.table()).isEqualTo("cloudtrail");
        assertThat(s.source()).isEqualTo(source.toAbsolutePath());
        assertThat(s.files()).isEqualTo(2);
        assertThat(s.events()).isEqualTo(21);
        assertThat(s.bytes()).isPositive();
        assertThat(s.pendingFiles()).isEqualTo(1);
        assertThat(s.refreshed()).isPositive();
    }

    private ColumnarCache.Result refreshQuietly(ColumnarCache c) {
        try {
            return c.refresh(TABLE, source, p -> {}, () -> {});
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path manifestFile() throws IOException {
        try (Stream<Path> all = Files.walk(home.resolve("cache"))) {
            return all.filter(p -> p.getFileName().toString().equals(CacheFolder.MANIFEST))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private CacheManifest manifest() throws IOException {
        return ManifestFile.read(manifestFile()).orElseThrow();
    }

    private List<Path> cacheFiles(String under) throws IOException {
        Path dir = manifestFile().getParent().resolve(under);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return new ArrayList<>(all.filter(p -> !p.equals(dir))
                    .sorted(Comparator.naturalOrder())
                    .toList());
        }
    }

    private static void copy(Path fromRoot, String from, Path toRoot, String to) throws IOException {
        Path target = toRoot.resolve(to);
        Files.createDirectories(target.getParent());
        Files.copy(fromRoot.resolve(from), target);
    }

    private static void writeGzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}

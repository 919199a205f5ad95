package dev.xacct.query.local.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xacct.query.local.SampleFiles;
import dev.xacct.testing.XacctCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The columnar cache as a user meets it, through {@code ./xacct -c}: the demo and a {@code
 * --source} folder are cached behind their first query and answer the same from the cache; {@code
 * cache status|refresh|clear}; two processes building one cache at once; a build killed halfway.
 * Runs after packaging (Failsafe).
 */
class LocalCacheIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VOLUME = "sql \"SELECT accountid, region, \\\"date\\\", eventsource, count(*) AS n "
            + "FROM cloudtrail GROUP BY ALL ORDER BY ALL\" --format csv --engine local";

    @TempDir
    Path home;

    private XacctCli xacct() {
        return new XacctCli(home);
    }

    private XacctCli.Result ok(String commands) {
        XacctCli.Result result = xacct().run("-c", commands);
        assertThat(result.exitCode()).as(result.all()).isZero();
        return result;
    }

    private XacctCli.Result ok(String option, String commands) {
        XacctCli.Result result = xacct().run(option, "-c", commands);
        assertThat(result.exitCode()).as(result.all()).isZero();
        return result;
    }

    /**
     * The cache's rows for the {@code cloudtrail} table: a folder with logs of other kinds too (the
     * demo has VPC, ALB and S3 access logs) has a row for each, and these tests are about CloudTrail's.
     */
    private JsonNode status() throws IOException {
        com.fasterxml.jackson.databind.node.ArrayNode cloudtrail = JSON.createArrayNode();
        for (JsonNode row : JSON.readTree(ok("cache status --format json").stdout())) {
            if ("cloudtrail".equals(row.path("table").asText())) {
                cloudtrail.add(row);
            }
        }
        return cloudtrail;
    }

    /** The {@code cache status} row of the {@code cloudtrail} table (a demo folder has every kind's files). */
    private JsonNode cloudtrail() throws IOException {
        for (JsonNode row : status()) {
            if (row.get("table").asText().equals("cloudtrail")) {
                return row;
            }
        }
        throw new AssertionError("no cloudtrail cache in " + status());
    }

    @Test
    void theDemoIsCachedBehindItsFirstQueryAndAnswersTheSameFromTheCache() throws IOException {
        String query =
                "sql \"SELECT eventsource, count(*) FROM cloudtrail GROUP BY 1 ORDER BY 2 DESC, 1\" --format csv";

        XacctCli.Result first = ok("--demo", query);
        JsonNode status = status();
        XacctCli.Result cached = xacct().run("--demo", "-c", query);
        XacctCli.Result raw = xacct().run("--demo", "-c", query + " --no-cache");

        assertThat(first.stdout()).startsWith("eventsource,_col1\n").contains("ec2.amazonaws.com,");
        assertThat(status).as("only the table the query read is cached").hasSize(1);
        assertThat(status.get(0).get("source").asText()).endsWith("/cache/demo");
        assertThat(status.get(0).get("pending").asLong()).isZero();
        assertThat(status.get(0).get("events").asLong()).isGreaterThan(40_000);
        assertThat(status.get(0).get("state").asText()).isEqualTo("up to date");
        assertThat(cached.stdout()).isEqualTo(first.stdout());
        assertThat(raw.stdout()).isEqualTo(first.stdout());
        assertThat(parquetFiles()).isNotEmpty();
    }

    @Test
    void aSourceFolderIsRefreshedListedAndClearedThroughTheCacheCommands() throws IOException {
        Path source = sample();

        XacctCli.Result refresh = ok("cache refresh --source " + source);
        JsonNode status = status();
        XacctCli.Result again = ok("cache refresh");
        XacctCli.Result answer = ok(VOLUME + " --source " + source);
        XacctCli.Result clear = ok("cache clear --source " + source);

        assertThat(refresh.stdout()).contains(source + " (cloudtrail): converted 2 files (");
        assertThat(status.get(0).get("source").asText()).isEqualTo(source.toString());
        assertThat(status.get(0).get("files").asLong()).isEqualTo(2);
        assertThat(status.get(0).get("events").asLong()).isEqualTo(21);
        assertThat(again.stdout()).contains(source + " (cloudtrail): up to date");
        assertThat(answer.stdout())
                .isEqualTo(ok(VOLUME + " --source " + source + " --no-cache").stdout());
        assertThat(clear.stdout()).contains("cleared the cache of " + source);
        assertThat(status()).isEmpty();
        assertThat(Files.list(source.resolve("AWSLogs")).count())
                .as("the source is untouched")
                .isEqualTo(2);
    }

    @Test
    void twoProcessesBuildingOneCacheAtOnceLeaveOneGoodCache() throws Exception {
        Path source = generated();

        CompletableFuture<XacctCli.Result> one =
                CompletableFuture.supplyAsync(() -> xacct().run("-c", "cache refresh --source " + source));
        CompletableFuture<XacctCli.Result> two =
                CompletableFuture.supplyAsync(() -> xacct().run("-c", VOLUME + " --source " + source));
        CompletableFuture<XacctCli.Result> three =
                CompletableFuture.supplyAsync(() -> xacct().run("-c", "cache refresh --source " + source));

        for (XacctCli.Result r : new XacctCli.Result[] {
            one.get(300, TimeUnit.SECONDS), two.get(300, TimeUnit.SECONDS), three.get(300, TimeUnit.SECONDS)
        }) {
            assertThat(r.exitCode()).as(r.all()).isZero();
        }
        String fromFiles = ok(VOLUME + " --source " + source + " --no-cache").stdout();
        assertThat(two.get().stdout()).isEqualTo(fromFiles);
        assertThat(ok(VOLUME + " --source " + source).stdout()).isEqualTo(fromFiles);
        JsonNode status = status();
        assertThat(status)
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.get("pending").asLong())
                        .as(row.toString())
                        .isZero());
        assertThat(cloudtrail().get("files").asLong()).isEqualTo(1441);
    }

    @Test
    void aBuildKilledHalfwayLeavesACacheThatAnswersAsTheFiles() throws Exception {
        Path source = generated();
        Process build = xacct().start("-c", "cache refresh --source " + source);
        try {
            // killed as soon as its first step is committed (the manifest names a Parquet file)
            while (committedSegments() == 0) {
                assertThat(build.isAlive())
                        .as("the build ended before a first step was seen")
                        .isTrue();
                Thread.sleep(20);
            }
        } finally {
            build.descendants().forEach(ProcessHandle::destroyForcibly);
            build.destroyForcibly();
            build.waitFor(30, TimeUnit.SECONDS);
        }

        String fromFiles = ok(VOLUME + " --source " + source + " --no-cache").stdout();
        JsonNode partial = cloudtrail();
        assertThat(partial.get("files").asLong())
                .as("steps committed before the kill")
                .isPositive();
        assertThat(partial.get("pending").asLong()).as("steps the kill cut off").isPositive();

        // the partial cache plus the files answer the same; this run then finishes the cache
        assertThat(ok(VOLUME + " --source " + source).stdout()).isEqualTo(fromFiles);
        assertThat(cloudtrail().get("pending").asLong()).isZero();
        assertThat(ok(VOLUME + " --source " + source).stdout()).isEqualTo(fromFiles);
        Path caches = home.resolve("cache/parquet");
        try (Stream<Path> left = Files.walk(caches)) {
            assertThat(left.filter(p -> Files.isRegularFile(p)
                            && caches.relativize(p).toString().contains("/tmp/")))
                    .as("the killed step's output is deleted by the next build")
                    .isEmpty();
        }
    }

    private Path sample() throws IOException {
        Path source = home.resolve("sample");
        for (String key : new String[] {SampleFiles.SINGLE_ACCOUNT, SampleFiles.ORGANIZATION}) {
            Files.createDirectories(source.resolve(key).getParent());
            Files.copy(SampleFiles.root().resolve(key), source.resolve(key));
        }
        return source;
    }

    /**
     * The demo month (about 1,400 files, a few MB of gzip: a build of several steps), generated
     * by {@code ./xacct} itself without building its cache, used as a plain {@code --source}.
     */
    private Path generated() {
        ok("--demo", "sql \"SELECT 1\" --no-cache");
        Path source = home.resolve("cache/demo");
        assertThat(source.resolve("AWSLogs")).isDirectory();
        assertThat(home.resolve("cache/parquet")).doesNotExist();
        return source;
    }

    private int committedSegments() throws IOException {
        Path root = home.resolve("cache/parquet");
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(root)) {
            Path manifest = all.filter(p -> p.getFileName().toString().equals("manifest.json"))
                    .findFirst()
                    .orElse(null);
            if (manifest == null) {
                return 0;
            }
            return JSON.readTree(Files.readAllBytes(manifest)).get("segments").size();
        } catch (java.nio.file.NoSuchFileException e) {
            return 0; // replaced between the listing and the read
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof java.nio.file.NoSuchFileException) {
                return 0; // a step's tmp/ folder went while the walk was in it
            }
            throw e;
        }
    }

    private Path[] parquetFiles() throws IOException {
        try (Stream<Path> all = Files.walk(home.resolve("cache/parquet"))) {
            return all.filter(p -> p.toString().endsWith(".parquet")).toArray(Path[]::new);
        }
    }
}

import dev.xacct.query.QueryRequest;
import dev.xacct.query.local.CloudTrailTable;
import dev.xacct.query.local.FileTree;
import dev.xacct.query.local.LocalEngine;
import dev.xacct.query.local.SourceFile;
import dev.xacct.query.local.cache.ColumnarCache;
import dev.xacct.render.ResultStream;
import dev.xacct.template.PartitionScope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Run by bench/local (java source-file mode). Every figure is a median of several runs printed next
 * to its reference, measured in the same run, interleaved so load from other processes falls on
 * both sides alike:
 *
 * <ul>
 *   <li>raw: our engine over the files vs DuckDB JDBC alone on the same SQL ("alone" = a hand-written
 *       read_json over a glob with the same explicit columns, no file listing, no macros, no paging);
 *   <li>first query: answering over a folder with no cache yet (the cache then builds behind the
 *       answer; that build's time is printed too) vs DuckDB alone;
 *   <li>repeated query: in a started JVM, cached vs raw;
 *   <li>size: the cache's Parquet vs the .json.gz files; bytes a one-day query reads.
 * </ul>
 *
 * Arguments: DATASET RUNS JQ_SECONDS CACHE_ROOT. The cache is built under CACHE_ROOT and left there
 * for bench/local's one-shot figure.
 */
public class LocalBench {

    static final String LOGINS = "SELECT eventtime, useridentity.arn, sourceipaddress, "
            + "json_extract_string(additionaleventdata, '$.MFAUsed') AS mfa FROM cloudtrail WHERE eventname = 'ConsoleLogin'";
    static final String VOLUME =
            "SELECT accountid, region, eventsource, count(*) AS n FROM cloudtrail GROUP BY ALL ORDER BY n DESC";
    static final CloudTrailTable TABLE = new CloudTrailTable();

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        double jqSeconds = Double.parseDouble(args[2]);
        Path cacheRoot = Path.of(args[3]);
        List<SourceFile> all = TABLE.find(root, PartitionScope.ALL);
        long gzBytes = bytes(all);
        LocalDate day = all.stream().map(SourceFile::date).sorted().toList().get(all.size() / 2);
        PartitionScope oneDay = PartitionScope.days(day, day);

        try (LocalEngine raw = new LocalEngine(); Connection alone = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement s = alone.createStatement()) {
                s.execute("CREATE VIEW cloudtrail AS " + rawView(root));
            }
            System.out.println("== over the files (no cache)");
            for (String[] q : new String[][] {{"console-logins", LOGINS}, {"event-volume-summary", VOLUME}}) {
                double[] both = medians(runs, () -> drain(raw, q[1], root, PartitionScope.ALL), () -> drainJdbc(alone, q[1]));
                System.out.printf("%-22s engine_s=%.3f duckdb_jdbc_s=%.3f ratio=%.2f (goal <= 1.15)%n", q[0], both[0], both[1], both[0] / both[1]);
                if (q[0].equals("console-logins") && jqSeconds > 0) {
                    System.out.printf("%-22s jq_s=%.2f speedup_vs_jq=%.1fx%n", q[0], jqSeconds, jqSeconds / both[0]);
                }
            }
            long dayBytes = bytes(TABLE.find(root, oneDay));
            System.out.printf("one day (%s)         opens %.1f MB of %.1f MB of .json.gz (1/%.1f)%n",
                    day, dayBytes / 1e6, gzBytes / 1e6, (double) gzBytes / dayBytes);

            System.out.println("== first query over a folder with no cache (the cache builds behind the answer)");
            List<Double> first = new ArrayList<>();
            List<Double> build = new ArrayList<>();
            List<Double> reference = new ArrayList<>();
            for (int i = 0; i < Math.max(1, runs / 2); i++) {
                FileTree.delete(cacheRoot);
                try (ColumnarCache cache = new ColumnarCache(cacheRoot, Runtime.getRuntime().availableProcessors());
                        LocalEngine cached = new LocalEngine(1000, cache)) {
                    long start = System.nanoTime();
                    drain(cached, VOLUME, root, PartitionScope.ALL);
                    first.add(seconds(start));
                    start = System.nanoTime();
                    cache.finishBuilds(p -> {});
                    build.add(seconds(start));
                }
                long start = System.nanoTime();
                drainJdbc(alone, VOLUME);
                reference.add(seconds(start));
            }
            double f = median(first), b = median(build), r = median(reference);
            System.out.printf("first answer           engine_s=%.3f duckdb_jdbc_s=%.3f ratio=%.2f (goal <= 1.5)%n", f, r, f / r);
            System.out.printf("build behind it        build_s=%.3f answer+build_s=%.3f ratio_to_duckdb=%.2f%n", b, f + b, (f + b) / r);

            System.out.println("== repeated query, JVM started: cache vs files");
            try (ColumnarCache cache = new ColumnarCache(cacheRoot, 1); LocalEngine cached = new LocalEngine(1000, cache)) {
                ColumnarCache.Read read = cache.read(TABLE, root, PartitionScope.ALL);
                if (read.raw() != 0) {
                    throw new IllegalStateException("the cache is not complete: " + read.raw() + " files to read");
                }
                for (String[] q : new String[][] {{"console-logins", LOGINS}, {"event-volume-summary", VOLUME}}) {
                    double[] both = medians(runs, () -> drain(cached, q[1], root, PartitionScope.ALL), () -> drain(raw, q[1], root, PartitionScope.ALL));
                    System.out.printf("%-22s cached_ms=%.0f files_ms=%.0f speedup=%.1fx (goal <= 100 ms, >= 20x)%n", q[0], both[0] * 1000, both[1] * 1000, both[1] / both[0]);
                }
                long cacheBytes = read.parquet().stream().mapToLong(LocalBench::size).sum();
                System.out.printf("size                   cache=%.1f MB json.gz=%.1f MB ratio=%.2f (goal <= 1.0)%n", cacheBytes / 1e6, gzBytes / 1e6, (double) cacheBytes / gzBytes);
                ColumnarCache.Read dayRead = cache.read(TABLE, root, oneDay);
                long dayParquet = dayRead.parquet().stream().mapToLong(LocalBench::size).sum();
                double[] dayTimes = medians(runs, () -> drain(cached, VOLUME, root, oneDay), () -> drain(cached, VOLUME, root, PartitionScope.ALL));
                System.out.printf("one day (%s)         reads %d Parquet file(s), %.2f MB of %.1f MB (1/%.1f); %.0f ms vs whole month %.0f ms%n",
                        day, dayRead.parquet().size(), dayParquet / 1e6, cacheBytes / 1e6, (double) cacheBytes / dayParquet, dayTimes[0] * 1000, dayTimes[1] * 1000);
            }
        }
    }

    static String rawView(Path root) {
        // the engine's own view text, but over a glob instead of our explicit file list
        String ours = TABLE.createViewSql(TABLE.find(root, PartitionScope.ALL).subList(0, 1));
        int from = ours.indexOf("read_json([");
        int to = ours.indexOf("]", from);
        String select = ours.substring(ours.indexOf(" AS SELECT ") + 4);
        return select.replace(ours.substring(from, to + 1), "read_json('" + root + "/AWSLogs/**/*.json.gz'");
    }

    interface Work {
        long run() throws Exception;
    }

    static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** Both works once to warm up, then interleaved {@code runs} times; the medians. */
    static double[] medians(int runs, Work a, Work b) throws Exception {
        List<Double> ta = new ArrayList<>();
        List<Double> tb = new ArrayList<>();
        a.run();
        b.run();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            a.run();
            ta.add(seconds(start));
            start = System.nanoTime();
            b.run();
            tb.add(seconds(start));
        }
        return new double[] {median(ta), median(tb)};
    }

    static long drain(LocalEngine engine, String sql, Path root, PartitionScope scope) {
        long n = 0;
        try (ResultStream stream = engine.execute(QueryRequest.of(sql).withSource(root).withScope(scope))) {
            for (var page = stream.nextPage(); !page.isEmpty(); page = stream.nextPage()) {
                n += page.size();
            }
        }
        return n;
    }

    static long drainJdbc(Connection c, String sql) throws Exception {
        long n = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int width = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= width; i++) {
                    rs.getObject(i);
                }
                n++;
            }
        }
        return n;
    }

    static long bytes(List<SourceFile> files) {
        return files.stream().mapToLong(f -> size(f.path())).sum();
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}

import dev.xacct.template.PartitionScope;
import dev.xacct.query.QueryRequest;
import dev.xacct.query.local.CloudTrailTable;
import dev.xacct.query.local.LocalEngine;
import dev.xacct.query.local.SourceFile;
import dev.xacct.render.ResultStream;

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
 * Run by bench/local (java source-file mode): our engine against DuckDB JDBC alone, on the same SQL.
 * "Alone" = a hand-written read_json over a glob with the same explicit columns, no file listing,
 * no macros, no paging: the floor our layer adds to.
 */
public class LocalBench {

    static final String LOGINS = "SELECT eventtime, useridentity.arn, sourceipaddress, "
            + "json_extract_string(additionaleventdata, '$.MFAUsed') AS mfa FROM cloudtrail WHERE eventname = 'ConsoleLogin'";
    static final String VOLUME = "SELECT accountid, region, eventsource, count(*) AS n FROM cloudtrail GROUP BY ALL ORDER BY n DESC";

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        double jqSeconds = Double.parseDouble(args[2]);
        try (LocalEngine engine = new LocalEngine(); Connection raw = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement s = raw.createStatement()) {
                s.execute("CREATE VIEW cloudtrail AS " + rawView(root));
            }
            for (String[] q : new String[][] {{"console-logins", LOGINS}, {"event-volume-summary", VOLUME}}) {
                // interleaved, so load from other processes falls on both sides alike
                double[] both = medians(runs, () -> drain(engine.execute(QueryRequest.of(q[1]).withSource(root))),
                        () -> drainJdbc(raw, q[1]));
                double ours = both[0];
                double alone = both[1];
                System.out.printf("%-22s engine_s=%.3f duckdb_jdbc_s=%.3f overhead=%.3f (goal <= 1.15)%n", q[0], ours, alone, ours / alone);
                if (q[0].equals("console-logins")) {
                    System.out.printf("%-22s jq_s=%.2f speedup_vs_jq=%.1fx (goal >= 20x)%n", q[0], jqSeconds, jqSeconds / ours);
                }
            }
            List<SourceFile> all = new CloudTrailTable().find(root, PartitionScope.ALL);
            LocalDate day = all.stream().map(SourceFile::date).sorted().toList().get(all.size() / 2);
            PartitionScope oneDay = PartitionScope.days(day, day);
            long totalBytes = bytes(all);
            long dayBytes = bytes(new CloudTrailTable().find(root, oneDay));
            double dayTime = median(runs, () -> drain(engine.execute(QueryRequest.of(LOGINS).withSource(root).withScope(oneDay))));
            double allTime = median(runs, () -> drain(engine.execute(QueryRequest.of(LOGINS).withSource(root))));
            System.out.printf("one-day (%s)        bytes=%d of %d (1/%.1f) time_s=%.3f vs all_s=%.3f (1/%.1f)%n",
                    day, dayBytes, totalBytes, (double) totalBytes / dayBytes, dayTime, allTime, allTime / dayTime);
        }
    }

    static String rawView(Path root) throws Exception {
        // the engine's own view text, but over a glob instead of our explicit file list
        CloudTrailTable table = new CloudTrailTable();
        String ours = table.createViewSql(table.find(root, PartitionScope.ALL).subList(0, 1));
        int from = ours.indexOf("read_json([");
        int to = ours.indexOf("]", from);
        String select = ours.substring(ours.indexOf(" AS SELECT ") + 4);
        return select.replace(ours.substring(from, to + 1), "read_json('" + root + "/AWSLogs/**/*.json.gz'");
    }

    interface Work {
        long run() throws Exception;
    }

    static double median(int runs, Work work) throws Exception {
        List<Double> times = new ArrayList<>();
        work.run(); // warm the page cache and JIT once
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times.add((System.nanoTime() - start) / 1e9);
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    static double[] medians(int runs, Work a, Work b) throws Exception {
        List<Double> ta = new ArrayList<>();
        List<Double> tb = new ArrayList<>();
        a.run();
        b.run();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            a.run();
            ta.add((System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            b.run();
            tb.add((System.nanoTime() - start) / 1e9);
        }
        Collections.sort(ta);
        Collections.sort(tb);
        return new double[] {ta.get(runs / 2), tb.get(runs / 2)};
    }

    static long drain(ResultStream stream) {
        long n = 0;
        try (stream) {
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

    static long bytes(List<SourceFile> files) throws Exception {
        long sum = 0;
        for (SourceFile f : files) {
            sum += Files.size(f.path());
        }
        return sum;
    }
}

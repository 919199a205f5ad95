import dev.xacct.plugin.PluginLoader;
import dev.xacct.plugin.api.SampleData;
import dev.xacct.plugin.api.TableKind;
import dev.xacct.query.QueryRequest;
import dev.xacct.query.local.LocalEngine;
import dev.xacct.query.local.LocalResult;
import dev.xacct.query.local.kind.KindTables;
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
import java.util.concurrent.Callable;

/**
 * Run by bench/kinds (java source-file mode): for each shipped log kind, a month of generated files
 * read by the local engine's table (no cache) against DuckDB JDBC alone doing the same parse by
 * hand over a glob (VPC: DuckDB's CSV reader with the header; ALB and S3: the same regular
 * expression over the lines), and the cost of counting malformed lines after a first query.
 */
public class KindsBench {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int perDay = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        List<TableKind> kinds = new ArrayList<>();
        PluginLoader loader = new PluginLoader();
        for (int i = 3; i < args.length; i++) {
            loader.loadJar(Path.of(args[i])).plugins().forEach(p -> kinds.addAll(p.tableKinds()));
        }
        SampleData.Spec spec = new SampleData.Spec(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30),
                List.of("111111111111", "222222222222", "333333333333"), List.of("us-east-1", "eu-west-1"), 42L, null,
                perDay, 0);
        try (LocalEngine engine = new LocalEngine(1000, () -> KindTables.of(kinds));
                Connection raw = DriverManager.getConnection("jdbc:duckdb:")) {
            for (TableKind kind : kinds) {
                if (kind.sampleData().isEmpty()) {
                    continue;
                }
                Path dir = root.resolve(kind.name());
                Path marker = dir.resolve(".complete-" + perDay);
                long records;
                if (Files.exists(marker)) {
                    records = Long.parseLong(Files.readString(marker).strip());
                } else {
                    records = kind.sampleData().get().write(dir, spec).records();
                    Files.writeString(marker, records + "\n");
                }
                String sql = switch (kind.table()) {
                    case "vpc_flow_logs" -> "SELECT action, count(*), sum(bytes) FROM vpc_flow_logs GROUP BY 1";
                    case "alb_logs" -> "SELECT elb_status_code, count(*), sum(sent_bytes) FROM alb_logs GROUP BY 1";
                    default -> "SELECT operation, count(*), sum(bytessent) FROM s3_access_logs GROUP BY 1";
                };
                String alone = alone(kind, dir);
                double first = seconds(() -> { try (ResultStream r = engine.execute(QueryRequest.of(sql).withSource(dir))) { drain(r); if (r instanceof LocalResult l) { l.notices(); } } return null; });
                double[] both = medians(runs,
                        () -> { try (ResultStream r = engine.execute(QueryRequest.of(sql).withSource(dir))) { drain(r); if (r instanceof LocalResult l) { l.notices(); } } return null; },
                        () -> { try (Statement s = raw.createStatement(); ResultSet rs = s.executeQuery(alone)) { while (rs.next()) { } } return null; });
                System.out.printf("%-15s records=%d first_s=%.3f (rows + counting malformed lines) engine_s=%.3f duckdb_alone_s=%.3f ratio=%.2f%n",
                        kind.table(), records, first, both[0], both[1], both[0] / both[1]);
            }
        }
    }

    /** The same parse written by hand over a glob: no file listing, no partition join, no macros. */
    static String alone(TableKind kind, Path dir) {
        String glob = dir + "/**/*";
        return switch (kind.table()) {
            case "vpc_flow_logs" -> "SELECT action, count(*), sum(bytes) FROM read_csv('" + dir + "/**/*.log.gz', delim=' ', header=true,"
                    + " nullstr='-', columns={'version': 'INTEGER', 'account-id': 'VARCHAR', 'interface-id': 'VARCHAR', 'srcaddr': 'VARCHAR',"
                    + " 'dstaddr': 'VARCHAR', 'srcport': 'INTEGER', 'dstport': 'INTEGER', 'protocol': 'BIGINT', 'packets': 'BIGINT',"
                    + " 'bytes': 'BIGINT', 'start': 'BIGINT', 'end': 'BIGINT', 'action': 'VARCHAR', 'log-status': 'VARCHAR'}) GROUP BY 1";
            case "alb_logs" -> "SELECT TRY_CAST(m.s AS INTEGER), count(*), sum(TRY_CAST(m.b AS BIGINT)) FROM (SELECT regexp_extract(line, '^([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*):([0-9]*) ([^ ]*)[:-]([0-9]*) ([-.0-9]*) ([-.0-9]*) ([-.0-9]*) (|[-0-9]*) (-|[-0-9]*) ([-0-9]*) ([-0-9]*) .*$', ['a','t','e','c','cp','ti','tp','r1','r2','r3','s','ts','rb','b']) AS m FROM read_csv('" + dir + "/**/*.log.gz', columns={'line': 'VARCHAR'}, header=false, delim=chr(1), quote='', escape='', auto_detect=false)) GROUP BY 1";
            default -> "SELECT m.op, count(*), sum(TRY_CAST(m.b AS BIGINT)) FROM (SELECT regexp_extract(line, '^([^ ]*) ([^ ]*) \\[(.*?)\\] ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) (\"[^\"]*\"|-) (-|[0-9]*) ([^ ]*) ([^ ]*) .*$', ['o','bk','t','ip','rq','id','op','k','u','st','er','b']) AS m FROM read_csv('" + glob + "', columns={'line': 'VARCHAR'}, header=false, delim=chr(1), quote='', escape='', auto_detect=false)) GROUP BY 1";
        };
    }

    static void drain(ResultStream r) {
        while (!r.nextPage().isEmpty()) { }
    }

    static double seconds(Callable<Void> c) throws Exception {
        long t = System.nanoTime();
        c.call();
        return (System.nanoTime() - t) / 1e9;
    }

    /** Medians of both, the runs interleaved so load from other processes falls on both alike. */
    static double[] medians(int runs, Callable<Void> a, Callable<Void> b) throws Exception {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            x.add(seconds(a));
            y.add(seconds(b));
        }
        Collections.sort(x);
        Collections.sort(y);
        return new double[] {x.get(runs / 2), y.get(runs / 2)};
    }
}

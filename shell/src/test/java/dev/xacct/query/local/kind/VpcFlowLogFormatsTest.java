package dev.xacct.query.local.kind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.plugin.api.SampleData;
import dev.xacct.query.QueryRequest;
import dev.xacct.query.local.LocalEngine;
import dev.xacct.render.ResultStream;
import dev.xacct.testing.ShippedPlugins;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * VPC Flow Logs in the formats AWS delivers: the default format, a custom one (other fields, other
 * order, its own header line) and Parquet, side by side in one folder, read as one table whose
 * columns are every documented field, NULL where a file's format lacks it.
 */
class VpcFlowLogFormatsTest {

    @TempDir
    Path root;

    private static final String DAY = "AWSLogs/111111111111/vpcflowlogs/us-east-1/2025/06/19/";

    @Test
    void defaultCustomAndParquetFilesAreOneTable() throws Exception {
        // the default format, from the plugin's generator: one file (its story adds the intruder's two flows)
        SampleData.Written text = ShippedPlugins.kind("vpc-flow-logs")
                .sampleData()
                .orElseThrow()
                .write(
                        root,
                        new SampleData.Spec(
                                LocalDate.of(2025, 6, 19),
                                LocalDate.of(2025, 6, 19),
                                List.of("111111111111"),
                                List.of("us-east-1"),
                                1L,
                                "default",
                                5,
                                0));
        long defaults = text.records();
        assertThat(text.files()).hasSize(1);

        // a custom format: version 5 fields in another order, with its header line
        gzip(
                root.resolve(DAY + "111111111111_vpcflowlogs_us-east-1_fl-0custom_20250619T0310Z_c0ffee01.log.gz"),
                "version vpc-id srcaddr dstaddr dstport action region flow-direction reject-reason",
                "5 vpc-0abc 203.0.113.9 10.0.1.25 22 REJECT us-east-1 ingress -",
                "5 vpc-0abc 10.0.1.25 198.51.100.2 443 ACCEPT us-east-1 egress -");

        // Parquet delivery: the fields as columns named with underscores, in the Hive-compatible layout
        Path parquet = root.resolve(
                "AWSLogs/aws-account-id=222222222222/aws-service=vpcflowlogs/aws-region=eu-west-1"
                        + "/year=2025/month=06/day=19/222222222222_vpcflowlogs_eu-west-1_fl-0pq_20250619T0300Z_beef.log.parquet");
        Files.createDirectories(parquet.getParent());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            s.execute(
                    "COPY (SELECT * FROM (VALUES (2, '222222222222', 'eni-0pq', '203.0.113.66', '10.0.9.9', 51515, 3389,"
                            + " 6, 3, 180, 1750302000, 1750302060, 'REJECT', 'OK', 'eu-west-1'),"
                            + " (2, '222222222222', 'eni-0pq', '10.0.9.9', '10.0.9.10', 443, 51000, 6, 10, 9000, 1750302000,"
                            + " 1750302060, 'ACCEPT', 'OK', 'eu-west-1')) AS t(version, account_id, interface_id, srcaddr, dstaddr,"
                            + " srcport, dstport, protocol, packets, bytes, start, \"end\", action, log_status, region))"
                            + " TO '" + parquet + "' (FORMAT parquet)");
        }

        try (LocalEngine engine = new LocalEngine(100, () -> KindTables.of(ShippedPlugins.tableKinds()))) {
            List<List<Object>> rows = rows(
                    engine,
                    "SELECT accountid, region, count(*), count(vpc_id), count(flow_region),"
                            + " count(interface_id) FROM vpc_flow_logs GROUP BY 1, 2 ORDER BY 1");
            assertThat(rows)
                    .containsExactly(
                            List.of("111111111111", "us-east-1", defaults + 2, 2L, 2L, defaults),
                            List.of("222222222222", "eu-west-1", 2L, 0L, 2L, 2L));
            assertThat(
                            rows(
                                    engine,
                                    "SELECT srcaddr, dstport, flow_direction FROM vpc_flow_logs"
                                            + " WHERE action = 'REJECT' AND dstport IN (22, 3389) AND srcaddr LIKE '203.%' ORDER BY 1"))
                    .containsExactly(
                            java.util.Arrays.asList("203.0.113.66", 3389, null), List.of("203.0.113.9", 22, "ingress"));
        }
    }

    private List<List<Object>> rows(LocalEngine engine, String sql) {
        List<List<Object>> rows = new ArrayList<>();
        try (ResultStream r = engine.execute(QueryRequest.of(sql).withSource(root))) {
            for (var page = r.nextPage(); !page.isEmpty(); page = r.nextPage()) {
                rows.addAll(page);
            }
        }
        return rows;
    }

    private static void gzip(Path file, String... lines) throws Exception {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}

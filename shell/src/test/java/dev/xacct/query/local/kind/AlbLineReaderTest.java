package dev.xacct.query.local.kind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.plugin.api.KeyLayout;
import dev.xacct.plugin.api.LogFile;
import dev.xacct.plugin.api.RegexLineReader;
import dev.xacct.plugin.api.RegexTableKind;
import dev.xacct.plugin.api.SampleData;
import dev.xacct.plugin.api.TableKind;
import dev.xacct.testing.ShippedPlugins;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ALB table's fast reader (AWS's expression as the check, a tokenizer for the fields) gives
 * exactly the rows AWS's expression gives when its 34 groups are captured, as Athena does.
 */
class AlbLineReaderTest {

    @TempDir
    Path root;

    @Test
    void theTokenizedRowsAreTheRowsOfAwsExpression() throws Exception {
        TableKind kind = ShippedPlugins.kind("alb-logs");
        SampleData.Written written = kind.sampleData()
                .orElseThrow()
                .write(
                        root,
                        new SampleData.Spec(
                                LocalDate.of(2025, 6, 1),
                                LocalDate.of(2025, 6, 12),
                                List.of("111111111111", "222222222222"),
                                List.of("us-east-1"),
                                9L,
                                null,
                                30,
                                3));
        List<LogFile> files = new ArrayList<>();
        for (Path f : written.files()) {
            KeyLayout.Values v = kind.layouts().get(0).match(f.toString()).orElseThrow();
            files.add(new LogFile(f, "default", v.account(), v.region(), v.date(), v.keyValues()));
        }
        String fast = kind.localReader().selectSql(files);
        String captured =
                new RegexLineReader(((RegexTableKind) kind).regex(), kind.columns(), List.of(), false).selectSql(files);
        assertThat(fast).isNotEqualTo(captured);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            assertThat(count(s, fast)).isEqualTo(written.records());
            assertThat(count(s, "(" + fast + ") EXCEPT ALL (" + captured + ")")).isZero();
            assertThat(count(s, "(" + captured + ") EXCEPT ALL (" + fast + ")")).isZero();
            assertThat(count(s, "SELECT * FROM (" + fast + ") WHERE request_url IS NULL OR client_port IS NULL"))
                    .isZero();
        }
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM (" + sql + ")")) {
            r.next();
            return r.getLong(1);
        }
    }
}

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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fast readers of the ALB and S3 access log tables (fields cut as text instead of capturing
 * the groups of AWS's expression) give exactly the rows AWS's expression gives when its groups are
 * captured, as Athena does: over each kind's sample with malformed lines, and over lines made to
 * part the two ways (a quote in a URL or opening a field that is not quoted, a bracket in the
 * time, fewer or more fields than AWS's optional group, empty fields).
 */
class TokenizedLineReadersTest {

    /** AWS's example entry ("Amazon S3 server access log format", Log record example), 26 fields. */
    private static final String S3_ENTRY = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
            + " amzn-s3-demo-bucket1 [06/Feb/2019:00:00:38 +0000] 192.0.2.3"
            + " 79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be 3E57427F3EXAMPLE"
            + " REST.GET.VERSIONING - \"GET /amzn-s3-demo-bucket1?versioning HTTP/1.1\" 200 - 113 - 7 -"
            + " \"-\" \"S3Console/0.4\" - s9lzHYrFp76ZVxRcpX9+5cjAnEH2ROuNkd2BHfIa6UkFVdtjf5mKR3/eTPFvsiP/XV/VLi31234="
            + " SigV4 ECDHE-RSA-AES128-GCM-SHA256 AuthHeader amzn-s3-demo-bucket1.s3.us-west-1.amazonaws.com TLSV1.2"
            + " arn:aws:s3:us-west-1:123456789012:accesspoint/example-AP Yes us-east-1";

    @TempDir
    Path root;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"alb-logs, 34", "s3-access-logs, 27"})
    void theTokenizedRowsAreTheRowsOfAwsExpression(String name, int groups) throws Exception {
        TableKind kind = ShippedPlugins.kind(name);
        assertThat(kind.columns()).hasSize(groups);
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
            files.add(logFile(kind, f));
        }
        assertSameRows(kind, files, written.records());
    }

    @Test
    void s3AccessLogLinesOfUnusualShapesGiveAwsGroups() throws Exception {
        TableKind kind = ShippedPlugins.kind("s3-access-logs");
        List<String> pieces = List.of(S3_ENTRY.split(" ")); // a field a piece, but 2 for the time, 3 for the request
        List<String> lines = List.of(
                S3_ENTRY,
                S3_ENTRY + " ",
                S3_ENTRY + " extra fields after the last one",
                // 18 fields (before hostid came), and 22: AWS's optional group of nine is all or nothing
                String.join(" ", pieces.subList(0, 18 + 3)),
                String.join(" ", pieces.subList(0, 22 + 3)),
                // an empty field (two spaces) where AWS's expression allows one
                S3_ENTRY.replace(" 3E57427F3EXAMPLE ", "  "),
                // a quote opening fields that are not quoted: the tokenizer would take "…" as one field
                S3_ENTRY.replace("REST.GET.VERSIONING -", "\"REST.GET.VERSIONING x\""),
                S3_ENTRY.replace(" SigV4 ", " \"SigV4 ").replace(" AuthHeader ", " AuthHeader\" "),
                // a bracket inside the time, and a time that is not bracketed by the tokenizer
                S3_ENTRY.replace("[06/Feb/2019:00:00:38 +0000]", "[06/Feb/2019:00:00:38] +0000]"),
                S3_ENTRY.replace("[06/Feb/2019:00:00:38 +0000]", "[06/Feb/2019:00:00:38]x +0000]"),
                // a user agent with spaces, a referrer with none, quotes inside a key
                S3_ENTRY.replace("\"S3Console/0.4\"", "\"Mozilla/5.0 (X11; Linux x86_64)\"")
                        .replace("\"-\"", "\"https://example.com/\""),
                S3_ENTRY.replace("REST.GET.VERSIONING -", "REST.GET.OBJECT a\"b\"c"),
                // no request URI (-), a key ending in ], a time holding a second space
                S3_ENTRY.replace("\"GET /amzn-s3-demo-bucket1?versioning HTTP/1.1\"", "-"),
                S3_ENTRY.replace("REST.GET.VERSIONING -", "REST.GET.OBJECT a]"),
                S3_ENTRY.replace("+0000]", "+0000 UTC]"),
                // not the format at all: left out by both
                S3_ENTRY.replace(" 200 - 113 ", " OK - 113 "),
                "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be amzn-s3-demo-bucket1");
        Path file = root.resolve(
                "s3-access-logs/123456789012/us-west-1/amzn-s3-demo-bucket1/2019/02/06/2019-02-06-00-00-38-0123456789ABCDEF");
        SampleData.writeLines(file, lines);
        Pattern aws = Pattern.compile(((RegexTableKind) kind).regex());
        List<String> entries =
                lines.stream().filter(l -> aws.matcher(l).matches()).toList();
        assertThat(entries).hasSize(lines.size() - 2);
        assertSameRows(kind, List.of(logFile(kind, file)), entries.size());
    }

    @Test
    void albLinesOfUnusualShapesGiveAwsGroups() throws Exception {
        TableKind kind = ShippedPlugins.kind("alb-logs");
        List<String> lines = List.of(
                AwsExampleEntries.ALB,
                // a client's quote in the URL: the tokenizer would end the request there and shift every field after
                AwsExampleEntries.ALB.replace("https://www.example.com:443/ ", "https://www.example.com:443/a\"b "),
                // an empty status (AWS's expression allows it), and more fields after an empty conn_trace_id
                AwsExampleEntries.ALB.replace(" 200 200 ", " 200  "),
                AwsExampleEntries.ALB.replace(" TID_1234abcd5678ef90", "  later \"fields\""),
                // a quote opening an unquoted field
                AwsExampleEntries.ALB.replace("app/my-loadbalancer/50dc6c495c0c9188", "\"app/my"),
                AwsExampleEntries.ALB.replace(" TID_1234abcd5678ef90", ""),
                // not the format: a quote inside the user agent
                AwsExampleEntries.ALB.replace("\"curl/7.46.0\"", "\"curl \\\"x\\\" 7\""));
        Path file = root.resolve("AWSLogs/111111111111/elasticloadbalancing/us-east-1/2025/06/01/"
                + "111111111111_elasticloadbalancing_us-east-1_app.my-loadbalancer.1_20250601T2225Z_10.0.0.5_a1.log");
        SampleData.writeLines(file, lines);
        Pattern aws = Pattern.compile(((RegexTableKind) kind).regex());
        assertThat(lines.stream().filter(l -> aws.matcher(l).matches())).hasSize(lines.size() - 1);
        assertSameRows(kind, List.of(logFile(kind, file)), lines.size() - 1);
    }

    private static LogFile logFile(TableKind kind, Path f) {
        KeyLayout layout = kind.layouts().get(0);
        KeyLayout.Values v = layout.match(f.toString()).orElseThrow();
        return new LogFile(f, layout.name(), v.account(), v.region(), v.date(), v.keyValues());
    }

    private static void assertSameRows(TableKind kind, List<LogFile> files, long records) throws Exception {
        String fast = kind.localReader().selectSql(files);
        String captured = new RegexLineReader(((RegexTableKind) kind).regex(), kind.columns(), kind.keyColumns(), false)
                .selectSql(files);
        assertThat(fast).isNotEqualTo(captured);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            assertThat(count(s, fast)).isEqualTo(records);
            assertThat(count(s, "(" + fast + ") EXCEPT ALL (" + captured + ")")).isZero();
            assertThat(count(s, "(" + captured + ") EXCEPT ALL (" + fast + ")")).isZero();
            String notEmpty = kind.name().equals("alb-logs")
                    ? "request_url IS NULL OR client_port IS NULL"
                    : "requestdatetime IS NULL OR operation IS NULL";
            assertThat(count(s, "SELECT * FROM (" + fast + ") WHERE " + notEmpty))
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

package dev.xacct.query.local.kind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.testing.XacctCli;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The four kinds of log through {@code ./xacct}, as a new user tries them: the demo answers SQL
 * over each table, {@code table create KIND --print} prints DDL that {@code template lint} passes,
 * and malformed lines in a {@code --source} folder are skipped and counted on stderr.
 */
class TableKindsIT {

    @TempDir
    Path home;

    private XacctCli xacct() {
        return new XacctCli(home);
    }

    @Test
    void theDemoHasAMonthOfEachKindQueryableLocally() {
        XacctCli.Result r = xacct().run(
                        "--demo",
                        "-c",
                        "sql \"SELECT count(*) AS n, count(DISTINCT accountid) AS accounts FROM vpc_flow_logs\" --format csv;"
                                + " sql \"SELECT count(*) AS n, min(\\\"date\\\") AS first, max(\\\"date\\\") AS last FROM alb_logs\" --format csv;"
                                + " sql \"SELECT count(*) AS n, count(DISTINCT sourcebucket) AS buckets FROM s3_access_logs\" --format csv;"
                                + " sql \"SELECT count(*) > 0 AS some FROM cloudtrail\" --format csv");
        assertThat(r.exitCode()).as(r.all()).isZero();
        // 30 days x 3 accounts x 2 regions x 40 records, plus each kind's story of 2025-06-19
        assertThat(r.stdout())
                .contains("n,accounts\n7202,3\n")
                .contains("n,first,last\n7320,2025/06/01,2025/06/30\n")
                .contains("n,buckets\n7212,6\n")
                .contains("some\ntrue\n");
        assertThat(r.stderr()).doesNotContain("skipped");

        XacctCli.Result story = xacct().run(
                        "--demo",
                        "-c",
                        "query run vpc-flow-logs/sensitive-ports-from-outside --param start=2025-06-19 --format csv");
        assertThat(story.exitCode()).as(story.all()).isZero();
        assertThat(story.stdout()).contains("ACCEPT,22,203.0.113.66");
    }

    @Test
    void tableCreatePrintsTheDdlOfEachKindAndItLintsClean() throws Exception {
        for (String kind : List.of("cloudtrail", "vpc-flow-logs", "alb-logs", "s3-access-logs")) {
            String extra = kind.equals("s3-access-logs") ? " --with source-buckets=shop-data" : "";
            XacctCli.Result print = xacct().run(
                            "-c",
                            "table create " + kind
                                    + " --bucket central-logs --accounts 111111111111 --regions us-east-1"
                                    + " --from 2025/01/01" + extra + " --print");
            assertThat(print.exitCode()).as(kind + ": " + print.all()).isZero();
            assertThat(print.stdout())
                    .startsWith("CREATE EXTERNAL TABLE IF NOT EXISTS " + kind.replace('-', '_') + " (")
                    .contains("'projection.enabled'='true'", "'projection.date.range'='2025/01/01,NOW'");
            Path ddl = Files.writeString(home.resolve(kind + ".ddl.sql"), print.stdout());
            XacctCli.Result lint = xacct().run("-c", "template lint " + ddl);
            assertThat(lint.exitCode()).as(kind + ": " + lint.all()).isZero();
            assertThat(lint.stdout()).contains("0 errors, 0 warnings");
        }
        XacctCli.Result unknown = xacct().run("-c", "table create waf-logs --bucket b --accounts 111111111111 --print");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.stderr())
                .contains("no table kind 'waf-logs'")
                .contains("cloudtrail, alb-logs, elb-logs, s3-access-logs, vpc-flow-logs");
        XacctCli.Result badWith = xacct().run(
                        "-c",
                        "table create vpc-flow-logs --bucket b --accounts 111111111111 --with colour=red --print");
        assertThat(badWith.exitCode()).isEqualTo(2);
        assertThat(badWith.stderr()).contains("vpc-flow-logs takes fields, format as NAME=VALUE");
    }

    @Test
    void malformedLinesInASourceFolderAreSkippedAndCountedNotFatal() throws Exception {
        Path source = home.resolve("pulled");
        Path day = Files.createDirectories(
                source.resolve("AWSLogs/111111111111/elasticloadbalancing/us-east-1/2025/06/01"));
        // three good entries, an unclosed quote, a line cut short
        gzip(
                day.resolve(
                        "111111111111_elasticloadbalancing_us-east-1_app.my-loadbalancer.50dc6c495c0c9188_20250601T2225Z_10.0.0.5_a1.log.gz"),
                AwsExampleEntries.ALB,
                AwsExampleEntries.ALB,
                AwsExampleEntries.ALB.replace(" 200 200 ", " 502 - "),
                AwsExampleEntries.ALB.replace("HTTP/1.1\"", "HTTP/1.1"));
        gzip(
                day.resolve(
                        "111111111111_elasticloadbalancing_us-east-1_app.my-loadbalancer.50dc6c495c0c9188_20250601T2230Z_10.0.0.5_b2.log.gz"),
                AwsExampleEntries.ALB,
                AwsExampleEntries.ALB.substring(0, 90));
        XacctCli.Result r = xacct().run(
                        "-c",
                        "sql \"SELECT count(*) AS n, count(DISTINCT elb_status_code) AS codes FROM alb_logs\" --engine local"
                                + " --format csv --source " + source
                                + "; sql \"SELECT reason FROM alb_logs_rejects\" --engine local --format csv --source "
                                + source);
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.stdout()).contains("n,codes\n4,2\n").contains("does not match the format");
        assertThat(r.stderr())
                .contains("alb_logs: skipped 2 malformed lines in 2 of 2 files")
                .contains("see them: sql \"SELECT * FROM alb_logs_rejects\"");
    }

    private static void gzip(Path file, String... lines) throws Exception {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}

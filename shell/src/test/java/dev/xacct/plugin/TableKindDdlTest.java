package dev.xacct.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xacct.plugin.api.TableKind;
import dev.xacct.plugin.api.TableOptions;
import dev.xacct.template.ddl.CloudTrailTableDdl;
import dev.xacct.template.lint.HiveDdlLinter;
import dev.xacct.testing.ShippedPlugins;
import io.trino.sql.parser.SqlParser;
import io.trino.sql.tree.CreateView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code table create KIND}: every shipped kind's DDL, in each layout Athena can read, lints clean
 * (Hive DDL linter: clause order, reserved words, projection against the location template; a
 * view through Trino's parser), and says what it must.
 */
class TableKindDdlTest {

    private static TableOptions options(String table, String layout, Map<String, String> settings) {
        return new TableOptions(
                        "central-logs",
                        "org/",
                        List.of("111111111111", "222222222222"),
                        List.of("us-east-1", "eu-west-1"),
                        LocalDate.of(2025, 1, 1),
                        table,
                        "logs",
                        layout,
                        settings)
                .validated();
    }

    private static void lintsClean(List<String> ddl) {
        assertThat(ddl).isNotEmpty();
        for (String statement : ddl) {
            if (statement.startsWith("CREATE EXTERNAL TABLE")) {
                assertThat(new HiveDdlLinter().lint(statement, "ddl"))
                        .as(statement)
                        .isEmpty();
            } else {
                assertThat(new SqlParser().createStatement(statement)).isInstanceOf(CreateView.class);
            }
        }
    }

    @Test
    void vpcFlowLogsDefaultCustomAndParquet() {
        TableKind kind = ShippedPlugins.kind("vpc-flow-logs");
        List<String> text = kind.athenaDdl(options("vpc_flow_logs", null, Map.of()));
        lintsClean(text);
        assertThat(text.get(0))
                .contains("CREATE EXTERNAL TABLE IF NOT EXISTS logs.vpc_flow_logs (")
                .contains("`version` int", "`srcport` int", "`protocol` bigint", "`end` bigint", "`log_status` string")
                .doesNotContain("`vpc_id`")
                .contains("ROW FORMAT DELIMITED\nFIELDS TERMINATED BY ' '")
                .contains("'skip.header.line.count'='1'")
                .contains("'projection.accountid.values'='111111111111,222222222222'")
                .contains("'projection.date.range'='2025/01/01,NOW'")
                .contains(
                        "'storage.location.template'='s3://central-logs/org/AWSLogs/${accountid}/vpcflowlogs/${region}/${date}'");

        List<String> custom = kind.athenaDdl(options(
                "vpc_flow_logs", null, Map.of("fields", "${version} ${vpc-id} ${srcaddr} ${region} ${reject-reason}")));
        lintsClean(custom);
        assertThat(custom.get(0))
                .containsSubsequence(
                        "`version` int",
                        "`vpc_id` string",
                        "`srcaddr` string",
                        "`flow_region` string",
                        "`reject_reason` string")
                .doesNotContain("`dstport`");

        List<String> parquet = kind.athenaDdl(options("vpc_flow_logs", "default", Map.of("format", "parquet")));
        lintsClean(parquet);
        assertThat(parquet.get(0)).contains("ParquetHiveSerDe").doesNotContain("skip.header");

        assertThatThrownBy(() -> kind.athenaDdl(options("vpc_flow_logs", "hive", Map.of())))
                .hasMessageContaining("--layout hive");
        assertThatThrownBy(() -> kind.athenaDdl(options("vpc_flow_logs", null, Map.of("fields", "srcaddr,dst;port"))))
                .hasMessageContaining("not a flow log field name");
    }

    @Test
    void albLogsIsAwsRegexTableWithTheStandardPartitions() {
        List<String> ddl = ShippedPlugins.kind("alb-logs").athenaDdl(options("alb_logs", null, Map.of()));
        lintsClean(ddl);
        assertThat(ddl.get(0))
                .contains("org.apache.hadoop.hive.serde2.RegexSerDe", "`conn_trace_id` string", "`time` string")
                .contains("\\\"([^ ]*) (.*) (- |[^ ]*)\\\"")
                .contains(
                        "'storage.location.template'='s3://central-logs/org/AWSLogs/${accountid}/elasticloadbalancing/${region}/${date}'");
        lintsClean(ShippedPlugins.kind("elb-logs").athenaDdl(options("elb_logs", null, Map.of())));
    }

    @Test
    void s3AccessLogsPartitionedProjectsTheSourceBucketsAndSimpleIsATableAndAView() {
        TableKind kind = ShippedPlugins.kind("s3-access-logs");
        List<String> partitioned = kind.athenaDdl(
                options("s3_access_logs", "partitioned", Map.of("source-buckets", "shop-data, shop-exports")));
        lintsClean(partitioned);
        assertThat(partitioned.get(0))
                .contains("`sourcebucket` string", "'projection.sourcebucket.values'='shop-data,shop-exports'")
                .contains(
                        "'storage.location.template'='s3://central-logs/org/${accountid}/${region}/${sourcebucket}/${date}'");
        assertThatThrownBy(() -> kind.athenaDdl(options("s3_access_logs", "partitioned", Map.of())))
                .hasMessageContaining("source-buckets");
        assertThatThrownBy(
                        () -> kind.athenaDdl(options("s3_access_logs", null, Map.of("source-buckets", "Not_A_Bucket"))))
                .hasMessageContaining("not an S3 bucket name");

        List<String> simple = kind.athenaDdl(options("s3_access_logs", "simple", Map.of()));
        assertThat(simple).hasSize(2);
        lintsClean(simple);
        assertThat(simple.get(0))
                .startsWith("CREATE EXTERNAL TABLE IF NOT EXISTS logs.s3_access_logs_files (")
                .doesNotContain("PARTITIONED BY")
                .contains("LOCATION 's3://central-logs/org/'");
        assertThat(simple.get(1))
                .startsWith("CREATE OR REPLACE VIEW logs.s3_access_logs AS")
                .contains("\"$path\"");
    }

    @Test
    void cloudTrailThroughTheSpiIsTheSameDdl() {
        TableKind kind = new CloudTrailKind();
        TableOptions options = options("cloudtrail", null, Map.of("org", "o-abcdefghij"));
        String expected = CloudTrailTableDdl.builder()
                .bucket("central-logs")
                .prefix("org/")
                .orgId("o-abcdefghij")
                .accounts(options.accounts())
                .regions(options.regions())
                .from(options.from())
                .table("cloudtrail")
                .database("logs")
                .build()
                .ddl();
        assertThat(kind.athenaDdl(options)).containsExactly(expected);
        assertThat(kind.location(options).layout()).isEqualTo("org");
        assertThat(kind.columns()).extracting(c -> c.name()).startsWith("eventversion", "useridentity");
    }

    @Test
    void optionsThatWouldReachTheDdlTextAreValidated() {
        assertThatThrownBy(() -> new TableOptions(
                                "Bad_Bucket", "", List.of("1"), List.of(), LocalDate.now(), "t", null, null, Map.of())
                        .validated())
                .hasMessageContaining("--bucket");
        assertThatThrownBy(() -> new TableOptions(
                                "good-bucket",
                                "p'x",
                                List.of("111111111111"),
                                List.of(),
                                LocalDate.now(),
                                "t",
                                null,
                                null,
                                Map.of())
                        .validated())
                .hasMessageContaining("--prefix");
    }
}

package dev.xacct.plugins.vpcflowlogs;

import dev.xacct.plugin.api.AthenaTableDdl;
import dev.xacct.plugin.api.KeyLayout;
import dev.xacct.plugin.api.LocalReader;
import dev.xacct.plugin.api.SampleData;
import dev.xacct.plugin.api.TableColumn;
import dev.xacct.plugin.api.TableKind;
import dev.xacct.plugin.api.TableOptions;
import dev.xacct.plugin.api.TableSetting;
import java.util.List;
import java.util.Optional;

/**
 * VPC Flow Logs delivered to S3 as the table {@code vpc_flow_logs}.
 *
 * <p>Key layouts (AWS: "Flow log files", https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs-s3-path.html):
 * {@code AWSLogs/ACCOUNT/vpcflowlogs/REGION/yyyy/MM/dd/[HH/]} and, with Hive-compatible prefixes,
 * {@code AWSLogs/aws-account-id=ACCOUNT/aws-service=vpcflowlogs/aws-region=REGION/year=yyyy/month=MM/day=dd/[hour=HH/]};
 * files {@code ACCOUNT_vpcflowlogs_REGION_FLOWLOGID_YYYYMMDDTHHmmZ_HASH.log.gz} (text, a header
 * line first) or {@code ….log.parquet}.
 *
 * <p>The Athena table follows AWS's partition-projection DDL ("Create and query a table for Amazon
 * VPC flow logs using partition projection",
 * https://docs.aws.amazon.com/athena/latest/ug/vpc-flow-logs-partition-projection.html) with the
 * partitions named as every xacct table names them ({@code accountid}, {@code region},
 * {@code "date"} where AWS writes {@code accid}, {@code region}, {@code day}). A text table maps
 * fields by position, so its columns are the flow log's format: the default v2 format, or the
 * custom one given as {@code --with fields=…}. Locally every documented field is a column, NULL
 * where a file's format lacks it: the reader follows each file's header line.
 */
public final class VpcFlowLogsKind implements TableKind {

    static final String TABLE = "vpc_flow_logs";

    private static final List<KeyLayout> LAYOUTS = List.of(
            KeyLayout.s3(
                    "default",
                    "AWSLogs/{account}/vpcflowlogs/{region}/{yyyy}/{MM}/{dd}/",
                    "AWSLogs/ACCOUNT/vpcflowlogs/REGION/yyyy/MM/dd/ (the default)"),
            KeyLayout.s3(
                    "hourly",
                    "AWSLogs/{account}/vpcflowlogs/{region}/{yyyy}/{MM}/{dd}/{HH}/",
                    "as default, with per-hour partitions: …/yyyy/MM/dd/HH/"),
            KeyLayout.s3(
                    "hive",
                    "AWSLogs/aws-account-id={account}/aws-service=vpcflowlogs/aws-region={region}/year={yyyy}/month={MM}/day={dd}/",
                    "Hive-compatible S3 prefixes: AWSLogs/aws-account-id=ACCOUNT/aws-service=vpcflowlogs/aws-region=REGION/year=…/month=…/day=…/"),
            KeyLayout.s3(
                    "hive-hourly",
                    "AWSLogs/aws-account-id={account}/aws-service=vpcflowlogs/aws-region={region}/year={yyyy}/month={MM}/day={dd}/hour={HH}/",
                    "Hive-compatible prefixes with per-hour partitions"),
            KeyLayout.local(
                    "flat",
                    "{account}_vpcflowlogs_{region}_{*}_{yyyy}{MM}{dd}T{*}",
                    "a flat folder of delivered files, ACCOUNT_vpcflowlogs_REGION_FLOWLOGID_YYYYMMDDTHHmmZ_HASH.log.gz"));

    @Override
    public String name() {
        return "vpc-flow-logs";
    }

    @Override
    public String table() {
        return TABLE;
    }

    @Override
    public String description() {
        return "VPC Flow Logs";
    }

    @Override
    public List<TableColumn> columns() {
        return FlowLogFields.allColumns();
    }

    @Override
    public List<KeyLayout> layouts() {
        return LAYOUTS;
    }

    @Override
    public boolean isLogFile(String fileName) {
        return fileName.endsWith(".log.gz") || fileName.endsWith(".log") || fileName.endsWith(".parquet");
    }

    @Override
    public List<TableSetting> settings() {
        return List.of(
                new TableSetting(
                        "fields",
                        "the flow log's custom format, in order: fields=version,account-id,srcaddr,… or AWS's"
                                + " '${version} ${srcaddr} …' (default: the v2 default format)"),
                new TableSetting("format", "how the logs are delivered: format=text (default) or format=parquet"));
    }

    @Override
    public List<String> athenaDdl(TableOptions options) {
        KeyLayout layout = layout(options);
        if (!layout.name().equals("default")) {
            throw new IllegalArgumentException("--layout " + layout.name() + ": Athena cannot project that layout's"
                    + " date levels as one yyyy/MM/dd partition; xacct creates tables for --layout default"
                    + " (logs pull and the local engine read every layout)");
        }
        String format = options.setting("format", "text");
        List<String> fields = options.settings().containsKey("fields")
                ? FlowLogFields.parseFormat(options.settings().get("fields"))
                : FlowLogFields.DEFAULT_FORMAT;
        AthenaTableDdl ddl = AthenaTableDdl.of(options, "VPC Flow Logs").layout(layout);
        switch (format) {
            case "text" ->
                ddl.columns(FlowLogFields.columns(fields))
                        .rowFormat("ROW FORMAT DELIMITED\nFIELDS TERMINATED BY ' '")
                        .property("skip.header.line.count", "1");
            case "parquet" ->
                ddl.columns(FlowLogFields.columns(fields))
                        .rowFormat("ROW FORMAT SERDE 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe'\n"
                                + "STORED AS INPUTFORMAT 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat'\n"
                                + "OUTPUTFORMAT 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat'");
            default -> throw new IllegalArgumentException("format: '" + format + "' is not text or parquet");
        }
        return List.of(ddl.ddl());
    }

    @Override
    public LocalReader localReader() {
        return new FlowLogReader(columns());
    }

    @Override
    public Optional<SampleData> sampleData() {
        return Optional.of(new FlowLogSamples(this));
    }
}

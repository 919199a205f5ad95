package dev.xacct.plugins.alblogs;

import dev.xacct.plugin.api.KeyLayout;
import dev.xacct.plugin.api.LocalReader;
import dev.xacct.plugin.api.RegexTableKind;
import dev.xacct.plugin.api.SampleData;
import dev.xacct.plugin.api.TableColumn;
import java.util.List;
import java.util.Optional;

/**
 * Application Load Balancer access logs as the table {@code alb_logs}: AWS's documented columns and
 * RegexSerDe expression ("Query Application Load Balancer logs",
 * https://docs.aws.amazon.com/athena/latest/ug/application-load-balancer-logs.html, and
 * "Create the table for ALB access logs in Athena using partition projection",
 * https://docs.aws.amazon.com/athena/latest/ug/create-alb-access-logs-table-partition-projection.html),
 * the same expression on the local engine. Key layout: {@code AWSLogs/ACCOUNT/elasticloadbalancing/REGION/yyyy/MM/dd/},
 * files {@code ACCOUNT_elasticloadbalancing_REGION_app.NAME.ID_YYYYMMDDTHHmmZ_IP_RANDOM.log.gz}
 * ("Access log files", https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html#access-log-file-format).
 */
public final class AlbLogsKind extends RegexTableKind {

    public AlbLogsKind() {
        super(REGEX, COLUMNS);
    }

    /**
     * AWS's expression, with its trailing {@code ( .*)?} made non-capturing so that every group is
     * a column: fields AWS appends later are matched and ignored, as on Athena.
     */
    static final String REGEX = "([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*):([0-9]*) ([^ ]*)[:-]([0-9]*) ([-.0-9]*) ([-.0-9]*)"
            + " ([-.0-9]*) (|[-0-9]*) (-|[-0-9]*) ([-0-9]*) ([-0-9]*) \"([^ ]*) (.*) (- |[^ ]*)\" \"([^\"]*)\""
            + " ([A-Z0-9-_]+) ([A-Za-z0-9.-]*) ([^ ]*) \"([^\"]*)\" \"([^\"]*)\" \"([^\"]*)\" ([-.0-9]*) ([^ ]*)"
            + " \"([^\"]*)\" \"([^\"]*)\" \"([^ ]*)\" \"([^\\s]+?)\" \"([^\\s]+)\" \"([^ ]*)\" \"([^ ]*)\" ?([^ ]*)?(?: .*)?";

    static final List<TableColumn> COLUMNS = List.of(
            TableColumn.of("type", "string"),
            TableColumn.of("time", "string"),
            TableColumn.of("elb", "string"),
            TableColumn.of("client_ip", "string"),
            TableColumn.of("client_port", "int"),
            TableColumn.of("target_ip", "string"),
            TableColumn.of("target_port", "int"),
            TableColumn.of("request_processing_time", "double"),
            TableColumn.of("target_processing_time", "double"),
            TableColumn.of("response_processing_time", "double"),
            TableColumn.of("elb_status_code", "int"),
            TableColumn.of("target_status_code", "string"),
            TableColumn.of("received_bytes", "bigint"),
            TableColumn.of("sent_bytes", "bigint"),
            TableColumn.of("request_verb", "string"),
            TableColumn.of("request_url", "string"),
            TableColumn.of("request_proto", "string"),
            TableColumn.of("user_agent", "string"),
            TableColumn.of("ssl_cipher", "string"),
            TableColumn.of("ssl_protocol", "string"),
            TableColumn.of("target_group_arn", "string"),
            TableColumn.of("trace_id", "string"),
            TableColumn.of("domain_name", "string"),
            TableColumn.of("chosen_cert_arn", "string"),
            TableColumn.of("matched_rule_priority", "string"),
            TableColumn.of("request_creation_time", "string"),
            TableColumn.of("actions_executed", "string"),
            TableColumn.of("redirect_url", "string"),
            TableColumn.of("lambda_error_reason", "string"),
            TableColumn.of("target_port_list", "string"),
            TableColumn.of("target_status_code_list", "string"),
            TableColumn.of("classification", "string"),
            TableColumn.of("classification_reason", "string"),
            TableColumn.of("conn_trace_id", "string"));

    static final List<KeyLayout> LAYOUTS = List.of(
            KeyLayout.s3(
                    "default",
                    "AWSLogs/{account}/elasticloadbalancing/{region}/{yyyy}/{MM}/{dd}/",
                    "AWSLogs/ACCOUNT/elasticloadbalancing/REGION/yyyy/MM/dd/"),
            KeyLayout.local(
                    "flat",
                    "{account}_elasticloadbalancing_{region}_{*}_{yyyy}{MM}{dd}T{*}",
                    "a flat folder of delivered files, ACCOUNT_elasticloadbalancing_REGION_…_YYYYMMDDTHHmmZ_….log.gz"));

    @Override
    public String name() {
        return "alb-logs";
    }

    @Override
    public String table() {
        return "alb_logs";
    }

    @Override
    public String description() {
        return "Application Load Balancer access logs";
    }

    @Override
    public List<KeyLayout> layouts() {
        return LAYOUTS;
    }

    /** ALB files only: {@code …_elasticloadbalancing_REGION_app.…log.gz} (not classic ELB, not NLB). */
    @Override
    public boolean isLogFile(String fileName) {
        return fileName.contains("_elasticloadbalancing_")
                && fileName.matches(".*_elasticloadbalancing_[a-z0-9-]+_app\\..*")
                && (fileName.endsWith(".log.gz") || fileName.endsWith(".log"));
    }

    /** AWS's expression decides which lines are entries; a tokenizer cuts the fields (see {@link AlbLineReader}). */
    @Override
    public LocalReader localReader() {
        return new AlbLineReader(REGEX, COLUMNS);
    }

    @Override
    public Optional<SampleData> sampleData() {
        return Optional.of(new AlbSamples());
    }
}

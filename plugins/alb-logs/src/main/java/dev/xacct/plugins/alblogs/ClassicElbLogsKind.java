package dev.xacct.plugins.alblogs;

import dev.xacct.plugin.api.KeyLayout;
import dev.xacct.plugin.api.RegexTableKind;
import dev.xacct.plugin.api.TableColumn;
import java.util.List;

/**
 * Classic Load Balancer access logs as the table {@code elb_logs}: AWS's documented columns and
 * RegexSerDe expression ("Query Classic Load Balancer logs",
 * https://docs.aws.amazon.com/athena/latest/ug/elasticloadbalancer-classic-logs.html). Same key
 * layout as ALB; the files are {@code ACCOUNT_elasticloadbalancing_REGION_NAME_…_IP_RANDOM.log},
 * plain text. No templates of its own: query it with {@code sql}.
 */
public final class ClassicElbLogsKind extends RegexTableKind {

    public ClassicElbLogsKind() {
        super(REGEX, COLUMNS);
    }

    static final String REGEX = "([^ ]*) ([^ ]*) ([^ ]*):([0-9]*) ([^ ]*)[:-]([0-9]*) ([-.0-9]*) ([-.0-9]*) ([-.0-9]*)"
            + " (|[-0-9]*) (-|[-0-9]*) ([-0-9]*) ([-0-9]*) \"([^ ]*) ([^ ]*) (- |[^ ]*)\" (\"[^\"]*\")"
            + " ([A-Z0-9-]+) ([A-Za-z0-9.-]*)";

    static final List<TableColumn> COLUMNS = List.of(
            TableColumn.of("timestamp", "string"),
            TableColumn.of("elb_name", "string"),
            TableColumn.of("request_ip", "string"),
            TableColumn.of("request_port", "int"),
            TableColumn.of("backend_ip", "string"),
            TableColumn.of("backend_port", "int"),
            TableColumn.of("request_processing_time", "double"),
            TableColumn.of("backend_processing_time", "double"),
            TableColumn.of("client_response_time", "double"),
            TableColumn.of("elb_response_code", "string"),
            TableColumn.of("backend_response_code", "string"),
            TableColumn.of("received_bytes", "bigint"),
            TableColumn.of("sent_bytes", "bigint"),
            TableColumn.of("request_verb", "string"),
            TableColumn.of("url", "string"),
            TableColumn.of("protocol", "string"),
            TableColumn.of("user_agent", "string"),
            TableColumn.of("ssl_cipher", "string"),
            TableColumn.of("ssl_protocol", "string"));

    @Override
    public String name() {
        return "elb-logs";
    }

    @Override
    public String table() {
        return "elb_logs";
    }

    @Override
    public String description() {
        return "Classic Load Balancer access logs";
    }

    @Override
    public List<KeyLayout> layouts() {
        return AlbLogsKind.LAYOUTS;
    }

    /** Classic files: no {@code app.}/{@code net.} after the region, plain {@code .log}. */
    @Override
    public boolean isLogFile(String fileName) {
        return fileName.matches(".*_elasticloadbalancing_[a-z0-9-]+_(?!app\\.|net\\.)[^_]+_.*\\.log");
    }
}

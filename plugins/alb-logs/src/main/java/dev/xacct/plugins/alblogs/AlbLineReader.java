package dev.xacct.plugins.alblogs;

import dev.xacct.plugin.api.DuckDbSql;
import dev.xacct.plugin.api.LocalReader;
import dev.xacct.plugin.api.LogFile;
import dev.xacct.plugin.api.RegexLineReader;
import dev.xacct.plugin.api.TableColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads ALB access log lines on DuckDB the way Athena's RegexSerDe does, faster: a line is taken
 * only when AWS's whole expression matches it ({@code regexp_full_match}, no captures, cheap),
 * and its fields are then cut by a tokenizer (a quoted field, or a run without spaces) instead of
 * capturing AWS's 34 groups, which DuckDB does at about 100 µs a line (bench/RESULTS.md). The few
 * fields that hold two columns are split as AWS's groups split them: {@code client:port},
 * {@code target:port} (or {@code -}), and the request line into verb, URL and protocol.
 */
final class AlbLineReader implements LocalReader {

    private static final String TOKENS = "\"[^\"]*\"|[^ ]+";

    private final String regex;
    private final List<TableColumn> columns;
    private final RegexLineReader rejects;

    AlbLineReader(String regex, List<TableColumn> columns) {
        this.regex = regex;
        this.columns = columns;
        this.rejects = new RegexLineReader(regex, columns, List.of(), false);
    }

    @Override
    public String selectSql(List<LogFile> files) {
        if (files.isEmpty()) {
            return DuckDbSql.empty(columns, List.of());
        }
        List<String> values = new ArrayList<>();
        for (TableColumn c : columns) {
            values.add(DuckDbSql.field(text(c.name()), c.type()) + " AS " + DuckDbSql.identifier(c.name()));
        }
        values.add("x.filename");
        String tokens = "SELECT regexp_extract_all(line, " + DuckDbSql.literal(TOKENS) + ") AS t, filename FROM "
                + DuckDbSql.lines(files, false) + " WHERE line IS NOT NULL AND line <> '' AND regexp_full_match(line, "
                + DuckDbSql.literal(regex) + ")";
        String split = "SELECT t, filename, regexp_extract(t[4], '^(.*):([0-9]*)$', ['ip', 'port']) AS client,"
                + " regexp_extract(t[5], '^(.*)[:-]([0-9]*)$', ['ip', 'port']) AS target,"
                + " regexp_extract(t[13], '^\"([^ ]*) (.*) (- |[^ ]*)\"$', ['verb', 'url', 'proto']) AS request"
                + " FROM (" + tokens + ")";
        String rows = "SELECT " + String.join(", ", values) + " FROM (" + split + ") AS x";
        return DuckDbSql.withPartitions(rows, columns, List.of(), files);
    }

    /** The text of a column from the tokens {@code x.t} (quotes removed as AWS's groups leave them out). */
    private static String text(String column) {
        return switch (column) {
            case "type" -> "x.t[1]";
            case "time" -> "x.t[2]";
            case "elb" -> "x.t[3]";
            case "client_ip" -> "x.client.ip";
            case "client_port" -> "x.client.port";
            case "target_ip" -> "x.target.ip";
            case "target_port" -> "x.target.port";
            case "request_processing_time" -> "x.t[6]";
            case "target_processing_time" -> "x.t[7]";
            case "response_processing_time" -> "x.t[8]";
            case "elb_status_code" -> "x.t[9]";
            case "target_status_code" -> "x.t[10]";
            case "received_bytes" -> "x.t[11]";
            case "sent_bytes" -> "x.t[12]";
            case "request_verb" -> "x.request.verb";
            case "request_url" -> "x.request.url";
            case "request_proto" -> "x.request.proto";
            case "user_agent" -> unquoted(14);
            case "ssl_cipher" -> "x.t[15]";
            case "ssl_protocol" -> "x.t[16]";
            case "target_group_arn" -> "x.t[17]";
            case "trace_id" -> unquoted(18);
            case "domain_name" -> unquoted(19);
            case "chosen_cert_arn" -> unquoted(20);
            case "matched_rule_priority" -> "x.t[21]";
            case "request_creation_time" -> "x.t[22]";
            case "actions_executed" -> unquoted(23);
            case "redirect_url" -> unquoted(24);
            case "lambda_error_reason" -> unquoted(25);
            case "target_port_list" -> unquoted(26);
            case "target_status_code_list" -> unquoted(27);
            case "classification" -> unquoted(28);
            case "classification_reason" -> unquoted(29);
            case "conn_trace_id" -> "x.t[30]";
            default -> throw new IllegalArgumentException("no ALB field for column " + column);
        };
    }

    private static String unquoted(int token) {
        return "substr(x.t[" + token + "], 2, length(x.t[" + token + "]) - 2)";
    }

    @Override
    public Optional<String> rejectsSql(List<LogFile> files) {
        return rejects.rejectsSql(files);
    }
}

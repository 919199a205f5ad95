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
 * {@code target:port} (or {@code -}), and the request line into verb, URL and protocol. A line
 * whose tokens might not be AWS's groups (see {@link #aligned}) is captured with the expression,
 * so the rows are always the expression's: a client cannot shift fields with a quote in a URL.
 */
final class AlbLineReader implements LocalReader {

    private static final String TOKENS = "\"[^\"]*\"|[^ ]+";

    /** The fields of AWS's expression (conn_trace_id the last, which may be missing), and how many are quoted. */
    private static final int FIELDS = 30;

    private static final int QUOTED = 12;

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
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (TableColumn c : columns) {
            String name = DuckDbSql.identifier(c.name());
            names.add(DuckDbSql.literal(c.name()));
            values.add(
                    DuckDbSql.field("CASE WHEN x.cut THEN " + text(c.name()) + " ELSE x.m." + name + " END", c.type())
                            + " AS " + name);
        }
        values.add("x.filename");
        String tokens = "SELECT line, filename, regexp_extract_all(line, " + DuckDbSql.literal(TOKENS) + ") AS t FROM "
                + DuckDbSql.lines(files, false) + " WHERE line IS NOT NULL AND line <> '' AND regexp_full_match(line, "
                + DuckDbSql.literal(regex) + ")";
        String cut = "SELECT *, (" + aligned() + ") AS cut FROM (" + tokens + ")";
        String split = "SELECT t, filename, cut, CASE WHEN cut THEN NULL ELSE regexp_extract(line, "
                + DuckDbSql.literal("^(?:" + regex + ")$") + ", [" + String.join(", ", names) + "]) END AS m,"
                + " regexp_extract(t[4], '^(.*):([0-9]*)$', ['ip', 'port']) AS client,"
                + " regexp_extract(t[5], '^(.*)[:-]([0-9]*)$', ['ip', 'port']) AS target,"
                + " regexp_extract(t[13], '^\"([^ ]*) (.*) (- |[^ ]*)\"$', ['verb', 'url', 'proto']) AS request"
                + " FROM (" + cut + ")";
        String rows = "SELECT " + String.join(", ", values) + " FROM (" + split + ") AS x";
        return DuckDbSql.withPartitions(rows, columns, List.of(), files);
    }

    /**
     * True when the tokens are AWS's groups: the line's only quotes are the two of each of its 12
     * quoted fields (so no field holds a quote) and no field is empty (no two spaces in a row, no
     * space first). Then, from the left, each field is one token: an unquoted one is a run without
     * spaces ended by a space, a quoted one ends at the next quote. Any other line that matches (a
     * quote in a URL, an empty field, fields AWS adds later with quotes) is captured with the
     * expression.
     */
    private static String aligned() {
        return "len(string_split(line, '\"')) = " + (2 * QUOTED + 1) + " AND strpos(line, '  ') = 0"
                + " AND NOT starts_with(line, ' ') AND len(t) >= " + (FIELDS - 1);
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

package dev.xacct.plugins.vpcflowlogs;

import dev.xacct.plugin.api.TableColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The flow log record fields, in the order of AWS's "Available fields" table, with the Athena
 * column each becomes (dashes as underscores) and its type (AWS: "Flow log records",
 * https://docs.aws.amazon.com/vpc/latest/userguide/flow-log-records.html; types as in "Create a
 * table for Amazon VPC flow logs", https://docs.aws.amazon.com/athena/latest/ug/vpc-flow-logs-create-table-statement.html).
 *
 * <p>One exception: the {@code region} field becomes the column {@code flow_region}, because
 * {@code region} is the partition column every xacct table has (AWS's partition-projection DDL
 * drops the field for the same reason).
 */
final class FlowLogFields {

    /** The default format: the version 2 fields, in order. */
    static final List<String> DEFAULT_FORMAT = List.of(
            "version",
            "account-id",
            "interface-id",
            "srcaddr",
            "dstaddr",
            "srcport",
            "dstport",
            "protocol",
            "packets",
            "bytes",
            "start",
            "end",
            "action",
            "log-status");

    private static final Map<String, String> TYPES = new LinkedHashMap<>();

    static {
        // version 2
        type("version", "int");
        type("account-id", "string");
        type("interface-id", "string");
        type("srcaddr", "string");
        type("dstaddr", "string");
        type("srcport", "int");
        type("dstport", "int");
        type("protocol", "bigint");
        type("packets", "bigint");
        type("bytes", "bigint");
        type("start", "bigint");
        type("end", "bigint");
        type("action", "string");
        type("log-status", "string");
        // version 3
        type("vpc-id", "string");
        type("subnet-id", "string");
        type("instance-id", "string");
        type("tcp-flags", "int");
        type("type", "string");
        type("pkt-srcaddr", "string");
        type("pkt-dstaddr", "string");
        // version 4
        type("region", "string");
        type("az-id", "string");
        type("sublocation-type", "string");
        type("sublocation-id", "string");
        // version 5
        type("pkt-src-aws-service", "string");
        type("pkt-dst-aws-service", "string");
        type("flow-direction", "string");
        type("traffic-path", "int");
        // version 7
        type("ecs-cluster-arn", "string");
        type("ecs-cluster-name", "string");
        type("ecs-container-instance-arn", "string");
        type("ecs-container-instance-id", "string");
        type("ecs-container-id", "string");
        type("ecs-second-container-id", "string");
        type("ecs-service-name", "string");
        type("ecs-task-definition-arn", "string");
        type("ecs-task-arn", "string");
        type("ecs-task-id", "string");
        // version 8
        type("reject-reason", "string");
    }

    private FlowLogFields() {}

    private static void type(String field, String type) {
        TYPES.put(field, type);
    }

    /** The column a field becomes: dashes as underscores; {@code region} as {@code flow_region}. */
    static String column(String field) {
        String f = field.strip().toLowerCase(Locale.ROOT);
        return f.equals("region") ? "flow_region" : f.replace('-', '_');
    }

    /** A field's Athena type; a field this list does not know (a newer version's) is a string. */
    static String type(String field) {
        return TYPES.getOrDefault(field.strip().toLowerCase(Locale.ROOT), "string");
    }

    static boolean known(String field) {
        return TYPES.containsKey(field.strip().toLowerCase(Locale.ROOT));
    }

    /** Every known field as a column: the local table's columns, which read any format. */
    static List<TableColumn> allColumns() {
        List<TableColumn> out = new ArrayList<>();
        TYPES.forEach((f, t) -> out.add(TableColumn.of(column(f), t)));
        return out;
    }

    /** The columns of one format, in its order: an Athena text table maps fields by position. */
    static List<TableColumn> columns(List<String> format) {
        return format.stream().map(f -> TableColumn.of(column(f), type(f))).toList();
    }

    /**
     * A custom format as given to {@code --with fields=…}: AWS's format string
     * ({@code ${version} ${srcaddr} …}) or a comma or space separated list of field names.
     *
     * @throws IllegalArgumentException for an empty list or a name that is not a field name
     */
    static List<String> parseFormat(String text) {
        List<String> fields = new ArrayList<>();
        for (String part : text.replace("${", " ").replace("}", " ").split("[\\s,]+")) {
            if (part.isBlank()) {
                continue;
            }
            String f = part.toLowerCase(Locale.ROOT);
            if (!f.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new IllegalArgumentException(
                        "fields: '" + part + "' is not a flow log field name (e.g. srcaddr, log-status)");
            }
            fields.add(f);
        }
        if (fields.isEmpty()) {
            throw new IllegalArgumentException(
                    "fields: give the flow log's format, e.g. fields=version,srcaddr,dstaddr,action");
        }
        return fields;
    }
}

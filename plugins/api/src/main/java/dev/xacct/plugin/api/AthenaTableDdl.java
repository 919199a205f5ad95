package dev.xacct.plugin.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the {@code CREATE EXTERNAL TABLE} of a kind with partition projection on
 * {@code accountid} (enum), {@code region} (enum), any key columns (enum) and {@code "date"} (a
 * {@code yyyy/MM/dd} date from the first day to {@code NOW}), projected from the layout's
 * {@code storage.location.template} (Athena: "Partition projection with Amazon Athena",
 * https://docs.aws.amazon.com/athena/latest/ug/partition-projection.html). No partition is ever
 * added by hand, and a query without a {@code "date"} predicate is what {@code template lint} flags.
 *
 * <p>Column names are written in backticks, so reserved words ({@code `end`}, {@code `time`})
 * need no special care.
 */
public final class AthenaTableDdl {

    private final TableOptions options;
    private final String description;
    private List<TableColumn> columns = List.of();
    private final Map<String, List<String>> keyColumns = new LinkedHashMap<>();
    private String rowFormat = "";
    private String location;
    private String storageTemplate;
    private final Map<String, String> properties = new LinkedHashMap<>();

    private AthenaTableDdl(TableOptions options, String description) {
        this.options = options;
        this.description = description;
    }

    /** @param description what the table holds, for its {@code COMMENT} */
    public static AthenaTableDdl of(TableOptions options, String description) {
        return new AthenaTableDdl(options, description);
    }

    public AthenaTableDdl columns(List<TableColumn> value) {
        this.columns = List.copyOf(value);
        return this;
    }

    /** An extra enum-projected partition column, between the data columns and {@code accountid}. */
    public AthenaTableDdl keyColumn(String name, List<String> values) {
        keyColumns.put(name, List.copyOf(values));
        return this;
    }

    /** The clauses from {@code ROW FORMAT} to {@code OUTPUTFORMAT}, e.g. a SerDe. */
    public AthenaTableDdl rowFormat(String clauses) {
        this.rowFormat = clauses;
        return this;
    }

    /** {@code ROW FORMAT SERDE 'org.apache.hadoop.hive.serde2.RegexSerDe' WITH SERDEPROPERTIES ('input.regex' = …)}. */
    public AthenaTableDdl regexSerDe(String regex) {
        return rowFormat("ROW FORMAT SERDE 'org.apache.hadoop.hive.serde2.RegexSerDe'\n"
                + "WITH SERDEPROPERTIES (\n  'serialization.format' = '1',\n  'input.regex' = " + hiveLiteral(regex)
                + "\n)\nSTORED AS INPUTFORMAT 'org.apache.hadoop.mapred.TextInputFormat'\n"
                + "OUTPUTFORMAT 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat'");
    }

    /** The layout's location and projection template: {@code LOCATION} is the part before its first variable level. */
    public AthenaTableDdl layout(KeyLayout layout) {
        this.storageTemplate = layout.storageLocationTemplate(options.location());
        int variable = storageTemplate.indexOf("${");
        String fixed = storageTemplate.substring(0, variable);
        this.location = fixed.substring(0, fixed.lastIndexOf('/') + 1);
        return this;
    }

    /** Another table property, e.g. {@code skip.header.line.count}. */
    public AthenaTableDdl property(String key, String value) {
        properties.put(key, value);
        return this;
    }

    /** A Hive string literal: backslashes, single and double quotes escaped, as AWS's DDLs write them. */
    public static String hiveLiteral(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\"", "\\\"") + "'";
    }

    public String ddl() {
        if (location == null) {
            throw new IllegalStateException("no layout given");
        }
        StringBuilder s = new StringBuilder();
        s.append("CREATE EXTERNAL TABLE IF NOT EXISTS ")
                .append(options.qualifiedTable())
                .append(" (\n");
        List<String> cols = new ArrayList<>();
        for (TableColumn c : columns) {
            cols.add("  `" + c.name() + "` " + c.type());
        }
        s.append(String.join(",\n", cols)).append("\n)\n");
        s.append("COMMENT '")
                .append(description.replace("'", ""))
                .append(" in ")
                .append(location)
                .append(", created by xacct'\n");
        List<String> partitions = new ArrayList<>();
        keyColumns.keySet().forEach(k -> partitions.add("  `" + k + "` string"));
        partitions.add("  `accountid` string");
        partitions.add("  `region` string");
        partitions.add("  `date` string");
        s.append("PARTITIONED BY (\n").append(String.join(",\n", partitions)).append("\n)\n");
        s.append(rowFormat).append('\n');
        s.append("LOCATION '").append(location).append("'\n");
        Map<String, String> props = new LinkedHashMap<>(properties);
        props.put("projection.enabled", "true");
        keyColumns.forEach((k, values) -> {
            props.put("projection." + k + ".type", "enum");
            props.put("projection." + k + ".values", String.join(",", values));
        });
        props.put("projection.accountid.type", "enum");
        props.put("projection.accountid.values", String.join(",", options.accounts()));
        props.put("projection.region.type", "enum");
        props.put("projection.region.values", String.join(",", options.regions()));
        props.put("projection.date.type", "date");
        props.put("projection.date.format", "yyyy/MM/dd");
        props.put("projection.date.range", options.fromDay() + ",NOW");
        props.put("projection.date.interval", "1");
        props.put("projection.date.interval.unit", "DAYS");
        props.put("storage.location.template", storageTemplate);
        List<String> lines = new ArrayList<>();
        props.forEach((k, v) -> lines.add("  '" + k + "'='" + v + "'"));
        s.append("TBLPROPERTIES (\n").append(String.join(",\n", lines)).append("\n)");
        return s.toString();
    }
}

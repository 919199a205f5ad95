package dev.xacct.plugins.s3accesslogs;

import dev.xacct.plugin.api.AthenaTableDdl;
import dev.xacct.plugin.api.AwsShapes;
import dev.xacct.plugin.api.KeyLayout;
import dev.xacct.plugin.api.RegexTableKind;
import dev.xacct.plugin.api.SampleData;
import dev.xacct.plugin.api.TableColumn;
import dev.xacct.plugin.api.TableOptions;
import dev.xacct.plugin.api.TableSetting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Amazon S3 server access logs as the table {@code s3_access_logs}: AWS's documented columns and
 * RegexSerDe expression ("Querying access logs for requests by using Amazon Athena",
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-s3-access-logs-to-identify-requests.html;
 * fields in "Amazon S3 server access log format",
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/LogFormat.html).
 *
 * <p>Both delivery layouts of "Logging requests with server access logging"
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html):
 * date-based partitioning, {@code PREFIX/SOURCEACCOUNT/SOURCEREGION/SOURCEBUCKET/yyyy/MM/dd/yyyy-MM-dd-HH-mm-ss-UNIQUE},
 * whose source bucket becomes the key column {@code sourcebucket}; and the simple layout,
 * {@code PREFIX/yyyy-MM-dd-HH-mm-ss-UNIQUE}, which has no account or region in its key (those
 * partition columns are NULL) and which Athena cannot prune: {@code table create --layout simple}
 * makes an unpartitioned table and a view that takes {@code "date"} from each object's name.
 */
public final class S3AccessLogsKind extends RegexTableKind {

    static final String REGEX = "([^ ]*) ([^ ]*) \\[(.*?)\\] ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) (\"[^\"]*\"|-)"
            + " (-|[0-9]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) (\"[^\"]*\"|-) ([^ ]*)(?: ([^ ]*) ([^ ]*)"
            + " ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*))?.*";

    static final List<TableColumn> COLUMNS = List.of(
            TableColumn.of("bucketowner", "string"),
            TableColumn.of("bucket_name", "string"),
            TableColumn.of("requestdatetime", "string"),
            TableColumn.of("remoteip", "string"),
            TableColumn.of("requester", "string"),
            TableColumn.of("requestid", "string"),
            TableColumn.of("operation", "string"),
            TableColumn.of("key", "string"),
            TableColumn.of("request_uri", "string"),
            TableColumn.of("httpstatus", "string"),
            TableColumn.of("errorcode", "string"),
            TableColumn.of("bytessent", "bigint"),
            TableColumn.of("objectsize", "bigint"),
            TableColumn.of("totaltime", "string"),
            TableColumn.of("turnaroundtime", "string"),
            TableColumn.of("referrer", "string"),
            TableColumn.of("useragent", "string"),
            TableColumn.of("versionid", "string"),
            TableColumn.of("hostid", "string"),
            TableColumn.of("sigv", "string"),
            TableColumn.of("ciphersuite", "string"),
            TableColumn.of("authtype", "string"),
            TableColumn.of("endpoint", "string"),
            TableColumn.of("tlsversion", "string"),
            TableColumn.of("accesspointarn", "string"),
            TableColumn.of("aclrequired", "string"),
            TableColumn.of("sourceregion", "string"));

    static final String SOURCE_BUCKET = "sourcebucket";
    private static final Pattern BUCKET = Pattern.compile(AwsShapes.BUCKET);
    private static final Pattern LOG_OBJECT =
            Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}-[0-9]{2}-[0-9]{2}-[0-9]{2}-[0-9A-Za-z]+");

    static final List<KeyLayout> LAYOUTS = List.of(
            KeyLayout.s3(
                    "partitioned",
                    "{account}/{region}/{sourcebucket}/{yyyy}/{MM}/{dd}/",
                    "date-based partitioning: PREFIX/ACCOUNT/REGION/SOURCEBUCKET/yyyy/MM/dd/"),
            KeyLayout.s3(
                    "simple",
                    "{yyyy}-{MM}-{dd}-{HH}-{mm}-{ss}-{*}",
                    "the simple layout: PREFIX/yyyy-MM-dd-HH-mm-ss-UNIQUE (no account or region in the key)"));

    public S3AccessLogsKind() {
        super(REGEX, COLUMNS);
    }

    @Override
    public String name() {
        return "s3-access-logs";
    }

    @Override
    public String table() {
        return "s3_access_logs";
    }

    @Override
    public String description() {
        return "S3 server access logs";
    }

    @Override
    public List<String> keyColumns() {
        return List.of(SOURCE_BUCKET);
    }

    @Override
    public List<KeyLayout> layouts() {
        return LAYOUTS;
    }

    /** {@code yyyy-MM-dd-HH-mm-ss-UNIQUE}, no extension: the name S3 gives every log object. */
    @Override
    public boolean isLogFile(String fileName) {
        return LOG_OBJECT.matcher(fileName).matches();
    }

    @Override
    public List<TableSetting> settings() {
        return List.of(new TableSetting(
                "source-buckets",
                "the logged buckets (the SOURCEBUCKET level of the partitioned layout), comma-separated:"
                        + " source-buckets=shop-data,shop-exports (required for --layout partitioned)"));
    }

    @Override
    public List<String> athenaDdl(TableOptions options) {
        KeyLayout layout = layout(options);
        if (layout.name().equals("simple")) {
            return simple(options);
        }
        String given = options.settings().get("source-buckets");
        if (given == null || given.isBlank()) {
            throw new IllegalArgumentException("--with source-buckets=B,B: the partitioned layout has a folder per"
                    + " logged bucket, and partition projection needs their names");
        }
        List<String> buckets = new ArrayList<>();
        for (String b : Arrays.asList(given.split(","))) {
            buckets.add(TableOptions.checked("source-buckets", b.strip(), BUCKET, "an S3 bucket name"));
        }
        return List.of(AthenaTableDdl.of(options, "S3 server access logs")
                .columns(COLUMNS)
                .keyColumn(SOURCE_BUCKET, buckets)
                .regexSerDe(REGEX)
                .layout(layout)
                .ddl());
    }

    /**
     * The simple layout: no folder per day, so no projection. An unpartitioned table over the
     * prefix, and the view templates read, whose {@code "date"} comes from each object's name
     * ({@code "$path"}); a query over it scans the whole prefix.
     */
    private static List<String> simple(TableOptions options) {
        String files = options.qualifiedTable() + "_files";
        StringBuilder t = new StringBuilder("CREATE EXTERNAL TABLE IF NOT EXISTS " + files + " (\n");
        List<String> cols = new ArrayList<>();
        COLUMNS.forEach(c -> cols.add("  `" + c.name() + "` " + c.type()));
        t.append(String.join(",\n", cols)).append("\n)\n");
        t.append("COMMENT 'S3 server access logs (simple layout) in ")
                .append(options.location())
                .append(", created by xacct'\n");
        t.append(rowFormat()).append('\n');
        t.append("LOCATION '").append(options.location()).append("'");
        StringBuilder v = new StringBuilder("CREATE OR REPLACE VIEW " + options.qualifiedTable() + " AS\nSELECT ");
        List<String> select = new ArrayList<>();
        COLUMNS.forEach(c -> select.add("\"" + c.name() + "\""));
        select.add("bucket_name AS " + SOURCE_BUCKET);
        select.add("CAST(NULL AS varchar) AS accountid");
        select.add("CAST(NULL AS varchar) AS region");
        select.add(
                "replace(substr(regexp_extract(\"$path\", '[0-9]{4}-[0-9]{2}-[0-9]{2}-[0-9]{2}-[0-9]{2}-[0-9]{2}-[^/]*$'), 1, 10), '-', '/') AS \"date\"");
        v.append(String.join(",\n       ", select)).append("\nFROM ").append(files);
        return List.of(t.toString(), v.toString());
    }

    private static String rowFormat() {
        return "ROW FORMAT SERDE 'org.apache.hadoop.hive.serde2.RegexSerDe'\n"
                + "WITH SERDEPROPERTIES (\n  'serialization.format' = '1',\n  'input.regex' = "
                + AthenaTableDdl.hiveLiteral(REGEX) + "\n)\n"
                + "STORED AS INPUTFORMAT 'org.apache.hadoop.mapred.TextInputFormat'\n"
                + "OUTPUTFORMAT 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat'";
    }

    @Override
    public Optional<SampleData> sampleData() {
        return Optional.of(new S3AccessLogSamples());
    }
}

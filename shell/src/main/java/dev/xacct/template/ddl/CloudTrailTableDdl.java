package dev.xacct.template.ddl;

import dev.xacct.aws.AccountId;
import dev.xacct.aws.OrganizationId;
import dev.xacct.aws.RegionCode;
import dev.xacct.aws.S3Uri;
import dev.xacct.template.TableName;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code table create cloudtrail}: the Athena DDL for a CloudTrail table with partition
 * projection: the columns, SerDe and input format of AWS's documented CloudTrail table
 * (Athena User Guide, "Create the table for CloudTrail logs in Athena using partition
 * projection"), the columns generated from {@link CloudTrailColumns}. Partitions are
 * {@code accountid}, {@code region} and {@code date} (the delivery day,
 * {@code yyyy/MM/dd}), projected from the S3 key layout, single-account
 * ({@code s3://B/[P/]AWSLogs/ACCOUNT/CloudTrail/REGION/yyyy/MM/dd/}) or organization trail
 * ({@code …/AWSLogs/o-xxx/ACCOUNT/…}), so no partition is ever added by hand.
 *
 * <p>Every option is validated before it reaches the text: the DDL holds no user input
 * that is not a bucket name, key prefix, account id, region, org id, date or identifier.
 */
public final class CloudTrailTableDdl {
    /**
     * The column definitions of the DDL, generated from {@link CloudTrailColumns} (the one
     * definition the local engine's view uses too), structs laid out one field a line.
     */
    public static List<String> columnDefinitions() {
        return CloudTrailColumns.COLUMNS.stream()
                .map(c -> c.name() + " " + layout(c.type(), ""))
                .toList();
    }

    /** {@link ColumnType#hiveType()} with each struct field on its own line, indented under its parent. */
    private static String layout(ColumnType type, String indent) {
        String inner = indent + "  ";
        if (type instanceof ColumnType.Struct struct) {
            return struct.fields().stream()
                    .map(f -> "\n" + inner + f.name() + ": " + layout(f.type(), inner))
                    .collect(java.util.stream.Collectors.joining(",", "STRUCT<", ">"));
        }
        if (type instanceof ColumnType.ListOf list) {
            return "ARRAY<" + layout(list.element(), indent) + ">";
        }
        return type.hiveType();
    }

    /** Where regions are not given, every commercial region (an enum must list its values). */
    public static final List<String> ALL_REGIONS = List.of(
            "af-south-1",
            "ap-east-1",
            "ap-northeast-1",
            "ap-northeast-2",
            "ap-northeast-3",
            "ap-south-1",
            "ap-south-2",
            "ap-southeast-1",
            "ap-southeast-2",
            "ap-southeast-3",
            "ap-southeast-4",
            "ap-southeast-5",
            "ap-southeast-7",
            "ca-central-1",
            "ca-west-1",
            "eu-central-1",
            "eu-central-2",
            "eu-north-1",
            "eu-south-1",
            "eu-south-2",
            "eu-west-1",
            "eu-west-2",
            "eu-west-3",
            "il-central-1",
            "me-central-1",
            "me-south-1",
            "mx-central-1",
            "sa-east-1",
            "us-east-1",
            "us-east-2",
            "us-west-1",
            "us-west-2");

    /**
     * The SerDe and input format of AWS's documented CloudTrail table: the input format splits a
     * delivery file's {@code Records} array into rows, the JSON SerDe maps keys to columns by name.
     */
    static final String SERDE = "org.apache.hive.hcatalog.data.JsonSerDe";

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9!_.*()/=-]+");
    private static final DateTimeFormatter PARTITION_DAY = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    private final String bucket;
    private final String prefix;
    private final String orgId;
    private final List<String> accounts;
    private final List<String> regions;
    private final LocalDate from;
    private final String table;
    private final String database;

    private CloudTrailTableDdl(Builder b) {
        this.bucket = b.bucket;
        this.prefix = b.prefix;
        this.orgId = b.orgId;
        this.accounts = List.copyOf(b.accounts);
        this.regions = List.copyOf(b.regions.isEmpty() ? ALL_REGIONS : b.regions);
        this.from = b.from;
        this.table = b.table;
        this.database = b.database;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code s3://B/[P/]AWSLogs/[o-xxx/]}: the fixed part of every CloudTrail key. */
    public String location() {
        return S3Uri.of(bucket, (prefix.isEmpty() ? "" : prefix + "/") + "AWSLogs/")
                + (orgId == null ? "" : orgId + "/");
    }

    /** Partition projection's {@code storage.location.template}: {@code location()} then {@code ${accountid}/CloudTrail/${region}/${date}}. */
    public String storageLocationTemplate() {
        return location() + "${accountid}/CloudTrail/${region}/${date}";
    }

    /** {@code DATABASE.TABLE}, or {@code TABLE} when no database was given. */
    public String qualifiedTable() {
        return database == null ? table : database + "." + table;
    }

    /**
     * The {@code CREATE EXTERNAL TABLE IF NOT EXISTS} statement: AWS's CloudTrail columns, partitions
     * {@code accountid}, {@code region}, {@code date} projected over the accounts, regions and days
     * from {@code --from} to NOW (Athena User Guide, "Creating the table for CloudTrail logs in
     * Athena using partition projection").
     */
    public String ddl() {
        StringBuilder s = new StringBuilder();
        s.append("CREATE EXTERNAL TABLE IF NOT EXISTS ")
                .append(qualifiedTable())
                .append(" (\n");
        List<String> cols = new ArrayList<>();
        for (String c : columnDefinitions()) {
            cols.add("  " + c.replace("\n", "\n  "));
        }
        s.append(String.join(",\n", cols)).append("\n)\n");
        s.append("COMMENT 'CloudTrail logs of ").append(location()).append(", created by xacct'\n");
        s.append(CloudTrailColumns.PARTITION_COLUMNS.stream()
                .map(c -> "  `" + c + "` STRING")
                .collect(java.util.stream.Collectors.joining(",\n", "PARTITIONED BY (\n", "\n)\n")));
        s.append("ROW FORMAT SERDE '").append(SERDE).append("'\n");
        s.append("STORED AS INPUTFORMAT 'com.amazon.emr.cloudtrail.CloudTrailInputFormat'\n");
        s.append("OUTPUTFORMAT 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat'\n");
        s.append("LOCATION '").append(location()).append("'\n");
        s.append("TBLPROPERTIES (\n");
        List<String> props = List.of(
                prop("projection.enabled", "true"),
                prop("projection.accountid.type", "enum"),
                prop("projection.accountid.values", String.join(",", accounts)),
                prop("projection.region.type", "enum"),
                prop("projection.region.values", String.join(",", regions)),
                prop("projection.date.type", "date"),
                prop("projection.date.format", "yyyy/MM/dd"),
                prop("projection.date.range", PARTITION_DAY.format(from) + ",NOW"),
                prop("projection.date.interval", "1"),
                prop("projection.date.interval.unit", "DAYS"),
                prop("storage.location.template", storageLocationTemplate()));
        s.append(String.join(",\n", props)).append("\n)");
        return s.toString();
    }

    private static String prop(String key, String value) {
        return "  '" + key + "'='" + value + "'";
    }

    /** Options of {@code table create cloudtrail}; {@link #build()} says which one is wrong. */
    public static final class Builder {
        private String bucket;
        private String prefix = "";
        private String orgId;
        private List<String> accounts = List.of();
        private List<String> regions = List.of();
        private LocalDate from;
        private String table = "cloudtrail";
        private String database;

        public Builder bucket(String bucket) {
            this.bucket = bucket;
            return this;
        }

        /** Key prefix before {@code AWSLogs/}; slashes at either end are ignored. */
        public Builder prefix(String prefix) {
            this.prefix = prefix == null ? "" : prefix.replaceAll("^/+|/+$", "");
            return this;
        }

        /** The organization id for an organization trail, or null. */
        public Builder orgId(String orgId) {
            this.orgId = orgId;
            return this;
        }

        public Builder accounts(List<String> accounts) {
            this.accounts = accounts == null ? List.of() : accounts;
            return this;
        }

        /** Regions to project; empty means every commercial region. */
        public Builder regions(List<String> regions) {
            this.regions = regions == null ? List.of() : regions;
            return this;
        }

        /** First delivery day to project (the trail's start). */
        public Builder from(LocalDate from) {
            this.from = from;
            return this;
        }

        public Builder table(String table) {
            this.table = table;
            return this;
        }

        /** The Glue database, or null for the workgroup's current one. */
        public Builder database(String database) {
            this.database = database;
            return this;
        }

        /** @throws IllegalArgumentException naming the option that is missing or malformed */
        public CloudTrailTableDdl build() {
            require(S3Uri.isBucketName(bucket), "--bucket: '" + bucket + "' is not an S3 bucket name");
            require(
                    prefix.isEmpty() || (PREFIX.matcher(prefix).matches() && !prefix.contains("//")),
                    "--prefix: '" + prefix + "' may hold only letters, digits, / and !_.*()=-");
            require(
                    orgId == null || OrganizationId.isValid(orgId),
                    "--org: '" + orgId + "' is not an organization id (o-…)");
            require(
                    !accounts.isEmpty(),
                    "--accounts: list the account ids whose logs the bucket holds"
                            + " (partition projection needs them)");
            accounts.forEach(
                    a -> require(AccountId.isValid(a), "--accounts: '" + a + "' is not a 12-digit account id"));
            regions.forEach(r -> require(RegionCode.isValid(r), "--regions: '" + r + "' is not a region code"));
            require(from != null, "--from: give the first day of logs (yyyy/MM/dd)");
            require(TableName.isValid(table) && !table.contains("."), "--name: '" + table + "' is not a table name");
            require(
                    database == null || (TableName.isValid(database) && !database.contains(".")),
                    "database '" + database + "' is not an identifier");
            return new CloudTrailTableDdl(this);
        }

        private static void require(boolean ok, String message) {
            if (!ok) {
                throw new IllegalArgumentException(message);
            }
        }
    }
}

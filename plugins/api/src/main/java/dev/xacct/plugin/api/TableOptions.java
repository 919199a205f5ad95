package dev.xacct.plugin.api;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The options of {@code table create KIND}: where the logs are and what the table projects.
 * {@link #validated()} checks every value that reaches DDL text, so a kind never has to.
 *
 * @param bucket    the log bucket
 * @param prefix    the key prefix before the kind's layout, empty or ending in {@code /}
 * @param accounts  account ids the table projects (partition {@code accountid})
 * @param regions   regions the table projects (partition {@code region})
 * @param from      the first day of logs ({@code projection.date.range} starts there)
 * @param table     the table name
 * @param database  the Glue database, or null for the workgroup's current one
 * @param layout    the name of the S3 delivery layout ({@code --layout}), or null for the kind's first
 * @param settings  kind-specific options ({@code --with NAME=VALUE}), see {@link TableKind#settings()}
 */
public record TableOptions(
        String bucket,
        String prefix,
        List<String> accounts,
        List<String> regions,
        LocalDate from,
        String table,
        String database,
        String layout,
        Map<String, String> settings) {

    private static final Pattern BUCKET = Pattern.compile(AwsShapes.BUCKET);
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9!_.*()/=-]*");
    private static final Pattern ACCOUNT = Pattern.compile(AwsShapes.ACCOUNT_ID);
    private static final Pattern REGION = Pattern.compile(AwsShapes.REGION);
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    public TableOptions {
        prefix = normalPrefix(prefix);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        regions = regions == null ? List.of() : List.copyOf(regions);
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    /** {@code ""} or the prefix without leading slashes and with one trailing slash. */
    static String normalPrefix(String prefix) {
        String p = prefix == null ? "" : prefix.replaceAll("^/+", "").replaceAll("/+$", "");
        return p.isEmpty() ? "" : p + "/";
    }

    /** {@code s3://BUCKET/PREFIX}: where the table's layout starts. */
    public String location() {
        return AwsShapes.s3Url(bucket, prefix);
    }

    /** {@code database.table} or {@code table}. */
    public String qualifiedTable() {
        return database == null ? table : database + "." + table;
    }

    /** {@link #from()} as {@code yyyy/MM/dd}, for {@code projection.date.range}. */
    public String fromDay() {
        return DAY.format(from);
    }

    /** A setting's value, or {@code fallback}. */
    public String setting(String name, String fallback) {
        return settings.getOrDefault(name, fallback);
    }

    /**
     * These options, checked: every value that reaches DDL text is a bucket name, key prefix,
     * account id, region, date or identifier.
     *
     * @throws IllegalArgumentException naming the option that is missing or malformed
     */
    public TableOptions validated() {
        require(
                bucket != null && BUCKET.matcher(bucket).matches(),
                "--bucket: '" + bucket + "' is not an S3 bucket name");
        require(
                PREFIX.matcher(prefix).matches() && !prefix.contains("//"),
                "--prefix: '" + prefix + "' may hold only letters, digits, / and !_.*()=-");
        require(
                !accounts.isEmpty(),
                "--accounts: list the account ids whose logs the bucket holds (partition projection needs them)");
        accounts.forEach(
                a -> require(ACCOUNT.matcher(a).matches(), "--accounts: '" + a + "' is not a 12-digit account id"));
        regions.forEach(r -> require(REGION.matcher(r).matches(), "--regions: '" + r + "' is not a region code"));
        require(from != null, "--from: give the first day of logs (yyyy/MM/dd)");
        require(table != null && IDENTIFIER.matcher(table).matches(), "--name: '" + table + "' is not a table name");
        require(
                database == null || IDENTIFIER.matcher(database).matches(),
                "database '" + database + "' is not an identifier");
        return this;
    }

    /** Checks a value a kind takes from {@link #settings()}: {@code shape} must match it whole. */
    public static String checked(String option, String value, Pattern shape, String expected) {
        Objects.requireNonNull(shape);
        if (value == null || !shape.matcher(value).matches()) {
            throw new IllegalArgumentException(option + ": '" + value + "' is not " + expected);
        }
        return value;
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}

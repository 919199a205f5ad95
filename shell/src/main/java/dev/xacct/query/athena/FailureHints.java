package dev.xacct.query.athena;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What to do about Athena's failure messages that people meet most. Matching is on the reason's
 * text (Athena has no stable error codes for these), case-insensitive.
 */
public final class FailureHints {

    private record Hint(List<String> needles, String advice) {
        boolean matches(String reason) {
            String lower = reason.toLowerCase(Locale.ROOT);
            return needles.stream().anyMatch(lower::contains);
        }
    }

    private static final List<Hint> HINTS = List.of(
            new Hint(
                    List.of("bytes scanned limit", "bytesscannedcutoffperquery"),
                    "the workgroup's per-query data limit (BytesScannedCutoffPerQuery) stopped it: narrow the date range,"
                            + " accounts or regions, or ask the workgroup's owner to raise the limit"),
            new Hint(
                    List.of("no viable alternative at input", "mismatched input"),
                    "check the statement's clause order (Hive DDL: PARTITIONED BY, ROW FORMAT, STORED AS, LOCATION,"
                            + " TBLPROPERTIES) and put reserved words such as `date` in backticks (DDL) or double quotes (SELECT)"),
            new Hint(
                    List.of("hive_partition_schema_mismatch"),
                    "a partition's schema differs from the table's: recreate the table with `table create cloudtrail …`"
                            + " (partition projection needs no per-partition schema)"),
            new Hint(
                    List.of(
                            "insufficient permissions to execute the query",
                            "unable to verify/create output bucket",
                            "access denied when writing",
                            "accessdenied",
                            "access denied"),
                    "check the workgroup's query result location (`athena config --output s3://…`) and that this identity"
                            + " has s3:PutObject and s3:GetBucketLocation on it, plus s3:GetObject/ListBucket on the table's bucket"),
            new Hint(
                    List.of(
                            "table not found",
                            "does not exist",
                            "entitynotfound",
                            "schema not found",
                            "database not found"),
                    "create the table with `table create cloudtrail --bucket …` or point at its database with"
                            + " `athena config --database D`"),
            new Hint(
                    List.of("query exhausted resources"),
                    "narrow the date range (or accounts/regions) so fewer partitions are read, or add a LIMIT"),
            new Hint(
                    List.of("no output location provided", "outputlocation"),
                    "set a query result location: `athena config --output s3://BUCKET/athena-results/`"));

    private FailureHints() {}

    /** What to do about an Athena failure reason ({@code StateChangeReason} or an error message), when it is a known one. */
    public static Optional<String> forReason(String reason) {
        if (reason == null || reason.isBlank()) {
            return Optional.empty();
        }
        return HINTS.stream().filter(h -> h.matches(reason)).map(Hint::advice).findFirst();
    }

    /** One line: the reason, then the hint when there is one. */
    public static String describe(String reason) {
        String oneLine = reason == null
                ? "no reason given"
                : reason.replaceAll("\\s+", " ").strip();
        return forReason(reason).map(h -> oneLine + " — hint: " + h).orElse(oneLine);
    }
}

package dev.xacct.query.local;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL of the {@code cloudtrail} view over an explicit list of files: Athena's columns, then
 * the partition columns {@code accountid}, {@code region}, {@code "date"} derived from each
 * file's path with the same patterns {@link CloudTrailFile} uses to select files.
 */
public final class CloudTrailView {

    public static final String NAME = "cloudtrail";

    /**
     * A delivery file is one JSON object; DuckDB refuses objects larger than this. CloudTrail
     * files are far smaller (tens of MB uncompressed at most); the limit only guards memory.
     */
    public static final long MAXIMUM_OBJECT_SIZE = 512L * 1024 * 1024;

    private CloudTrailView() {}

    static String selectSql(List<SourceFile> files) {
        List<String> select = new ArrayList<>(CloudTrailSchema.columnExpressions("ct.r"));
        select.add("ct.p.accountid AS accountid");
        select.add("ct.p.region AS region");
        select.add("ct.p.y || '/' || ct.p.m || '/' || ct.p.d AS \"date\"");
        return "SELECT " + String.join(", ", select) + " FROM (SELECT r, " + partitionStruct() + " AS p FROM "
                + recordsSource(files) + ") AS ct";
    }

    /** One row per event: the records of each file unnested, with the file's name. */
    static String recordsSource(List<SourceFile> files) {
        if (files.isEmpty()) {
            // no file in scope: the same columns, no rows (read_json refuses an empty list)
            return "(SELECT CAST(NULL AS " + CloudTrailSchema.recordReadType() + ") AS r, "
                    + "CAST(NULL AS VARCHAR) AS filename WHERE false) AS src";
        }
        return "(SELECT unnest(Records) AS r, filename FROM read_json(" + fileList(files)
                + ", columns=" + CloudTrailSchema.readColumns()
                + ", format='unstructured', filename=true, maximum_object_size=" + MAXIMUM_OBJECT_SIZE
                + ")) AS src";
    }

    static String fileList(List<SourceFile> files) {
        return files.stream().map(f -> literal(f.path().toString())).collect(Collectors.joining(", ", "[", "]"));
    }

    /*
     * The file name is constant across the rows of one file, and DuckDB evaluates a function over
     * a constant vector once, so these regular expressions cost once per chunk, not per event;
     * when a query uses no partition column, projection pushdown drops them entirely.
     */
    private static String partitionStruct() {
        String fields = "['accountid', 'region', 'y', 'm', 'd']";
        return "CASE WHEN regexp_matches(filename, " + literal(CloudTrailFile.LAYOUT_PATTERN) + ") "
                + "THEN system.main.regexp_extract(filename, " + literal(CloudTrailFile.LAYOUT_PATTERN) + ", " + fields
                + ") "
                + "ELSE system.main.regexp_extract(filename, " + literal(CloudTrailFile.NAME_PATTERN) + ", " + fields
                + ") END";
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}

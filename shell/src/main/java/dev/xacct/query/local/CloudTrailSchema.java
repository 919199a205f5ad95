package dev.xacct.query.local;

import dev.xacct.template.ddl.CloudTrailColumns;
import dev.xacct.template.ddl.ColumnType;
import dev.xacct.template.ddl.JsonField;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code cloudtrail} columns ({@link CloudTrailColumns}, the definition Athena's DDL is
 * generated from too) as DuckDB types: how {@code read_json} reads each field (keys exactly as
 * CloudTrail writes them, camelCase) and the type the view shows (Athena's lower-case names, JSON
 * objects as VARCHAR). The schema is explicit so a field absent from every file is still a NULL
 * column.
 */
public final class CloudTrailSchema {

    private CloudTrailSchema() {}

    /** The DuckDB type for {@code read_json(columns=…)}: field names exactly as in the JSON. */
    static String readType(ColumnType type) {
        if (type instanceof ColumnType.Struct struct) {
            return struct.fields().stream()
                    .map(f -> quote(f.json()) + " " + readType(f.type()))
                    .collect(Collectors.joining(", ", "STRUCT(", ")"));
        }
        if (type instanceof ColumnType.ListOf list) {
            return readType(list.element()) + "[]";
        }
        if (type instanceof ColumnType.JsonText) {
            return "JSON";
        }
        return tableType(type);
    }

    /** The DuckDB type the table shows: Athena's names, JSON text as VARCHAR. */
    static String tableType(ColumnType type) {
        if (type instanceof ColumnType.Struct struct) {
            return struct.fields().stream()
                    .map(f -> quote(f.name()) + " " + tableType(f.type()))
                    .collect(Collectors.joining(", ", "STRUCT(", ")"));
        }
        if (type instanceof ColumnType.ListOf list) {
            return tableType(list.element()) + "[]";
        }
        if (type instanceof ColumnType.MapOfText) {
            return "MAP(VARCHAR, VARCHAR)";
        }
        return "VARCHAR";
    }

    /** The {@code columns=} argument of {@code read_json}: one {@code Records} list of records. */
    public static String readColumns() {
        return "{Records: '" + readType(new ColumnType.ListOf(record())).replace("'", "''") + "'}";
    }

    /** The type of one record as read, for an empty table. */
    public static String recordReadType() {
        return readType(record());
    }

    /** The select list turning a record {@code r} into the table's columns. */
    public static List<String> columnExpressions(String record) {
        return CloudTrailColumns.COLUMNS.stream()
                .map(f -> expression(record, f))
                .toList();
    }

    private static ColumnType.Struct record() {
        return new ColumnType.Struct(CloudTrailColumns.COLUMNS);
    }

    private static String expression(String record, JsonField f) {
        String source = record + "." + quote(f.json());
        String value =
                f.type() instanceof ColumnType.Text ? source : "CAST(" + source + " AS " + tableType(f.type()) + ")";
        return value + " AS " + quote(f.name());
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}

package dev.xacct.plugin.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Building blocks for a {@link LocalReader}'s DuckDB SQL: the lines of text or gzip files, the
 * partition values of each file, Hive types as DuckDB types, literals. Pure string building.
 */
public final class DuckDbSql {

    private DuckDbSql() {}

    /** {@code 'text'} with quotes doubled. */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** {@code "name"} with quotes doubled. */
    public static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** {@code ['/a', '/b']}: the files' paths as a DuckDB list. */
    public static String fileList(List<LogFile> files) {
        return files.stream().map(f -> literal(f.path().toString())).collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * The DuckDB type of a Hive type: {@code string} VARCHAR, {@code int} INTEGER, {@code bigint}
     * BIGINT, {@code double} DOUBLE, {@code boolean} BOOLEAN, {@code struct<a:t,…>},
     * {@code array<t>} and {@code map<k,v>} recursively.
     *
     * @throws IllegalArgumentException for a type it does not know
     */
    public static String duckDbType(String hiveType) {
        String t = hiveType.strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "string", "varchar", "char":
                return "VARCHAR";
            case "int", "integer":
                return "INTEGER";
            case "bigint":
                return "BIGINT";
            case "smallint":
                return "SMALLINT";
            case "tinyint":
                return "TINYINT";
            case "double":
                return "DOUBLE";
            case "float":
                return "FLOAT";
            case "boolean":
                return "BOOLEAN";
            case "timestamp":
                return "TIMESTAMP";
            case "date":
                return "DATE";
            default:
                break;
        }
        if (t.startsWith("array<") && t.endsWith(">")) {
            return duckDbType(t.substring(6, t.length() - 1)) + "[]";
        }
        if (t.startsWith("map<") && t.endsWith(">")) {
            List<String> kv = splitTopLevel(t.substring(4, t.length() - 1));
            return "MAP(" + duckDbType(kv.get(0)) + ", " + duckDbType(kv.get(1)) + ")";
        }
        if (t.startsWith("struct<") && t.endsWith(">")) {
            List<String> fields = new ArrayList<>();
            for (String f : splitTopLevel(t.substring(7, t.length() - 1))) {
                int colon = f.indexOf(':');
                fields.add(identifier(f.substring(0, colon).strip()) + " " + duckDbType(f.substring(colon + 1)));
            }
            return "STRUCT(" + String.join(", ", fields) + ")";
        }
        throw new IllegalArgumentException("no DuckDB type for Hive type '" + hiveType + "'");
    }

    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /**
     * A relation {@code (line VARCHAR, filename VARCHAR)}: every line of the files, plain text or
     * gzip (by extension), the first line of each skipped when {@code header}. A line DuckDB cannot
     * take as text (invalid UTF-8) is left out and recorded in DuckDB's {@code reject_errors}.
     */
    public static String lines(List<LogFile> files, boolean header) {
        return "read_csv(" + fileList(files) + ", columns={'line': 'VARCHAR'}, header=" + header
                + ", delim=chr(1), quote='', escape='', new_line='\\n', auto_detect=false, filename=true,"
                + " store_rejects=true, max_line_size=16777216)";
    }

    /**
     * A relation {@code (filename, KEY…, accountid, region, "date")}: one row per file with the
     * partition values its key gave it, to join on {@code filename}. {@code files} must not be empty.
     */
    public static String partitions(List<LogFile> files, List<String> keyColumns) {
        List<String> rows = new ArrayList<>();
        for (LogFile f : files) {
            List<String> values = new ArrayList<>();
            values.add(literal(f.path().toString()));
            for (String k : keyColumns) {
                values.add(nullable(f.keyValues().get(k)));
            }
            values.add(nullable(f.account()));
            values.add(nullable(f.region()));
            values.add(literal(f.datePartition()));
            rows.add("(" + String.join(", ", values) + ")");
        }
        List<String> names = new ArrayList<>();
        names.add("filename");
        keyColumns.forEach(k -> names.add(identifier(k)));
        names.add("accountid");
        names.add("region");
        names.add("\"date\"");
        return "(VALUES " + String.join(", ", rows) + ") AS xacct_p(" + String.join(", ", names) + ")";
    }

    private static String nullable(String value) {
        return value == null ? "CAST(NULL AS VARCHAR)" : literal(value);
    }

    /** The select list of the table's own columns from a relation aliased {@code r}, by name. */
    public static String columnsOf(String alias, List<TableColumn> columns) {
        return columns.stream().map(c -> alias + "." + identifier(c.name())).collect(Collectors.joining(", "));
    }

    /** {@code p.KEY…, p.accountid, p.region, p."date"}. */
    public static String partitionColumns(String alias, List<String> keyColumns) {
        List<String> out = new ArrayList<>();
        keyColumns.forEach(k -> out.add(alias + "." + identifier(k)));
        out.add(alias + ".accountid");
        out.add(alias + ".region");
        out.add(alias + ".\"date\"");
        return String.join(", ", out);
    }

    /** {@code SELECT CAST(NULL AS T) AS c, …, accountid, region, "date" WHERE false}: the table with no rows. */
    public static String empty(List<TableColumn> columns, List<String> keyColumns) {
        List<String> out = new ArrayList<>();
        columns.forEach(c -> out.add("CAST(NULL AS " + c.duckDbType() + ") AS " + identifier(c.name())));
        keyColumns.forEach(k -> out.add("CAST(NULL AS VARCHAR) AS " + identifier(k)));
        out.add("CAST(NULL AS VARCHAR) AS accountid");
        out.add("CAST(NULL AS VARCHAR) AS region");
        out.add("CAST(NULL AS VARCHAR) AS \"date\"");
        return "SELECT " + String.join(", ", out) + " WHERE false";
    }

    /**
     * The table over {@code rows}, a relation with the kind's columns (any order, by name) and
     * {@code filename}: its columns in order, then the partition values of each file.
     */
    public static String withPartitions(
            String rows, List<TableColumn> columns, List<String> keyColumns, List<LogFile> files) {
        return "SELECT " + columnsOf("r", columns) + ", " + partitionColumns("xacct_p", keyColumns) + " FROM (" + rows
                + ") AS r JOIN " + partitions(files, keyColumns) + " ON r.filename = xacct_p.filename";
    }

    /**
     * The value of a text field as a column of type {@code hiveType}, the way Athena reads it: an
     * empty field is NULL; a string keeps {@code -}; a number that does not parse is NULL.
     */
    public static String field(String text, String hiveType) {
        String value = "NULLIF(" + text + ", '')";
        String type = duckDbType(hiveType);
        return type.equals("VARCHAR") ? value : "TRY_CAST(" + value + " AS " + type + ")";
    }
}

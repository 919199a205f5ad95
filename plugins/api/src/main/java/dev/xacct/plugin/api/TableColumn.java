package dev.xacct.plugin.api;

import java.util.Locale;
import java.util.Objects;

/**
 * One data column of a table kind.
 *
 * @param name        the column name as Athena shows it (lower case, e.g. {@code srcaddr})
 * @param type        the Hive type in lower case: {@code string}, {@code int}, {@code bigint},
 *                    {@code double}, {@code boolean}, or a complex type ({@code struct<…>})
 * @param description what the field holds, one line (may be empty)
 */
public record TableColumn(String name, String type, String description) {

    public TableColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        name = name.toLowerCase(Locale.ROOT);
        type = type.toLowerCase(Locale.ROOT);
        description = description == null ? "" : description;
    }

    public static TableColumn of(String name, String type) {
        return new TableColumn(name, type, "");
    }

    /** The DuckDB type of this column on the local engine. */
    public String duckDbType() {
        return DuckDbSql.duckDbType(type);
    }
}

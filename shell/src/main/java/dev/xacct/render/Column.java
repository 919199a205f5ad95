package dev.xacct.render;

import java.util.Objects;

/** One column of a result: its name and a type name as the engine reports it (e.g. {@code varchar}, {@code bigint}). */
public record Column(String name, String type) {

    public Column {
        Objects.requireNonNull(name, "name");
        type = type == null ? "varchar" : type.toLowerCase(java.util.Locale.ROOT);
    }

    public static Column text(String name) {
        return new Column(name, "varchar");
    }

    public static Column number(String name) {
        return new Column(name, "bigint");
    }

    /** Numbers are right-aligned in tables and unquoted in JSON. */
    public boolean isNumeric() {
        return switch (type) {
            case "tinyint", "smallint", "integer", "int", "bigint", "hugeint", "real", "float", "double", "decimal" ->
                true;
            default -> type.startsWith("decimal");
        };
    }
}

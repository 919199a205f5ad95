package dev.xacct.template;

import java.util.regex.Pattern;

/** A table reference safe to paste into SQL: {@code table}, {@code db.table} or {@code catalog.db.table}. */
public final class TableName {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*){0,2}");

    private TableName() {}

    public static boolean isValid(String name) {
        return name != null && IDENTIFIER.matcher(name).matches();
    }
}

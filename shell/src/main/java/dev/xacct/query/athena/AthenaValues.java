package dev.xacct.query.athena;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Athena returns every cell as text ({@code VarCharValue}); this turns it into the Java value of
 * the column's type, so printers align numbers and JSON writes them unquoted. A value that does
 * not parse stays text: showing it beats failing the whole result.
 */
final class AthenaValues {

    private AthenaValues() {}

    static Object convert(String type, String text) {
        if (text == null) {
            return null;
        }
        String t = type == null ? "varchar" : type.toLowerCase(Locale.ROOT);
        try {
            return switch (t) {
                case "tinyint", "smallint", "integer", "int", "bigint" -> Long.valueOf(text);
                case "double", "float", "real" -> Double.valueOf(text);
                case "boolean" -> parseBoolean(text);
                case "date" -> LocalDate.parse(text);
                case "timestamp" -> LocalDateTime.parse(text.replace(' ', 'T'));
                default -> t.startsWith("decimal") ? new BigDecimal(text) : text;
            };
        } catch (RuntimeException notThatType) {
            return text;
        }
    }

    private static Object parseBoolean(String text) {
        if (text.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (text.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        return text;
    }
}

package dev.xacct.query.local;

import java.sql.SQLException;

/** DuckDB's error text, which spans lines (a caret diagram, candidates), as one clean line. */
public final class DuckDbMessages {

    private DuckDbMessages() {}

    public static String oneLine(SQLException e) {
        return oneLine(e.getMessage());
    }

    public static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "local query failed";
        }
        String[] lines = message.strip().split("\\R");
        StringBuilder out = new StringBuilder(lines[0].strip());
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            // keep DuckDB's suggestion ("Did you mean …"), drop the caret diagram and candidate lists
            if (line.startsWith("Did you mean")) {
                out.append(' ').append(line);
            }
        }
        return out.toString();
    }
}

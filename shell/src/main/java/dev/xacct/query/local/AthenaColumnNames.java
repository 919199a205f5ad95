package dev.xacct.query.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Result column names as Athena (Trino) gives them: a select item with an alias, or that is a
 * column or a field reference ({@code useridentity.arn} → {@code arn}), keeps its name; any other
 * expression is {@code _colN}, N its 0-based position in the result. DuckDB would name
 * {@code count(*)} {@code count_star()}, which a template's reader or a CSV header should not see.
 *
 * <p>The select list is read from DuckDB's own parse tree ({@code json_serialize_sql}), so
 * DuckDB-only syntax is understood too. Where the tree cannot be matched to the result (a
 * statement DuckDB cannot serialize, several {@code *}), DuckDB's names stay.
 */
final class AthenaColumnNames {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AthenaColumnNames() {}

    /** {@code names} (DuckDB's, one per result column) renamed where Athena would say {@code _colN}. */
    static List<String> of(Connection connection, String sql, List<String> names) {
        try (PreparedStatement parse = connection.prepareStatement("SELECT json_serialize_sql(?::VARCHAR)")) {
            parse.setString(1, sql);
            try (ResultSet rs = parse.executeQuery()) {
                if (!rs.next()) {
                    return names;
                }
                return rename(JSON.readTree(rs.getString(1)), names);
            }
        } catch (SQLException | java.io.IOException e) {
            return names;
        }
    }

    static List<String> rename(JsonNode tree, List<String> names) {
        if (tree.path("error").asBoolean(false) || tree.path("statements").size() != 1) {
            return names;
        }
        JsonNode node = tree.path("statements").get(0).path("node");
        while ("SET_OPERATION_NODE".equals(node.path("type").asText())) {
            node = node.path("left"); // a union's columns are named by its first query, as in Trino
        }
        if (!"SELECT_NODE".equals(node.path("type").asText())) {
            return names;
        }
        JsonNode items = node.path("select_list");
        int stars = 0;
        for (JsonNode item : items) {
            stars += isStar(item) ? 1 : 0;
        }
        // the one * stands for the columns the other items do not account for
        int starWidth = names.size() - (items.size() - stars);
        if (stars > 1 || (stars == 0 && items.size() != names.size()) || starWidth < 0) {
            return names;
        }
        List<String> out = new ArrayList<>(names);
        int position = 0;
        for (JsonNode item : items) {
            if (isStar(item)) {
                position += starWidth;
                continue;
            }
            String name = athenaName(item, position);
            if (name != null) {
                out.set(position, name);
            }
            position++;
        }
        return out;
    }

    private static boolean isStar(JsonNode item) {
        String type = item.path("type").asText();
        return "STAR".equals(type) || "COLUMNS".equals(item.path("class").asText());
    }

    /**
     * Athena's name for a select item, or null where DuckDB's is already it (an alias, a column):
     * the field name for a field of a struct taken by a constant name ({@code resources[1].arn}),
     * else {@code _colN}.
     */
    private static String athenaName(JsonNode item, int position) {
        if (!item.path("alias").asText("").isEmpty()
                || "COLUMN_REF".equals(item.path("type").asText())) {
            return null;
        }
        JsonNode children = item.path("children");
        if ("STRUCT_EXTRACT".equals(item.path("type").asText())
                && children.size() == 2
                && "CONSTANT".equals(children.get(1).path("class").asText())) {
            return children.get(1).path("value").path("value").asText();
        }
        return "_col" + position;
    }
}

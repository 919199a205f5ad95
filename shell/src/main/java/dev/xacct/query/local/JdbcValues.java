package dev.xacct.query.local;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Struct;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JDBC values as plain Java values printers understand: lists for arrays, ordered maps for
 * structs and maps, text for JSON, java.time for timestamps. Drivers' own classes do not leak.
 */
final class JdbcValues {

    private JdbcValues() {}

    static Object plain(Object value) throws SQLException {
        if (value == null) {
            return null;
        }
        if (value instanceof Array array) {
            Object elements = array.getArray();
            List<Object> list = new ArrayList<>();
            if (elements instanceof Object[] items) {
                for (Object item : items) {
                    list.add(plain(item));
                }
            }
            return list;
        }
        if (value instanceof org.duckdb.DuckDBStruct struct) {
            return plainMap(struct.getMap());
        }
        if (value instanceof Struct struct) {
            List<Object> list = new ArrayList<>();
            for (Object item : struct.getAttributes()) {
                list.add(plain(item));
            }
            return list;
        }
        if (value instanceof Map<?, ?> map) {
            return plainMap(map);
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof org.duckdb.JsonNode json) {
            return json.toString();
        }
        return value;
    }

    private static Map<String, Object> plainMap(Map<?, ?> map) throws SQLException {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            out.put(String.valueOf(e.getKey()), plain(e.getValue()));
        }
        return out;
    }
}

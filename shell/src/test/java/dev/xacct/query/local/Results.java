package dev.xacct.query.local;

import dev.xacct.render.ResultStream;
import java.util.ArrayList;
import java.util.List;

/** Test helper: drains a (small) result. */
public final class Results {

    private Results() {}

    public static List<List<Object>> all(ResultStream stream) {
        try (stream) {
            List<List<Object>> rows = new ArrayList<>();
            for (var page = stream.nextPage(); !page.isEmpty(); page = stream.nextPage()) {
                rows.addAll(page);
            }
            return rows;
        }
    }

    public static Object single(ResultStream stream) {
        List<List<Object>> rows = all(stream);
        if (rows.size() != 1 || rows.get(0).size() != 1) {
            throw new AssertionError("expected one cell, got " + rows);
        }
        return rows.get(0).get(0);
    }
}

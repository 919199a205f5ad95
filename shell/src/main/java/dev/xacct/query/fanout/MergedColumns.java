package dev.xacct.query.fanout;

import dev.xacct.render.Column;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a merged fan-out result: {@code account}, then the union of the accounts'
 * columns in first-seen order (matched by name), then {@code error}. Pure.
 */
public record MergedColumns(List<Column> queryColumns) {

    public static final Column ACCOUNT = Column.text("account");
    public static final Column ERROR = Column.text("error");

    public MergedColumns {
        queryColumns = List.copyOf(queryColumns);
    }

    /** The union of {@code answers}' columns in first-seen order; a name seen twice keeps its first type. */
    public static MergedColumns union(List<List<Column>> answers) {
        Map<String, Column> byName = new LinkedHashMap<>();
        for (List<Column> columns : answers) {
            for (Column column : columns) {
                byName.putIfAbsent(column.name(), column);
            }
        }
        return new MergedColumns(new ArrayList<>(byName.values()));
    }

    /** {@code account}, the query's columns, {@code error}. */
    public List<Column> all() {
        List<Column> all = new ArrayList<>(queryColumns.size() + 2);
        all.add(ACCOUNT);
        all.addAll(queryColumns);
        all.add(ERROR);
        return all;
    }

    /** For each of one account's columns, its index in {@link #all()}; -1 when it is not there. */
    public int[] positions(List<Column> accountColumns) {
        int[] positions = new int[accountColumns.size()];
        Arrays.fill(positions, -1);
        for (int i = 0; i < accountColumns.size(); i++) {
            for (int j = 0; j < queryColumns.size(); j++) {
                if (queryColumns.get(j).name().equals(accountColumns.get(i).name())) {
                    positions[i] = j + 1;
                    break;
                }
            }
        }
        return positions;
    }

    /** The names among {@code accountColumns} that have no place in the merged result. */
    public List<String> missing(List<Column> accountColumns) {
        int[] positions = positions(accountColumns);
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < positions.length; i++) {
            if (positions[i] < 0) {
                missing.add(accountColumns.get(i).name());
            }
        }
        return missing;
    }

    /** One merged row: {@code account}, the values in their merged places (null elsewhere), no error. */
    public List<Object> row(String account, int[] positions, List<Object> values) {
        Object[] row = new Object[queryColumns.size() + 2];
        row[0] = account;
        for (int i = 0; i < positions.length && i < values.size(); i++) {
            if (positions[i] >= 0) {
                row[positions[i]] = values.get(i);
            }
        }
        return Arrays.asList(row);
    }

    /** The row an account that failed becomes: its id, nulls, and the reason in {@code error}. */
    public List<Object> errorRow(String account, String reason) {
        Object[] row = new Object[queryColumns.size() + 2];
        row[0] = account;
        row[row.length - 1] = reason;
        return Arrays.asList(row);
    }
}

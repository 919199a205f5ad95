package dev.xacct.query.local.kind;

import dev.xacct.plugin.api.TableKind;
import dev.xacct.query.local.CloudTrailTable;
import dev.xacct.query.local.LocalTable;
import dev.xacct.query.local.LocalTables;
import java.util.ArrayList;
import java.util.List;

/** The local engine's tables for a set of table kinds: {@code cloudtrail}, then one per kind and its {@code _rejects}. */
public final class KindTables {

    private KindTables() {}

    /** A kind whose table is {@code cloudtrail} is the built-in one and keeps CloudTrail's own reader. */
    public static LocalTables of(List<TableKind> kinds) {
        List<LocalTable> tables = new ArrayList<>();
        List<LocalTable> diagnostics = new ArrayList<>();
        tables.add(new CloudTrailTable());
        for (TableKind kind : kinds) {
            if (kind.table().equalsIgnoreCase(dev.xacct.query.local.CloudTrailView.NAME)) {
                continue;
            }
            KindTable table = new KindTable(kind);
            tables.add(table);
            diagnostics.add(new RejectsTable(table));
        }
        return LocalTables.of(tables, diagnostics);
    }
}

package dev.xacct.query.local.kind;

import dev.xacct.query.local.LocalTable;
import dev.xacct.query.local.SourceFile;
import dev.xacct.template.PartitionScope;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code <table>_rejects}: the lines of a kind's files its reader leaves out, with the file and
 * the reason ({@code filename, reason, line}). A diagnostic table: it has no partition columns and
 * no cache.
 */
final class RejectsTable implements LocalTable {

    static final String SUFFIX = "_rejects";
    private static final String NONE =
            "SELECT CAST(NULL AS VARCHAR) AS filename, CAST(NULL AS VARCHAR) AS reason, CAST(NULL AS VARCHAR) AS line"
                    + " WHERE false";

    private final KindTable table;

    RejectsTable(KindTable table) {
        this.table = table;
    }

    @Override
    public String name() {
        return table.name() + SUFFIX;
    }

    @Override
    public List<SourceFile> find(Path root, PartitionScope scope) {
        return table.find(root, scope);
    }

    @Override
    public String selectSql(List<SourceFile> files) {
        return table.rejectsSql(files).orElse(NONE);
    }
}

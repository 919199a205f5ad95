package dev.xacct.query.local.kind;

import dev.xacct.plugin.api.KeyLayout;
import dev.xacct.plugin.api.LogFile;
import dev.xacct.plugin.api.TableKind;
import dev.xacct.query.local.LocalTable;
import dev.xacct.query.local.SourceFile;
import dev.xacct.query.local.SourceWalk;
import dev.xacct.template.PartitionScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A plugin's {@link TableKind} as a table of the local engine: its files are the ones under the
 * source folder whose name the kind accepts and whose path fits one of its key layouts (the first
 * that fits gives the partition values); its SQL is the kind's reader.
 */
public final class KindTable implements LocalTable {

    private final TableKind kind;

    public KindTable(TableKind kind) {
        this.kind = kind;
    }

    public TableKind kind() {
        return kind;
    }

    @Override
    public String name() {
        return kind.table();
    }

    /** The file as the kind sees it, or empty when it is not one of the kind's files. */
    public Optional<LogFile> logFile(Path path) {
        Path name = path.getFileName();
        if (name == null || !kind.isLogFile(name.toString())) {
            return Optional.empty();
        }
        String text = path.toString();
        for (KeyLayout layout : kind.layouts()) {
            Optional<KeyLayout.Values> values = layout.match(text);
            if (values.isPresent()) {
                KeyLayout.Values v = values.get();
                return Optional.of(new LogFile(path, layout.name(), v.account(), v.region(), v.date(), v.keyValues()));
            }
        }
        return Optional.empty();
    }

    @Override
    public List<SourceFile> find(Path root, PartitionScope scope) {
        return SourceWalk.files(
                root,
                kind.name(),
                java.util.Set.of(),
                path -> logFile(path)
                        .filter(f -> inScope(f, scope))
                        .map(f -> new SourceFile(f.path(), f.account(), f.region(), f.date())),
                f -> true);
    }

    /**
     * The scope's partitions. A layout without an account or region (S3's simple access-log layout)
     * cannot be in a scope that names some: the query's {@code accountid IN …} would drop its rows.
     */
    static boolean inScope(LogFile f, PartitionScope scope) {
        if (!scope.accounts().isEmpty()
                && (f.account() == null || !scope.accounts().contains(f.account()))) {
            return false;
        }
        if (!scope.regions().isEmpty()
                && (f.region() == null || !scope.regions().contains(f.region().toLowerCase(Locale.ROOT)))) {
            return false;
        }
        return (scope.from() == null || !f.date().isBefore(scope.from()))
                && (scope.to() == null || !f.date().isAfter(scope.to()));
    }

    /** The files again as the kind's reader takes them (the key values come from the path). */
    List<LogFile> logFiles(List<SourceFile> files) {
        List<LogFile> out = new ArrayList<>(files.size());
        for (SourceFile f : files) {
            out.add(logFile(f.path())
                    .orElse(new LogFile(f.path(), "", f.account(), f.region(), f.date(), java.util.Map.of())));
        }
        return out;
    }

    @Override
    public String selectSql(List<SourceFile> files) {
        return kind.localReader().selectSql(logFiles(files));
    }

    @Override
    public Optional<String> rejectsSql(List<SourceFile> files) {
        return kind.localReader().rejectsSql(logFiles(files));
    }
}

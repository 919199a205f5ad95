package dev.xacct.query;

import dev.xacct.template.PartitionScope;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One query to run: the SQL text, the partitions it may read and, for the local engine, the
 * folder of CloudTrail files behind the {@code cloudtrail} table.
 *
 * @param sql    the SQL text, already bound (no template placeholders left)
 * @param scope  partitions the query may touch; {@link PartitionScope#ALL} for raw SQL
 * @param source folder of CloudTrail files for the local engine; null for engines that ignore it
 * @param noCache local engine: read the files, not its columnar cache ({@code --no-cache})
 */
public record QueryRequest(String sql, PartitionScope scope, Path source, boolean noCache) {

    public QueryRequest {
        Objects.requireNonNull(sql, "sql");
        scope = scope == null ? PartitionScope.ALL : scope;
    }

    public QueryRequest(String sql, PartitionScope scope, Path source) {
        this(sql, scope, source, false);
    }

    public static QueryRequest of(String sql) {
        return new QueryRequest(sql, PartitionScope.ALL, null);
    }

    public QueryRequest withScope(PartitionScope newScope) {
        return new QueryRequest(sql, newScope, source, noCache);
    }

    public QueryRequest withSource(Path newSource) {
        return new QueryRequest(sql, scope, newSource, noCache);
    }

    /** The same query, reading the files as they are rather than the local engine's cache. */
    public QueryRequest withoutCache() {
        return new QueryRequest(sql, scope, source, true);
    }

    public boolean useCache() {
        return !noCache;
    }

    public Optional<Path> sourceFolder() {
        return Optional.ofNullable(source);
    }
}

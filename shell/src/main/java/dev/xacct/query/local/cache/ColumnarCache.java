package dev.xacct.query.local.cache;

import dev.xacct.query.QueryFailedException;
import dev.xacct.query.local.FileTree;
import dev.xacct.query.local.LocalTable;
import dev.xacct.query.local.SourceFile;
import dev.xacct.template.PartitionScope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The columnar cache of the local engine: for each table over each source folder, the rows of
 * its files as Parquet under {@code ROOT/TABLE/KEY/} ({@link CacheFolder}), one file per delivery
 * day and build step, so a one-day query reads one day's Parquet.
 *
 * <p>A query ({@link #read}) takes what the last committed manifest holds and reads the rest
 * (new, changed, or out of a stale segment) from the source files, so it is always exactly what
 * the files say. Building is separate: {@link #buildBehind} converts the days a query read, on a
 * background thread after it (a first query costs what it costs without the cache), and {@link
 * #refresh} converts everything now. Builds hold the folder's {@link CacheLock}; a background
 * build that finds it taken (another shell builds) leaves the work to that one.
 */
public final class ColumnarCache implements AutoCloseable {

    private final Path root;
    private final CacheBuilds builds;
    private final Map<Path, Snapshot> manifests = new ConcurrentHashMap<>();

    /** Told, on the thread that asked, when a query's files are to be converted behind it. */
    @FunctionalInterface
    public interface Scheduled {
        /** A background build of {@code files} files ({@code bytes}) of {@code source} is queued. */
        void scheduled(Path source, int files, long bytes);
    }

    /**
     * @param root              the folder holding every cache, e.g. {@code ~/.xacct/cache/parquet}
     * @param backgroundThreads DuckDB threads a background build may use (a foreground refresh uses all)
     */
    public ColumnarCache(Path root, int backgroundThreads) {
        this(root, backgroundThreads, (source, files, bytes) -> {});
    }

    /** @param scheduled told when a build behind a query is queued (not when it merges into a queued one) */
    public ColumnarCache(Path root, int backgroundThreads, Scheduled scheduled) {
        this.root = root.toAbsolutePath().normalize();
        this.builds = new CacheBuilds(this.root, backgroundThreads, scheduled);
    }

    public Path root() {
        return root;
    }

    /** Tests: builds commit at least this much source per step (default 1 MB), so small data makes several steps. */
    void minStepBytes(long bytes) {
        builds.minStepBytes(bytes);
    }

    // ---- queries ------------------------------------------------------------------------------

    /**
     * What a query over {@code scope} reads: the SQL of the table (its columns, then {@code
     * accountid}, {@code region}, {@code "date"}) from the valid Parquet files of the days in
     * scope, plus the table's own SQL over the files in scope the cache does not hold.
     *
     * @param sql       the {@code SELECT} to put behind the table's view
     * @param parquet   Parquet files read
     * @param raw       source files read as they are
     * @param rawBytes  their size
     * @param files     every file of the table in scope, cached or not
     */
    public record Read(String sql, List<Path> parquet, int raw, long rawBytes, List<SourceFile> files) {}

    /** @throws QueryFailedException when the source folder is missing */
    public Read read(LocalTable table, Path source, PartitionScope scope) {
        CacheFolder folder = CacheFolder.of(root, table.name(), source);
        // whole days: a day's Parquet holds every account and region, so all of them decide its validity
        PartitionScope days = PartitionScope.days(scope.from(), scope.to());
        List<ListedFile> listing = ListedFile.of(folder.source(), table.find(folder.source(), days));
        CacheManifest manifest = manifest(folder, CacheFolder.schemaFingerprint(table));
        CachePlan.Read read = CachePlan.of(manifest, listing).read(scope);
        List<Path> parquet = read.segments().stream()
                .flatMap(s -> s.files().stream())
                .map(folder::resolve)
                .toList();
        List<String> parts = new ArrayList<>();
        if (!parquet.isEmpty()) {
            parts.add("SELECT * FROM read_parquet("
                    + parquet.stream().map(p -> literal(p.toString())).collect(Collectors.joining(", ", "[", "]"))
                    + ", hive_partitioning = false)" + scopeFilter(scope));
        }
        if (!read.raw().isEmpty() || parquet.isEmpty()) {
            parts.add(table.selectSql(read.raw().stream().map(ListedFile::file).toList()));
        }
        return new Read(
                String.join(" UNION ALL ", parts),
                parquet,
                read.raw().size(),
                read.raw().stream().mapToLong(ListedFile::size).sum(),
                read.all().stream().map(ListedFile::file).toList());
    }

    /**
     * A day's Parquet holds every account and region delivered that day; a scope narrower than
     * that keeps its own rows, in SQL DuckDB pushes into the scan (row-group statistics).
     */
    private static String scopeFilter(PartitionScope scope) {
        List<String> where = new ArrayList<>();
        if (!scope.accounts().isEmpty()) {
            where.add("accountid IN " + literals(scope.accounts()));
        }
        if (!scope.regions().isEmpty()) {
            where.add("lower(region) IN " + literals(scope.regions()));
        }
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }

    /** The committed manifest, parsed once per version of the file; empty when absent or of another schema. */
    private CacheManifest manifest(CacheFolder folder, String schema) {
        CacheManifest empty =
                CacheManifest.empty(schema, folder.table(), folder.source().toString());
        Path file = folder.manifest();
        long stamp;
        try {
            stamp = Files.getLastModifiedTime(file).toMillis() ^ Files.size(file);
        } catch (IOException e) {
            return empty;
        }
        Snapshot known = manifests.get(file);
        if (known != null && known.stamp() == stamp) {
            return known.manifest().matches(schema) ? known.manifest() : empty;
        }
        Optional<CacheManifest> read = ManifestFile.read(file);
        read.ifPresent(m -> manifests.put(file, new Snapshot(stamp, m)));
        return read.filter(m -> m.matches(schema)).orElse(empty);
    }

    private record Snapshot(long stamp, CacheManifest manifest) {}

    /**
     * What {@code cache refresh} did for one table: {@code files} converted ({@code bytes}), {@code
     * unreadable} files DuckDB could not read, {@code cached} source files the cache holds now.
     */
    public record Result(
            Path source, String table, int files, long bytes, int unreadable, int cached, Duration elapsed) {}

    /**
     * Converts, on a background thread at low priority, what the cache lacks of the days in
     * {@code scope}; several calls for one folder before its build starts are merged into it. The
     * build does nothing when another build (in this process or another) holds the folder.
     *
     * @param files the files the query read from the source, for the {@link Scheduled} notice
     * @param bytes their size
     */
    public void buildBehind(LocalTable table, Path source, PartitionScope scope, int files, long bytes) {
        builds.buildBehind(table, source, scope, files, bytes);
    }

    /**
     * Converts everything the cache of {@code table} lacks of {@code source} now, waiting first
     * for another build of it to finish; the calling thread reports progress a few times a
     * second, and its interrupt (Ctrl-C) cancels the build, keeping the steps already committed.
     *
     * @param progress told where the build stands
     * @param waiting  called once when another build (another shell) holds the cache
     * @throws InterruptedException when interrupted; the build is cancelled
     * @throws QueryFailedException when the source folder is missing or DuckDB fails
     */
    public Result refresh(LocalTable table, Path source, Consumer<BuildProgress> progress, Runnable waiting)
            throws InterruptedException {
        return builds.refresh(table, source, progress, waiting);
    }

    // ---- status and clear ---------------------------------------------------------------------

    /**
     * One cache: its table and source, what it holds, when it last changed, and what it lacks
     * of the source now (files new or changed since, and stale segments).
     */
    public record Status(
            String table,
            Path source,
            int files,
            long events,
            long bytes,
            long refreshed,
            int pendingFiles,
            boolean sourceMissing,
            Optional<BuildProgress> building,
            Optional<String> lastFailure) {}

    /** Every cache under the root, of every table, by source. */
    public List<Status> status(List<LocalTable> tables) {
        List<Status> out = new ArrayList<>();
        for (CacheFolder folder : folders(tables)) {
            LocalTable table = tables.stream()
                    .filter(t -> t.name().equals(folder.table()))
                    .findFirst()
                    .orElseThrow();
            CacheManifest manifest = manifest(folder, CacheFolder.schemaFingerprint(table));
            boolean missing = !Files.isDirectory(folder.source());
            int pendingFiles = 0;
            if (!missing) {
                List<ListedFile> listing =
                        ListedFile.of(folder.source(), table.find(folder.source(), PartitionScope.ALL));
                pendingFiles = CachePlan.of(manifest, listing).uncached().size();
            }
            if (manifest.sourceFiles() == 0
                    && pendingFiles == 0
                    && !missing
                    && builds.progress(folder.dir()).isEmpty()
                    && builds.failure(folder.dir()).isEmpty()) {
                continue; // a kind of log the source has no files of: nothing cached, nothing to say
            }
            out.add(new Status(
                    folder.table(),
                    folder.source(),
                    manifest.sourceFiles(),
                    manifest.events(),
                    manifest.bytes(),
                    manifest.refreshed(),
                    pendingFiles,
                    missing,
                    builds.progress(folder.dir()),
                    builds.failure(folder.dir())));
        }
        out.sort(Comparator.comparing((Status s) -> s.source().toString()).thenComparing(Status::table));
        return out;
    }

    /**
     * Deletes the caches of {@code source} (every table), or every cache when empty, waiting for
     * builds of them to stop. Queries afterwards read the source files until a build runs again.
     *
     * @return the sources whose cache was deleted
     */
    public List<Path> clear(List<LocalTable> tables, Optional<Path> source, Runnable waiting)
            throws IOException, InterruptedException {
        List<Path> cleared = new ArrayList<>();
        for (CacheFolder folder : folders(tables)) {
            if (source.isPresent()
                    && !folder.source().equals(source.get().toAbsolutePath().normalize())) {
                continue;
            }
            builds.stop(folder.dir());
            try (CacheLock lock = CacheLock.acquire(folder.lock(), waiting)) {
                FileTree.deleteUnder(folder.dir(), folder.lock());
            }
            Files.deleteIfExists(folder.lock());
            Files.deleteIfExists(folder.dir());
            manifests.remove(folder.manifest());
            cleared.add(folder.source());
        }
        return cleared;
    }

    /** The cache folders that have a manifest (read to learn their source) or a build under way here. */
    private List<CacheFolder> folders(List<LocalTable> tables) {
        List<CacheFolder> out = new ArrayList<>(builds.building().stream()
                .filter(f -> tables.stream().anyMatch(t -> t.name().equals(f.table())))
                .toList());
        for (LocalTable table : tables) {
            Path dir = root.resolve(table.name());
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> keys = Files.list(dir)) {
                for (Path key : keys.filter(Files::isDirectory).toList()) {
                    ManifestFile.read(key.resolve(CacheFolder.MANIFEST))
                            .map(m -> CacheFolder.of(root, table.name(), Path.of(m.source())))
                            .filter(f -> f.dir().equals(key))
                            .filter(f ->
                                    out.stream().noneMatch(known -> known.dir().equals(key)))
                            .ifPresent(out::add);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    // ---- lifecycle ----------------------------------------------------------------------------

    /**
     * Waits for the builds behind queries queued so far, telling {@code progress} where they stand
     * a few times a second; an interrupt (Ctrl-C) cancels them (what they committed stays).
     */
    public void finishBuilds(Consumer<BuildProgress> progress) {
        builds.finishBuilds(progress);
    }

    /** Cancels running builds (their committed steps stay) and stops the background thread. */
    @Override
    public void close() {
        builds.close();
    }

    private static String literals(List<String> values) {
        return values.stream().map(ColumnarCache::literal).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}

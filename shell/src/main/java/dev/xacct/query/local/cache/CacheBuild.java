package dev.xacct.query.local.cache;

import dev.xacct.query.local.FileTree;
import dev.xacct.query.local.LocalTable;
import dev.xacct.shell.PrivateFiles;
import dev.xacct.template.PartitionScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.duckdb.DuckDBPreparedStatement;

/**
 * One build of one cache folder, by the holder of its {@link CacheLock}: converts the uncached
 * source files of the wanted days to Parquet with DuckDB, a step at a time. Each step writes
 * into {@code tmp/}, moves its files into {@code data/DAY/}, then commits a new manifest; so an
 * interrupted or killed build leaves the manifest of its last finished step, and files no
 * manifest names, which the next build deletes.
 *
 * <p>A step is one {@code COPY … TO (FORMAT parquet, PARTITION_BY day)} over whole days of
 * files, so a day's rows land in one file per step, ordered as the files are (by path: account,
 * then region), which lets row-group statistics skip other accounts. A step DuckDB cannot read
 * is split until the unreadable source files are found; those stay out of the cache.
 */
final class CacheBuild {

    /** Retired Parquet files are deleted this long after leaving the manifest. */
    static final Duration RETIRED_GRACE = Duration.ofHours(1);

    private final CacheFolder folder;
    private final LocalTable table;
    private final String schema;
    private final Connection connection;
    private final Consumer<BuildProgress> listener;
    private final long minStepBytes;

    private volatile PreparedStatement current;
    private volatile boolean cancelled;
    private volatile long started;
    private volatile int files;
    private volatile long bytes;
    private volatile int filesDone;
    private volatile long bytesDone;
    private volatile int stepFiles;
    private volatile long stepBytes;

    CacheBuild(
            CacheFolder folder,
            LocalTable table,
            String schema,
            Connection connection,
            Consumer<BuildProgress> listener,
            long minStepBytes) {
        this.folder = folder;
        this.table = table;
        this.schema = schema;
        this.connection = connection;
        this.listener = listener;
        this.minStepBytes = minStepBytes;
    }

    /** What a build did. */
    record Result(int files, long bytes, int unreadable, Duration elapsed, CacheManifest manifest) {}

    /** Thrown by {@link #run} when {@link #cancel()} stopped it; the last committed step stays. */
    static final class Cancelled extends Exception {
        Cancelled() {
            super("cache build cancelled");
        }
    }

    /**
     * Brings the days {@code wanted} up to date with the source folder.
     *
     * @throws Cancelled when {@link #cancel()} was called
     * @throws SQLException when DuckDB fails for another reason than a source file it cannot read
     * @throws IOException when the cache folder cannot be written
     */
    Result run(Predicate<LocalDate> wanted) throws SQLException, IOException, Cancelled {
        started = System.nanoTime();
        CacheFolder.createPrivate(folder.dir());
        CacheManifest manifest = housekeeping(current());
        List<ListedFile> listing = ListedFile.of(folder.source(), table.find(folder.source(), PartitionScope.ALL));
        CachePlan plan = CachePlan.of(manifest, listing);
        CachePlan.Build build = plan.build(wanted);
        files = build.files();
        bytes = build.bytes();
        report();
        Set<CacheManifest.SourceEntry> unreadable = new HashSet<>(manifest.unreadable());
        // entries of files gone or changed are dropped: a changed file is tried again
        unreadable.retainAll(plan.unreadable().stream().map(ListedFile::entry).toList());
        List<CacheManifest.Segment> retire = new ArrayList<>(build.retire());
        for (Map<LocalDate, List<ListedFile>> step : build.steps(minStepBytes)) {
            checkCancelled();
            List<CacheManifest.Segment> added = convert(step, unreadable);
            List<CacheManifest.Segment> removed = retire.stream()
                    .filter(s -> step.containsKey(LocalDate.parse(s.day())))
                    .toList();
            retire.removeAll(removed);
            manifest = commit(manifest.step(now(), removed, added, List.copyOf(unreadable)));
            int n = step.values().stream().mapToInt(List::size).sum();
            filesDone += n;
            bytesDone += step.values().stream()
                    .flatMap(List::stream)
                    .mapToLong(ListedFile::size)
                    .sum();
            stepFiles = 0;
            stepBytes = 0;
            report();
        }
        if (!retire.isEmpty() || !manifest.unreadable().equals(List.copyOf(unreadable))) {
            // stale segments of days with nothing left to convert (their files were deleted)
            manifest = commit(manifest.step(now(), retire, List.of(), List.copyOf(unreadable)));
        }
        return new Result(files, bytes, unreadable.size(), Duration.ofNanos(System.nanoTime() - started), manifest);
    }

    CacheFolder folder() {
        return folder;
    }

    /** Stops the build: the running step's statement is cancelled, no further step starts. */
    void cancel() {
        cancelled = true;
        PreparedStatement statement = current;
        if (statement != null) {
            try {
                statement.cancel();
            } catch (SQLException ignored) {
                // already done
            }
        }
    }

    /** Where the build stands now, with the running step's share estimated from DuckDB's progress. */
    BuildProgress progress() {
        double share = 0;
        if (current instanceof DuckDBPreparedStatement statement) {
            try {
                share = Math.max(0, Math.min(100, statement.getQueryProgress().getPercentage())) / 100;
            } catch (SQLException | RuntimeException ignored) {
                // no progress known for this statement
            }
        }
        return new BuildProgress(
                folder.source().toString(),
                files,
                filesDone + (int) (stepFiles * share),
                bytes,
                bytesDone + (long) (stepBytes * share),
                Duration.ofNanos(System.nanoTime() - started));
    }

    // ---- the manifest before the build ------------------------------------------------------

    /**
     * The committed manifest; an empty one when there is none, and one whose only content is the
     * old files to retire when it was written for another layout or schema: none is read again.
     */
    private CacheManifest current() {
        CacheManifest empty =
                CacheManifest.empty(schema, table.name(), folder.source().toString());
        return ManifestFile.read(folder.manifest())
                .map(m -> m.matches(schema) ? m : empty.retiring(m, now()))
                .orElse(empty);
    }

    /**
     * Deletes what no manifest names (a killed step's {@code tmp/} and files it had moved into
     * {@code data/}) and retired files past their grace; only the lock holder runs this.
     */
    private CacheManifest housekeeping(CacheManifest manifest) throws IOException {
        FileTree.delete(folder.tmp());
        long expiry = now() - RETIRED_GRACE.toMillis();
        Set<String> named = new HashSet<>();
        manifest.segments().forEach(s -> named.addAll(s.files()));
        manifest.retired().stream().filter(r -> r.since() > expiry).forEach(r -> named.add(r.file()));
        folder.deleteDataExcept(named);
        CacheManifest kept = manifest.keepRetired(r -> r.since() > expiry);
        if (!kept.equals(manifest)) {
            kept = commit(kept);
        }
        return kept;
    }

    // ---- steps ------------------------------------------------------------------------------

    /**
     * Converts a step's files; when DuckDB cannot read them, converts each day, then each file of
     * a failing day, alone, so one bad file costs only itself. Files that fail alone go to
     * {@code unreadable}.
     */
    private List<CacheManifest.Segment> convert(
            Map<LocalDate, List<ListedFile>> step, Set<CacheManifest.SourceEntry> unreadable)
            throws SQLException, IOException, Cancelled {
        try {
            return copy(step);
        } catch (SQLException e) {
            checkCancelled();
            if (step.values().stream().mapToInt(List::size).sum() == 1) {
                unreadable.add(step.values().iterator().next().get(0).entry());
                return List.of();
            }
            List<CacheManifest.Segment> out = new ArrayList<>();
            if (step.size() > 1) {
                for (Map.Entry<LocalDate, List<ListedFile>> day : step.entrySet()) {
                    out.addAll(convert(Map.of(day.getKey(), day.getValue()), unreadable));
                }
                return out;
            }
            Map.Entry<LocalDate, List<ListedFile>> day =
                    step.entrySet().iterator().next();
            List<ListedFile> readable = new ArrayList<>();
            for (ListedFile file : day.getValue()) {
                if (readable(file)) {
                    readable.add(file);
                } else {
                    unreadable.add(file.entry());
                }
            }
            // the readable files of the day as one segment, not one per file
            return readable.isEmpty() ? List.of() : copy(Map.of(day.getKey(), readable));
        }
    }

    /** Whether DuckDB converts this file alone: the step's {@code COPY} into {@code tmp/}, then thrown away. */
    private boolean readable(ListedFile file) throws SQLException, IOException, Cancelled {
        Path out = folder.tmp().resolve(UUID.randomUUID().toString());
        try {
            run(List.of(file), out);
            return true;
        } catch (SQLException e) {
            checkCancelled();
            if (notAboutTheFile(e)) {
                throw e;
            }
            return false;
        } finally {
            FileTree.delete(out);
        }
    }

    /** One {@code COPY}: the step's rows into {@code tmp/UUID/xacct_day=DAY/…}, then moved into {@code data/DAY/}. */
    private List<CacheManifest.Segment> copy(Map<LocalDate, List<ListedFile>> step)
            throws SQLException, IOException, Cancelled {
        List<ListedFile> all = step.values().stream()
                .flatMap(List::stream)
                .sorted(Comparator.comparing(ListedFile::relative))
                .toList();
        Path out = folder.tmp().resolve(UUID.randomUUID().toString());
        try {
            run(all, out);
            checkCancelled();
            return place(step, out);
        } finally {
            FileTree.delete(out);
        }
    }

    /** The {@code COPY} of {@code files} into {@code out}, cancellable through {@link #cancel()}. */
    private void run(List<ListedFile> files, Path out) throws SQLException, IOException, Cancelled {
        CacheFolder.createPrivate(folder.tmp());
        String sql = "COPY (SELECT *, replace(\"date\", '/', '-') AS xacct_day FROM ("
                + table.selectSql(files.stream().map(ListedFile::file).toList()) + ")) TO " + literal(out.toString())
                + " (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (xacct_day), FILENAME_PATTERN 'part_{uuid}')";
        stepFiles = files.size();
        stepBytes = files.stream().mapToLong(ListedFile::size).sum();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            current = statement;
            checkCancelled();
            statement.execute();
        } catch (SQLException e) {
            checkCancelled();
            throw e;
        } finally {
            current = null;
        }
    }

    private List<CacheManifest.Segment> place(Map<LocalDate, List<ListedFile>> step, Path out)
            throws SQLException, IOException {
        Map<LocalDate, List<Path>> written = new HashMap<>();
        if (Files.isDirectory(out)) {
            try (Stream<Path> partitions = Files.list(out)) {
                for (Path partition : partitions.toList()) {
                    String name = partition.getFileName().toString();
                    LocalDate day = name.startsWith("xacct_day=") ? parseDay(name.substring(10)) : null;
                    if (day == null || !step.containsKey(day)) {
                        throw new IllegalStateException("the " + table.name() + " table gave rows for " + name
                                + ", outside the delivery days of the files read; its \"date\" column must be the"
                                + " files' delivery day");
                    }
                    try (Stream<Path> parts = Files.list(partition)) {
                        written.put(day, parts.sorted().toList());
                    }
                }
            }
        }
        Map<String, Long> rows =
                rows(written.values().stream().flatMap(List::stream).toList());
        List<CacheManifest.Segment> segments = new ArrayList<>();
        for (Map.Entry<LocalDate, List<ListedFile>> day : step.entrySet()) {
            List<String> files = new ArrayList<>();
            long events = 0;
            long size = 0;
            for (Path part : written.getOrDefault(day.getKey(), List.of())) {
                Path target = folder.data().resolve(day.getKey().toString()).resolve(part.getFileName());
                CacheFolder.createPrivate(target.getParent());
                PrivateFiles.file(part);
                events += rows.getOrDefault(part.toString(), 0L);
                size += Files.size(part);
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                files.add(folder.relative(target));
            }
            segments.add(new CacheManifest.Segment(
                    files,
                    day.getKey().toString(),
                    events,
                    size,
                    day.getValue().stream().map(ListedFile::entry).toList()));
        }
        return segments;
    }

    /** Rows per Parquet file, from the files' footers. */
    private Map<String, Long> rows(List<Path> parts) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        if (parts.isEmpty()) {
            return out;
        }
        String list = parts.stream()
                .map(p -> literal(p.toString()))
                .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        try (PreparedStatement s = connection.prepareStatement(
                        "SELECT file_name, num_rows FROM parquet_file_metadata(" + list + ")");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    // ---- helpers ----------------------------------------------------------------------------

    private CacheManifest commit(CacheManifest manifest) throws IOException {
        ManifestFile.write(folder.manifest(), manifest);
        return manifest;
    }

    private void checkCancelled() throws Cancelled {
        if (cancelled) {
            throw new Cancelled();
        }
    }

    private void report() {
        listener.accept(progress());
    }

    /** Failures of the machine, not of a source file: they must not mark files unreadable. */
    private static boolean notAboutTheFile(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("Out of Memory")
                || message.contains("No space left")
                || message.contains("Disk quota")
                || message.contains("Could not write");
    }

    private static LocalDate parseDay(String text) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static long now() {
        return System.currentTimeMillis();
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}

package dev.xacct.query.local.cache;

import dev.xacct.template.PartitionScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The cache compared with the source folder as it is now. A segment is <em>valid</em> when every
 * source file it was made from is still there with the same size and modification time; its rows
 * are then exactly what those files hold. Every other file (new, changed, or in a segment that a
 * change or a deletion made stale) is <em>uncached</em> and read from the source until a build
 * converts it. Pure: no I/O, so the rules are tested in milliseconds.
 */
final class CachePlan {

    /** A day with more segments than this is rewritten as one when a build touches it. */
    static final int MAX_SEGMENTS_PER_DAY = 4;

    /** A build's smallest step by default (tests make it smaller to see several steps). */
    static final long MIN_STEP_BYTES = 1L << 20;

    private static final long MAX_STEP_BYTES = 64L << 20;
    /** Steps per build at most (fewer when the data is small). */
    private static final int STEPS = 10;

    private final List<CacheManifest.Segment> valid = new ArrayList<>();
    private final List<CacheManifest.Segment> stale = new ArrayList<>();
    private final List<ListedFile> uncached = new ArrayList<>();
    private final List<ListedFile> unreadable = new ArrayList<>();
    private final Map<String, ListedFile> byPath = new HashMap<>();

    private CachePlan(CacheManifest manifest, List<ListedFile> listing) {
        for (ListedFile f : listing) {
            byPath.put(f.relative(), f);
        }
        Set<String> cached = new java.util.HashSet<>();
        for (CacheManifest.Segment segment : manifest.segments()) {
            boolean intact = segment.sources().stream().allMatch(e -> {
                ListedFile now = byPath.get(e.path());
                return now != null && now.sameAs(e);
            });
            if (intact) {
                valid.add(segment);
                segment.sources().forEach(e -> cached.add(e.path()));
            } else {
                stale.add(segment);
            }
        }
        for (ListedFile f : listing) {
            if (!cached.contains(f.relative())) {
                uncached.add(f);
                if (manifest.unreadable().stream().anyMatch(f::sameAs)) {
                    unreadable.add(f);
                }
            }
        }
    }

    static CachePlan of(CacheManifest manifest, List<ListedFile> listing) {
        return new CachePlan(manifest, listing);
    }

    List<CacheManifest.Segment> valid() {
        return List.copyOf(valid);
    }

    /** Segments a file of which changed or disappeared: never read, replaced by the next build of their day. */
    List<CacheManifest.Segment> stale() {
        return List.copyOf(stale);
    }

    List<ListedFile> uncached() {
        return List.copyOf(uncached);
    }

    /** Uncached files DuckDB failed to read and that have not changed since: not tried again. */
    List<ListedFile> unreadable() {
        return List.copyOf(unreadable);
    }

    /**
     * What a query over {@code scope} reads: valid segments with a file in scope, and uncached files
     * in scope. The plan must list every file of the scope's days: a segment holds a whole day.
     */
    Read read(PartitionScope scope) {
        List<CacheManifest.Segment> segments = valid.stream()
                .filter(s -> s.sources().stream().anyMatch(e -> inScope(byPath.get(e.path()), scope)))
                .toList();
        List<ListedFile> raw = uncached.stream().filter(f -> inScope(f, scope)).toList();
        List<ListedFile> all = byPath.values().stream()
                .filter(f -> inScope(f, scope))
                .sorted(java.util.Comparator.comparing(ListedFile::relative))
                .toList();
        return new Read(segments, raw, all);
    }

    /**
     * What a build of the days {@code wanted} does: the uncached files of those days to convert
     * (grouped by day), and the segments it takes out of the manifest: stale ones of those days,
     * and every segment of a day that would otherwise hold too many.
     */
    Build build(Predicate<LocalDate> wanted) {
        Map<LocalDate, List<ListedFile>> convert = new TreeMap<>();
        for (ListedFile f : uncached) {
            if (wanted.test(f.file().date()) && !unreadable.contains(f)) {
                convert.computeIfAbsent(f.file().date(), d -> new ArrayList<>()).add(f);
            }
        }
        Set<CacheManifest.Segment> retire = new LinkedHashSet<>();
        for (CacheManifest.Segment s : stale) {
            if (wanted.test(LocalDate.parse(s.day()))) {
                retire.add(s);
            }
        }
        for (Map.Entry<LocalDate, List<ListedFile>> day : convert.entrySet()) {
            List<CacheManifest.Segment> kept = valid.stream()
                    .filter(s -> s.day().equals(day.getKey().toString()))
                    .toList();
            if (kept.size() + 1 > MAX_SEGMENTS_PER_DAY) {
                retire.addAll(kept);
                kept.forEach(s -> s.sources().forEach(e -> day.getValue().add(byPath.get(e.path()))));
            }
        }
        convert.values().forEach(files -> files.sort(java.util.Comparator.comparing(ListedFile::relative)));
        return new Build(convert, List.copyOf(retire));
    }

    /**
     * Whether a file is in the scope, as the tables' own listing decides it: a file without an
     * account (or region) is outside a scope that names some.
     */
    static boolean inScope(ListedFile f, PartitionScope scope) {
        if (f == null) {
            return false;
        }
        String account = f.file().account();
        String region = f.file().region();
        LocalDate date = f.file().date();
        return (scope.accounts().isEmpty()
                        || (account != null && scope.accounts().contains(account)))
                && (scope.regions().isEmpty()
                        || (region != null && scope.regions().contains(region.toLowerCase(java.util.Locale.ROOT))))
                && (scope.from() == null || !date.isBefore(scope.from()))
                && (scope.to() == null || !date.isAfter(scope.to()));
    }

    /** A query's sources: Parquet {@code segments} and {@code raw} files; {@code all} the files in scope. */
    record Read(List<CacheManifest.Segment> segments, List<ListedFile> raw, List<ListedFile> all) {}

    /** A build's work: files to convert by day, segments to take out. Empty when the days are up to date. */
    record Build(Map<LocalDate, List<ListedFile>> convert, List<CacheManifest.Segment> retire) {
        boolean isEmpty() {
            return convert.isEmpty() && retire.isEmpty();
        }

        int files() {
            return convert.values().stream().mapToInt(List::size).sum();
        }

        long bytes() {
            return convert.values().stream()
                    .flatMap(List::stream)
                    .mapToLong(ListedFile::size)
                    .sum();
        }

        /**
         * The days to convert, in order and whole, cut into steps of about a tenth of the bytes
         * ({@link #STEPS}), no smaller than {@code minStepBytes} (1 MB by default) and no larger
         * than 64 MB: a step is the granularity of a build's commits and progress.
         */
        List<Map<LocalDate, List<ListedFile>>> steps(long minStepBytes) {
            long target = Math.max(minStepBytes, Math.min(MAX_STEP_BYTES, bytes() / STEPS));
            List<Map<LocalDate, List<ListedFile>>> out = new ArrayList<>();
            Map<LocalDate, List<ListedFile>> step = new LinkedHashMap<>();
            long size = 0;
            for (Map.Entry<LocalDate, List<ListedFile>> day : convert.entrySet()) {
                step.put(day.getKey(), day.getValue());
                size += day.getValue().stream().mapToLong(ListedFile::size).sum();
                if (size >= target) {
                    out.add(step);
                    step = new LinkedHashMap<>();
                    size = 0;
                }
            }
            if (!step.isEmpty()) {
                out.add(step);
            }
            return out;
        }
    }
}

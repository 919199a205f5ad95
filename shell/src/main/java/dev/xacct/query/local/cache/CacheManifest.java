package dev.xacct.query.local.cache;

import java.util.List;
import java.util.Objects;

/**
 * What a cache holds, written last by every build step ({@link ManifestFile}): a reader trusts a
 * Parquet file only once a manifest names it, so a build cut short never shows half its work.
 *
 * @param format    the layout version of this cache ({@link #FORMAT}); another value is rebuilt
 * @param schema    fingerprint of the table's columns and reading SQL; another value is rebuilt
 * @param table     the table name, e.g. {@code cloudtrail}
 * @param source    the absolute source folder the cache mirrors
 * @param refreshed when the last build step committed, epoch milliseconds
 * @param segments  the Parquet files, each with the source files it was made from
 * @param retired   Parquet files no longer named, kept a while for queries that read an older manifest
 * @param unreadable source files DuckDB could not read: left out of the cache (a query over them reads
 *                  them from the source and fails as it would without the cache), tried again once they change
 */
public record CacheManifest(
        int format,
        String schema,
        String table,
        String source,
        long refreshed,
        List<Segment> segments,
        List<Retired> retired,
        List<SourceEntry> unreadable) {

    /** Layout version: one Parquet file per delivery day and build step, under {@code data/DAY/}. */
    public static final int FORMAT = 1;

    public CacheManifest {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(source, "source");
        segments = segments == null ? List.of() : List.copyOf(segments);
        retired = retired == null ? List.of() : List.copyOf(retired);
        unreadable = unreadable == null ? List.of() : List.copyOf(unreadable);
    }

    /** An empty cache of {@code table} over {@code source}, at this layout and schema. */
    public static CacheManifest empty(String schema, String table, String source) {
        return new CacheManifest(FORMAT, schema, table, source, 0, List.of(), List.of(), List.of());
    }

    /** Whether this manifest was written for the given layout and schema (else it is rebuilt, not misread). */
    public boolean matches(String schemaFingerprint) {
        return format == FORMAT && Objects.equals(schema, schemaFingerprint);
    }

    /**
     * This manifest after a build step: {@code removed} segments out (their files retired at
     * {@code now}), {@code added} in, {@code unreadable} replacing the list of unreadable files.
     */
    CacheManifest step(long now, List<Segment> removed, List<Segment> added, List<SourceEntry> unreadableNow) {
        List<Segment> kept = new java.util.ArrayList<>(segments);
        kept.removeAll(removed);
        kept.addAll(added);
        List<Retired> retiring = new java.util.ArrayList<>(retired);
        removed.forEach(s -> s.files().forEach(f -> retiring.add(new Retired(f, now))));
        return new CacheManifest(format, schema, table, source, now, kept, retiring, unreadableNow);
    }

    /** An empty manifest that retires every file of {@code old} (written for another layout or schema). */
    CacheManifest retiring(CacheManifest old, long now) {
        List<Retired> retiring = new java.util.ArrayList<>(old.retired());
        old.segments().forEach(s -> s.files().forEach(f -> retiring.add(new Retired(f, now))));
        return new CacheManifest(format, schema, table, source, refreshed, segments, retiring, unreadable);
    }

    /** This manifest with only the retired files {@code keep} accepts. */
    CacheManifest keepRetired(java.util.function.Predicate<Retired> keep) {
        return new CacheManifest(
                format,
                schema,
                table,
                source,
                refreshed,
                segments,
                retired.stream().filter(keep).toList(),
                unreadable);
    }

    public long events() {
        return segments.stream().mapToLong(Segment::events).sum();
    }

    public long bytes() {
        return segments.stream().mapToLong(Segment::bytes).sum();
    }

    public int sourceFiles() {
        return segments.stream().mapToInt(s -> s.sources().size()).sum();
    }

    /**
     * The Parquet output of one build step for one delivery day: the rows of {@code sources}.
     *
     * @param files   paths under the cache folder, {@code /}-separated (e.g. {@code data/2025-06-01/part_….parquet});
     *                usually one, none when the sources hold no events
     * @param day     the delivery day, {@code yyyy-MM-dd}
     * @param events  rows in the files
     * @param bytes   size of the files
     * @param sources the source files they were made from, as they were when read
     */
    public record Segment(List<String> files, String day, long events, long bytes, List<SourceEntry> sources) {
        public Segment {
            files = List.copyOf(files);
            sources = List.copyOf(sources);
        }
    }

    /**
     * A source file as it was when converted: a change of size or modification time, or its
     * disappearance, makes the segment holding it stale.
     *
     * @param path     relative to the source folder, {@code /}-separated
     * @param size     bytes
     * @param modified last modification, epoch milliseconds
     */
    public record SourceEntry(String path, long size, long modified) {}

    /** A Parquet file taken out of the manifest at {@code since} (epoch ms); deleted after a grace period. */
    public record Retired(String file, long since) {}
}

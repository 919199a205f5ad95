package dev.xacct.query.local.cache;

import dev.xacct.query.local.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * A source file with what the cache compares to know whether it changed: its path relative to
 * the source folder, its size and its modification time.
 *
 * @param file     the file and its partition values, as the table found it
 * @param relative path under the source folder, {@code /}-separated
 * @param size     bytes
 * @param modified last modification, epoch milliseconds
 */
record ListedFile(SourceFile file, String relative, long size, long modified) {

    CacheManifest.SourceEntry entry() {
        return new CacheManifest.SourceEntry(relative, size, modified);
    }

    /** Whether a manifest entry describes this file as it is now. */
    boolean sameAs(CacheManifest.SourceEntry entry) {
        return entry.path().equals(relative) && entry.size() == size && entry.modified() == modified;
    }

    /**
     * The table's files under {@code root}, each with its size and time (as its listing saw them,
     * else asked now); a file gone meanwhile is left out.
     */
    static List<ListedFile> of(Path root, List<SourceFile> files) {
        List<ListedFile> out = new ArrayList<>(files.size());
        for (SourceFile f : files) {
            if (f.size() != SourceFile.UNKNOWN && f.modified() != SourceFile.UNKNOWN) {
                out.add(new ListedFile(f, relative(root, f.path()), f.size(), f.modified()));
                continue;
            }
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(f.path(), BasicFileAttributes.class);
            } catch (java.nio.file.NoSuchFileException e) {
                continue; // deleted between the listing and now: it is not part of the table any more
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.add(new ListedFile(
                    f,
                    relative(root, f.path()),
                    attributes.size(),
                    attributes.lastModifiedTime().toMillis()));
        }
        return out;
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}

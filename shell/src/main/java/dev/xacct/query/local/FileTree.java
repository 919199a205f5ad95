package dev.xacct.query.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A folder and everything under it, deleted deepest first (the demo data, a cache, a build's temporary output). */
public final class FileTree {

    private FileTree() {}

    /** Deletes {@code root} and all it holds; nothing when it does not exist. */
    public static void delete(Path root) throws IOException {
        deleteUnder(root, null);
        Files.deleteIfExists(root);
    }

    /** Deletes everything under {@code root} but {@code keep} (which may be null); {@code root} stays. */
    public static void deleteUnder(Path root, Path keep) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(root) && !p.equals(keep)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}

package dev.xacct.query.local;

import dev.xacct.query.QueryFailedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One walk of a source folder for a table's files: each regular file the table recognizes and
 * wants is kept, with the size and time the walk read ({@link SourceFile#seen}); folders by the
 * given names are not entered; an unreadable entry is passed over. Sorted by path.
 */
public final class SourceWalk {

    private SourceWalk() {}

    /**
     * @param what       what the folder should hold, for the error: e.g. {@code CloudTrail}
     * @param recognize  the file as the table sees it, or empty when it is not one of its files
     * @param wanted     whether a recognized file is in the query's scope
     * @throws QueryFailedException when {@code root} is not a folder
     */
    public static List<SourceFile> files(
            Path root,
            String what,
            Set<String> skippedFolders,
            Function<Path, Optional<SourceFile>> recognize,
            Predicate<SourceFile> wanted) {
        if (!Files.isDirectory(root)) {
            throw new QueryFailedException(what + " source folder not found: " + root);
        }
        List<SourceFile> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    Path name = dir.getFileName();
                    return name != null && skippedFolders.contains(name.toString())
                            ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        recognize.apply(file.toAbsolutePath()).filter(wanted).ifPresent(f -> found.add(f.seen(attrs)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(Comparator.comparing(f -> f.path().toString()));
        return List.copyOf(found);
    }
}

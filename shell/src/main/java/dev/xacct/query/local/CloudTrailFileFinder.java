package dev.xacct.query.local;

import dev.xacct.query.QueryFailedException;
import dev.xacct.template.PartitionScope;
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
import java.util.Set;

/**
 * Lists the CloudTrail files under a folder that belong to a {@link PartitionScope}: the local
 * twin of partition projection. Only the files returned are ever opened.
 */
public final class CloudTrailFileFinder {

    /** Digest and Insights deliveries live beside the trail's files but are not events. */
    private static final Set<String> SKIPPED_FOLDERS = Set.of("CloudTrail-Digest", "CloudTrail-Insight");

    private CloudTrailFileFinder() {}

    static List<SourceFile> find(Path root, PartitionScope scope) {
        if (!Files.isDirectory(root)) {
            throw new QueryFailedException("CloudTrail source folder not found: " + root);
        }
        List<SourceFile> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    Path name = dir.getFileName();
                    return name != null && SKIPPED_FOLDERS.contains(name.toString())
                            ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        CloudTrailFile.parse(file.toAbsolutePath())
                                .filter(f -> scope.includes(f.account(), f.region(), f.date()))
                                .ifPresent(f -> found.add(f.seen(attrs)));
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

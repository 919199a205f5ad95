package dev.xacct.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jline.reader.Candidate;

/** Completion of a path being typed: the entries of its folder that start with its last part; folders end in {@code /}. */
final class PathCandidates {

    private static final int MAX = 500;

    private PathCandidates() {}

    static void add(String typed, boolean foldersOnly, List<Candidate> candidates) {
        String expanded = typed.startsWith("~/") ? System.getProperty("user.home") + typed.substring(1) : typed;
        int slash = expanded.lastIndexOf('/');
        String folderText = slash < 0 ? "" : expanded.substring(0, slash + 1);
        String prefix = slash < 0 ? expanded : expanded.substring(slash + 1);
        String typedFolder = slash < 0 ? "" : typed.substring(0, typed.lastIndexOf('/') + 1);
        Path folder = Path.of(folderText.isEmpty() ? "." : folderText);
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> !p.getFileName().toString().startsWith(".") || prefix.startsWith("."))
                    .sorted()
                    .limit(MAX)
                    .forEach(p -> {
                        boolean isFolder = Files.isDirectory(p);
                        if (foldersOnly && !isFolder) {
                            return;
                        }
                        String name = p.getFileName().toString();
                        String value = typedFolder + name + (isFolder ? "/" : "");
                        candidates.add(
                                new Candidate(value, name + (isFolder ? "/" : ""), null, null, null, null, !isFolder));
                    });
        } catch (IOException | RuntimeException e) {
            // a folder that cannot be listed offers nothing
        }
    }
}

package dev.xacct.shell;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** {@code --evidence FILE|DIR} and {@code --file FILE|DIR}: one file, or a folder's JSON files in file-name order. */
public final class InputFiles {
    private InputFiles() {}

    public static boolean isFolder(String given) {
        return Files.isDirectory(Path.of(given));
    }

    public static List<Path> of(String given, String option) {
        Path path = Path.of(given);
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.list(path)) {
                List<Path> json = files.filter(f -> Files.isRegularFile(f)
                                && f.getFileName().toString().endsWith(".json"))
                        .sorted((a, b) -> a.getFileName()
                                .toString()
                                .compareTo(b.getFileName().toString()))
                        .toList();
                if (json.isEmpty()) throw new UserError(given + ": the folder holds no .json files");
                return json;
            } catch (IOException e) {
                throw new UserError(given + ": cannot list the folder (" + FileErrors.reason(e) + ")");
            }
        }
        if (!Files.isRegularFile(path)) throw new UserError(option + " " + given + ": no such file or folder");
        return List.of(path);
    }

    /**
     * A folder's results as one JSON array in file-name order (design.md §1): each entry has the
     * {@code file} name, then the file's result, or {@code error} when the file cannot be read.
     */
    public static ArrayNode jsonArray(List<Path> files, Function<Path, ObjectNode> each) {
        ArrayNode all = JsonNodeFactory.instance.arrayNode();
        for (Path file : files) {
            ObjectNode entry = all.addObject();
            entry.put("file", file.getFileName().toString());
            try {
                entry.setAll(each.apply(file));
            } catch (RuntimeException e) {
                entry.put("error", e.getMessage());
            }
        }
        return all;
    }

    /** The entries of a {@link #jsonArray} that failed, as {@code NAME: error}. */
    public static List<String> failures(ArrayNode results) {
        List<String> failed = new java.util.ArrayList<>();
        results.forEach(entry -> {
            if (entry.has("error"))
                failed.add(
                        entry.path("file").asText() + ": " + entry.path("error").asText());
        });
        return failed;
    }

    /**
     * After a folder's results are printed: a failed file makes the command fail (exit 1), its
     * error on stderr, while the other files' results stand.
     */
    public static void failIfAny(List<String> failed, int total, String what) {
        if (failed.isEmpty()) return;
        throw new UserError(failed.size() + " of " + total + " " + what + (total == 1 ? "" : "s")
                + " could not be read: " + String.join("; ", failed));
    }

    /** The file's name as the user should see it: relative to the folder given, or as given. */
    public static String shown(Path file) {
        return file.toString();
    }
}

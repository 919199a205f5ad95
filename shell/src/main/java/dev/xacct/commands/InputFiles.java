package dev.xacct.commands;

import dev.xacct.shell.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** {@code --evidence FILE|DIR} and {@code --file FILE|DIR}: one file, or a folder's JSON files in file-name order. */
final class InputFiles {
    private InputFiles() {}

    static boolean isFolder(String given) {
        return Files.isDirectory(Path.of(given));
    }

    static List<Path> of(String given, String option) {
        Path path = Path.of(given);
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.list(path)) {
                List<Path> json = files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".json"))
                        .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
                if (json.isEmpty()) throw new UserError(given + ": the folder holds no .json files");
                return json;
            } catch (IOException e) {
                throw new UserError(given + ": cannot list the folder (" + e.getMessage() + ")");
            }
        }
        if (!Files.isRegularFile(path)) throw new UserError(option + " " + given + ": no such file or folder");
        return List.of(path);
    }

    /** The file's name as the user should see it: relative to the folder given, or as given. */
    static String shown(Path file) {
        return file.toString();
    }
}

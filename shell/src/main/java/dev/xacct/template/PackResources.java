package dev.xacct.template;

import dev.xacct.shell.TextFiles;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/** The files of one pack, wherever they live. */
interface PackResources {

    /** How a file of the pack is named to users. */
    String location(String file);

    /** The file's text, or empty when it does not exist. */
    Optional<String> read(String file) throws IOException;

    /** The pack's {@code *.sql} files when the storage can be listed (a folder), else empty. */
    Optional<List<String>> listSql() throws IOException;

    /** Resources found through a class loader (or a plugin jar's own finder). */
    record Classpath(Function<String, URL> finder, String root, String shownAs) implements PackResources {
        @Override
        public String location(String file) {
            return shownAs + "/" + file;
        }

        @Override
        public Optional<String> read(String file) throws IOException {
            URL url = finder.apply(root + "/" + file);
            if (url == null) {
                return Optional.empty();
            }
            URLConnection connection = url.openConnection();
            connection.setUseCaches(false); // a replaced plugin jar must be read afresh
            try (InputStream in = connection.getInputStream()) {
                return Optional.of(TextFiles.decode(in.readAllBytes()));
            }
        }

        @Override
        public Optional<List<String>> listSql() {
            return Optional.empty();
        }
    }

    record Directory(Path dir) implements PackResources {
        @Override
        public String location(String file) {
            return dir.resolve(file).toString();
        }

        @Override
        public Optional<String> read(String file) throws IOException {
            Path p = dir.resolve(file);
            return Files.isRegularFile(p) ? Optional.of(TextFiles.read(p)) : Optional.empty();
        }

        @Override
        public Optional<List<String>> listSql() throws IOException {
            try (Stream<Path> files = Files.list(dir)) {
                return Optional.of(files.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".sql"))
                        .sorted()
                        .toList());
            }
        }
    }
}

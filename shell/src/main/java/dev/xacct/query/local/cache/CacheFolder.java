package dev.xacct.query.local.cache;

import dev.xacct.query.local.LocalTable;
import dev.xacct.query.local.SourceFile;
import dev.xacct.shell.PrivateFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where one cache lives: {@code ROOT/TABLE/KEY/}, KEY a hash of the source folder's absolute
 * path. Inside: {@code manifest.json} (what is valid), {@code data/DAY/*.parquet}, {@code tmp/}
 * (a build step's output before it is moved into {@code data/}) and {@code lock}. Folders are
 * created private (0700), files made 0600: the cache holds account data.
 */
record CacheFolder(Path dir, String table, Path source) {

    static final String MANIFEST = "manifest.json";

    static CacheFolder of(Path root, String table, Path source) {
        Path absolute = source.toAbsolutePath().normalize();
        return new CacheFolder(root.resolve(table).resolve(key(absolute)), table, absolute);
    }

    Path manifest() {
        return dir.resolve(MANIFEST);
    }

    Path lock() {
        return dir.resolve("lock");
    }

    Path data() {
        return dir.resolve("data");
    }

    Path tmp() {
        return dir.resolve("tmp");
    }

    /** The file a manifest names ({@code data/…}, {@code /}-separated). */
    Path resolve(String relative) {
        return dir.resolve(relative);
    }

    String relative(Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    /**
     * Deletes the files of {@code data/} whose {@link #relative} path is not in {@code named},
     * then the day folders left empty.
     */
    void deleteDataExcept(Set<String> named) throws IOException {
        if (!Files.isDirectory(data())) {
            return;
        }
        try (Stream<Path> walk = Files.walk(data())) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                if (!named.contains(relative(file))) {
                    Files.deleteIfExists(file);
                }
            }
        }
        try (Stream<Path> days = Files.list(data())) {
            for (Path day : days.toList()) {
                try (Stream<Path> inside = Files.list(day)) {
                    if (inside.findAny().isEmpty()) {
                        Files.deleteIfExists(day);
                    }
                }
            }
        }
    }

    /** Creates {@code dir} and the missing folders above it as private folders (0700). */
    static void createPrivate(Path dir) throws IOException {
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            createPrivate(parent);
        }
        try {
            PrivateFiles.folder(dir);
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            PrivateFiles.folder(dir); // another build made it meanwhile: now it exists, narrow it
        }
    }

    /**
     * A fingerprint of how the table reads its files (its columns, their types, the reading SQL),
     * taken from the SQL it gives for a sample file. Any change to it, in any table kind, changes
     * the fingerprint, and a cache written under another one is rebuilt instead of misread.
     */
    static String schemaFingerprint(LocalTable table) {
        SourceFile probe = new SourceFile(
                Path.of("/xacct-probe/AWSLogs/000000000000/CloudTrail/us-east-1/2000/01/01/probe.json.gz"),
                "000000000000",
                "us-east-1",
                LocalDate.of(2000, 1, 1));
        return sha256(CacheManifest.FORMAT + "\n" + table.name() + "\n" + table.selectSql(List.of(probe)))
                .substring(0, 32);
    }

    private static String key(Path source) {
        return sha256(source.toString()).substring(0, 16);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}

package dev.xacct.query.local.cache;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xacct.shell.PrivateFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code manifest.json} of a cache folder, read whole and replaced whole: written to a temporary
 * file, forced to disk, then renamed over the old one, so a reader sees the old manifest or the
 * new one, never a mix, and a crash leaves the last complete one.
 */
final class ManifestFile {

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ManifestFile() {}

    /** The manifest, or empty when there is none or it cannot be read (then the cache is rebuilt). */
    static Optional<CacheManifest> read(Path file) {
        try {
            return Optional.of(JSON.readValue(Files.readAllBytes(file), CacheManifest.class));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static void write(Path file, CacheManifest manifest) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            PrivateFiles.file(temporary);
            Files.write(temporary, JSON.writeValueAsBytes(manifest));
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}

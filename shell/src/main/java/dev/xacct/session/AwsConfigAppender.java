package dev.xacct.session;

import dev.xacct.shell.PrivateFiles;
import dev.xacct.shell.UserError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;

/**
 * Appends text to {@code ~/.aws/config} safely: first a backup beside it
 * ({@code config.xacct-backup-YYYYMMDD-HHMMSS}, mode 0600), then the new file written whole and
 * moved over the old one, keeping its permissions. A failed write leaves the old file as it was
 * and says why.
 */
public final class AwsConfigAppender {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rw-------");

    private final Clock clock;

    public AwsConfigAppender(Clock clock) {
        this.clock = clock;
    }

    /**
     * Appends {@code text} (after a blank line) to {@code config}, creating it (and its folder) if needed.
     *
     * @return the backup of the file as it was; empty when there was no file
     */
    public Optional<Path> append(Path config, String text) {
        try {
            Path folder = config.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            String old = Files.exists(config) ? Files.readString(config, StandardCharsets.UTF_8) : "";
            Optional<Path> backup = Optional.empty();
            Set<PosixFilePermission> mode = PRIVATE;
            if (Files.exists(config)) {
                mode = Files.getPosixFilePermissions(config);
                Path copy = folder.resolve(config.getFileName() + ".xacct-backup-" + STAMP.format(clock.instant()));
                Files.writeString(
                        Files.createFile(copy, PosixFilePermissions.asFileAttribute(PRIVATE)),
                        old,
                        StandardCharsets.UTF_8);
                backup = Optional.of(copy);
            }
            String separator = old.isEmpty() ? "" : old.endsWith("\n") ? "\n" : "\n\n";
            Path temp =
                    Files.createTempFile(folder, ".xacct-config-", ".tmp", PosixFilePermissions.asFileAttribute(mode));
            try {
                Files.writeString(temp, old + separator + text, StandardCharsets.UTF_8);
                PrivateFiles.moveOver(temp, config);
            } finally {
                Files.deleteIfExists(temp);
            }
            return backup;
        } catch (IOException | UnsupportedOperationException e) {
            throw new UserError(
                    "cannot write " + config + ": "
                            + (e instanceof IOException io
                                    ? dev.xacct.shell.FileErrors.reason(io)
                                    : "this file system has no POSIX permissions")
                            + "; nothing was changed",
                    e);
        }
    }
}

package dev.xacct.shell;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders that hold account data (history, exports, saved evidence, caches) are the
 * user's alone: folders 0700, files 0600, whatever the umask. On a file system without POSIX
 * permissions (Windows) these are plain creations.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {}

    /** Creates the folder (and missing parents) as 0700; an existing folder is narrowed to 0700. */
    public static Path folder(Path folder) throws IOException {
        if (!POSIX) {
            return Files.createDirectories(folder);
        }
        if (!Files.isDirectory(folder)) {
            Path parent = folder.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                Files.createDirectories(parent);
            }
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER));
        }
        restrict(folder, FOLDER);
        return folder;
    }

    /** Creates the file as 0600 if it is missing; narrows it to 0600 if a library wrote it with the umask's mode. */
    public static void file(Path file) throws IOException {
        if (!POSIX) {
            return;
        }
        if (!Files.exists(file)) {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // someone created it meanwhile: narrow it below
            }
        }
        restrict(file, FILE);
    }

    /** A new empty 0600 file in {@code folder}. */
    public static Path createTempFile(Path folder, String prefix, String suffix) throws IOException {
        if (!POSIX) {
            return Files.createTempFile(folder, prefix, suffix);
        }
        FileAttribute<Set<PosixFilePermission>> mode = PosixFilePermissions.asFileAttribute(FILE);
        return Files.createTempFile(folder, prefix, suffix, mode);
    }

    private static void restrict(Path path, Set<PosixFilePermission> mode) throws IOException {
        if (!Files.getPosixFilePermissions(path).equals(mode)) {
            Files.setPosixFilePermissions(path, mode);
        }
    }
}

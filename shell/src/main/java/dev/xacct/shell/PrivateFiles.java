package dev.xacct.shell;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Files and folders that hold account data (history, exports, saved evidence, caches, the demo
 * data, settings) are the user's alone: folders 0700, files 0600, whatever the umask. Everything
 * xacct creates under its home is created through here, with the mode given at creation (never
 * created loose and narrowed later), and {@link #repair} narrows what an older version or another
 * tool left loose. On a file system without POSIX permissions (Windows) these are plain creations.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> GROUP_OR_OTHER = EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {}

    /**
     * Creates the folder as 0700, and the missing folders above it as 0700 too; an existing
     * folder is narrowed to 0700. For folders xacct owns ({@code ~/.xacct}, its cache).
     */
    public static Path folder(Path folder) throws IOException {
        folders(folder);
        if (POSIX) {
            restrict(folder, FOLDER);
        }
        return folder;
    }

    /**
     * Creates the folder and the missing ones above it as 0700, leaving the existing ones as they
     * are: for a folder the user named ({@code logs pull --dest DIR}), which xacct must not narrow.
     */
    public static Path folders(Path folder) throws IOException {
        if (!POSIX) {
            return Files.createDirectories(folder);
        }
        Path absolute = folder.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return folder;
        }
        Path parent = absolute.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            folders(parent);
        }
        try {
            Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(FOLDER));
        } catch (FileAlreadyExistsException raced) {
            if (!Files.isDirectory(absolute)) {
                throw raced; // a file of that name, not a folder made meanwhile by another build
            }
        }
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
            } catch (FileAlreadyExistsException raced) {
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

    /**
     * Opens {@code file} for writing from its start, created as 0600 (an existing file is
     * truncated and narrowed). The folder must exist.
     */
    public static OutputStream newOutputStream(Path file) throws IOException {
        if (!POSIX) {
            return Files.newOutputStream(file);
        }
        Set<StandardOpenOption> options =
                EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        OutputStream out = Channels.newOutputStream(
                Files.newByteChannel(file, options, PosixFilePermissions.asFileAttribute(FILE)));
        restrict(file, FILE);
        return out;
    }

    /**
     * Replaces {@code file} with {@code text} (UTF-8) as a whole: written to a 0600 file beside it,
     * then renamed over it, so a failure leaves the old content. Missing folders are created 0700.
     */
    public static void writeString(Path file, String text) throws IOException {
        Path absolute = file.toAbsolutePath();
        folders(absolute.getParent());
        Path temporary = createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
            moveOver(temporary, absolute);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Renames {@code written} over {@code target}: atomically where the file system can, so a
     * reader sees the old file or the new one, never a part.
     */
    public static void moveOver(Path written, Path target) throws IOException {
        try {
            Files.move(written, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(written, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Narrows every folder and file below {@code root} (and {@code root}) that a library or a
     * plugin wrote with the umask's mode: read, write and execute for group and others are taken
     * away. Symbolic links are not followed; what belongs to another user is left alone.
     */
    public static void tree(Path root) throws IOException {
        if (!POSIX || !Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                narrow(p);
            }
        }
    }

    /**
     * Repairs the permissions of xacct's home: the home itself becomes 0700, and every entry below
     * it that group or others can reach loses those rights. A folder that is already private is
     * not descended into (whatever is inside it is out of others' reach, and the cache may hold
     * many files); a loose one is repaired with everything inside. Entries {@code skip} accepts
     * (the plugin folder, whose loose jars must be refused, not blessed) are left as they are.
     * Best effort: an entry that cannot be changed (another user's) is left alone.
     */
    public static void repair(Path home, Predicate<Path> skip) {
        if (!POSIX) {
            return;
        }
        try {
            PosixFileAttributes attributes =
                    Files.readAttributes(home, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isDirectory()) {
                return;
            }
            if (!attributes.permissions().equals(FOLDER)) {
                Files.setPosixFilePermissions(home, FOLDER);
            }
            for (Path child : list(home)) {
                if (!skip.test(child)) {
                    repairEntry(child, false);
                }
            }
        } catch (IOException e) {
            // best effort: a home that cannot be read or changed is reported by what then fails to use it
        }
    }

    private static void repairEntry(Path path, boolean insideLoose) throws IOException {
        PosixFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException gone) {
            return;
        }
        boolean loose = attributes.permissions().stream().anyMatch(GROUP_OR_OTHER::contains);
        if (attributes.isRegularFile() || attributes.isDirectory()) {
            narrow(path);
        }
        if (attributes.isDirectory() && (loose || insideLoose)) {
            for (Path child : list(path)) {
                repairEntry(child, true);
            }
        }
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Takes group and other rights away from a file or folder (not a link); another user's is left alone. */
    private static void narrow(Path path) throws IOException {
        PosixFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException gone) {
            return;
        }
        if (attributes.isSymbolicLink() || !(attributes.isRegularFile() || attributes.isDirectory())) {
            return;
        }
        Set<PosixFilePermission> mode = EnumSet.noneOf(PosixFilePermission.class);
        mode.addAll(attributes.permissions());
        if (mode.removeAll(GROUP_OR_OTHER)) {
            try {
                Files.setPosixFilePermissions(path, mode);
            } catch (FileSystemException notOurs) {
                // another user's file: its owner decides (the plugin loader refuses such jars)
            }
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> mode) throws IOException {
        if (!Files.getPosixFilePermissions(path).equals(mode)) {
            Files.setPosixFilePermissions(path, mode);
        }
    }
}

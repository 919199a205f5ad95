package dev.xacct.plugin;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a plugin jar (or the folder it sits in) may be loaded: code runs with the user's rights,
 * so only code that no one else could have put there is loaded, as {@code ssh} treats
 * {@code ~/.ssh}. The jar and its folder must belong to the user (or to root) and must not be
 * writable by group or others. The plugins shipped with xacct are not checked: they are part of
 * the installation, like xacct's own jar.
 */
final class PluginTrust {

    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PluginTrust() {}

    /** Why {@code path} (a jar, a class folder or a plugin folder) must not be loaded from, or empty. */
    static Optional<String> refusal(Path path) {
        if (!POSIX) {
            return Optional.empty();
        }
        PosixFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, PosixFileAttributes.class);
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty(); // reading it fails next, with the reason
        }
        String what = attributes.isDirectory() ? "folder" : "file";
        if (!ownedByUserOrRoot(attributes.owner())) {
            return Optional.of(
                    "refused: the " + what + " belongs to " + attributes.owner().getName()
                            + ", not to you, so someone else could have put code in it; if it is yours: chown "
                            + System.getProperty("user.name") + " '" + path + "' (or remove it)");
        }
        Set<PosixFilePermission> mode = attributes.permissions();
        if (mode.contains(PosixFilePermission.GROUP_WRITE) || mode.contains(PosixFilePermission.OTHERS_WRITE)) {
            String writers = mode.contains(PosixFilePermission.OTHERS_WRITE) ? "every user" : "its group";
            return Optional.of("refused: the " + what + " is writable by " + writers + " ("
                    + PosixFilePermissions.toString(mode) + "), so someone else could have put code in it;"
                    + " if you trust it: chmod go-w '" + path + "'");
        }
        return Optional.empty();
    }

    private static boolean ownedByUserOrRoot(UserPrincipal owner) {
        String name = owner.getName();
        return name.equals("root") || name.equals(System.getProperty("user.name"));
    }
}

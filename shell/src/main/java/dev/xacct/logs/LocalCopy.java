package dev.xacct.logs;

import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Where a pulled object lands and whether it needs copying. The key layout is kept under the
 * destination, so the local engine's {@code --source DEST} reads the partitions from the path.
 */
public final class LocalCopy {

    /** Suffix of the temporary file a download writes before it is moved under its real name. */
    public static final String PART_SUFFIX = ".part";

    private LocalCopy() {}

    /** {@code dest/KEY}; IllegalArgumentException for a key that would leave {@code dest}. */
    public static Path target(Path dest, String key) {
        Path root = dest.toAbsolutePath().normalize();
        Path target = root.resolve(key).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("refusing key outside the destination: " + key);
        }
        return target;
    }

    /**
     * The skip decision: a file already there with the object's size is a finished earlier copy
     * (downloads land under their real name only once complete), anything else is copied again.
     */
    public static boolean upToDate(OptionalLong localSize, long remoteSize) {
        return localSize.isPresent() && localSize.getAsLong() == remoteSize;
    }

    /**
     * A hidden temporary name beside the target, unique per attempt. It ends in {@code .part}, so
     * the local engine never takes it for a CloudTrail file.
     */
    public static Path temporary(Path target, String unique) {
        return target.resolveSibling("." + target.getFileName() + "." + unique + PART_SUFFIX);
    }
}

package dev.xacct;

import java.nio.file.Path;

/** {@code ~/.xacct}, or {@code XACCT_HOME} when set (tests and sandboxes point it elsewhere). */
public final class XacctHome {

    private XacctHome() {}

    public static Path path() {
        String override = System.getenv("XACCT_HOME");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Path.of(System.getProperty("user.home"), ".xacct");
    }

    public static Path plugins() {
        return path().resolve("plugins");
    }

    public static Path templates() {
        return path().resolve("templates");
    }

    public static Path cache() {
        return path().resolve("cache");
    }
}

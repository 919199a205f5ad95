package dev.xacct;

import java.nio.file.Path;

/**
 * {@code ~/.xacct}: {@code XACCT_HOME} when set (tests and sandboxes point it elsewhere), else
 * {@code $HOME/.xacct} (the home the SDK and the AWS CLI read {@code ~/.aws} from), else the JVM's
 * {@code user.home}.
 */
public final class XacctHome {

    private XacctHome() {}

    public static Path path() {
        String override = System.getenv("XACCT_HOME");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String home = System.getenv("HOME");
        return Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"), ".xacct");
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

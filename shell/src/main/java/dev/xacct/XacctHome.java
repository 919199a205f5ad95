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

    /**
     * Makes the home private again if it is loose (created by an older version under a wide umask,
     * or changed by hand): the home 0700, and what group or others could reach below it narrowed.
     * The plugin folder is left as it is: the plugin loader refuses loose jars instead of blessing
     * them. Best effort, at every start; what is already private costs one listing.
     */
    public static void repairPermissions() {
        Path plugins = plugins();
        dev.xacct.shell.PrivateFiles.repair(path(), p -> p.equals(plugins));
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

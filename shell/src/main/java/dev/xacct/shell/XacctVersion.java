package dev.xacct.shell;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version the build stamped into {@code xacct-version.properties}. */
public record XacctVersion(String version, String commit) {

    public static XacctVersion load() {
        Properties properties = new Properties();
        try (InputStream in = XacctVersion.class.getResourceAsStream("/xacct-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // fall through to "unknown"
        }
        return new XacctVersion(properties.getProperty("version", "unknown"), properties.getProperty("commit", ""));
    }
}

package dev.xacct.plugins.vpcflowlogs;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The Maven version this jar was built as (filtered into {@code version.properties}). */
final class PluginVersion {

    private PluginVersion() {}

    static String read() {
        try (InputStream in = PluginVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}

package dev.xacct.plugin.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version a plugin jar was built as, from a {@code version.properties} beside its plugin class
 * ({@code version=${project.version}}, filtered by Maven), for {@link XacctPlugin#version()}.
 */
public final class PluginVersion {

    private PluginVersion() {}

    /** The {@code version} property of {@code version.properties} in {@code plugin}'s package, or {@code unknown}. */
    public static String of(Class<?> plugin) {
        try (InputStream in = plugin.getResourceAsStream("version.properties")) {
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

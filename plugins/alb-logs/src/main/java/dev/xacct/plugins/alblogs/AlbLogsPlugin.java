package dev.xacct.plugins.alblogs;

import dev.xacct.plugin.api.XacctPlugin;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

/**
 * The {@code alb-logs} plugin: one template pack, {@code alb-logs}, with Athena queries over
 * Application Load Balancer access logs. Everything it provides is data in the jar
 * ({@code xacct/templates/alb-logs/}); this class only names it.
 *
 * <p>Registered in {@code META-INF/services/dev.xacct.plugin.api.XacctPlugin}. The
 * constructor does nothing, as the SPI asks: the version is read when it is asked for.
 */
public final class AlbLogsPlugin implements XacctPlugin {
    /** Where the pack sits in the jar; the folder name is the pack's default name. */
    static final String PACK_ROOT = "xacct/templates/alb-logs";

    private static final String VERSION_FILE = "/dev/xacct/plugins/alblogs/version.properties";

    @Override
    public String name() {
        return "alb-logs";
    }

    /** The Maven version this jar was built as (filtered into {@value #VERSION_FILE}). */
    @Override
    public String version() {
        try (InputStream in = AlbLogsPlugin.class.getResourceAsStream(VERSION_FILE)) {
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

    @Override
    public String description() {
        return "Athena queries over Application Load Balancer access logs: top clients, 5xx errors, slow requests, traffic per target";
    }

    @Override
    public List<String> templatePackRoots() {
        return List.of(PACK_ROOT);
    }
}

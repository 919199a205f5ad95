package dev.xacct.plugins.alblogs;

import dev.xacct.plugin.api.PluginVersion;
import dev.xacct.plugin.api.TableKind;
import dev.xacct.plugin.api.XacctPlugin;
import java.util.List;

/**
 * The {@code alb-logs} plugin: the {@code alb_logs} table kind (Application Load Balancer access
 * logs) and the classic {@code elb_logs}, on Athena and locally, and the {@code alb-logs} template
 * pack ({@code xacct/templates/alb-logs/}). Shipped with xacct and loaded by default, from its own
 * jar like any third-party plugin.
 *
 * <p>Registered in {@code META-INF/services/dev.xacct.plugin.api.XacctPlugin}. The
 * constructor does nothing, as the SPI asks: the version is read when it is asked for.
 */
public final class AlbLogsPlugin implements XacctPlugin {
    /** Where the pack sits in the jar; the folder name is the pack's default name. */
    static final String PACK_ROOT = "xacct/templates/alb-logs";

    @Override
    public String name() {
        return "alb-logs";
    }

    /** The Maven version this jar was built as (filtered into {@code version.properties}). */
    @Override
    public String version() {
        return PluginVersion.of(AlbLogsPlugin.class);
    }

    @Override
    public String description() {
        return "Application Load Balancer access logs: the alb_logs table (Athena and local; classic ELB as elb_logs),"
                + " 5xx by target, slow requests, top clients, TLS versions";
    }

    @Override
    public List<String> templatePackRoots() {
        return List.of(PACK_ROOT);
    }

    @Override
    public List<TableKind> tableKinds() {
        return List.of(new AlbLogsKind(), new ClassicElbLogsKind());
    }
}

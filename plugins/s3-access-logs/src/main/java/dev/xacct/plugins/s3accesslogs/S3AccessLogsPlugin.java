package dev.xacct.plugins.s3accesslogs;

import dev.xacct.plugin.api.PluginVersion;
import dev.xacct.plugin.api.TableKind;
import dev.xacct.plugin.api.XacctPlugin;
import java.util.List;

/**
 * The {@code s3-access-logs} plugin: the {@code s3_access_logs} table kind and the
 * {@code s3-access-logs} template pack. Shipped with xacct and loaded by default, from its own jar
 * like any third-party plugin.
 */
public final class S3AccessLogsPlugin implements XacctPlugin {

    @Override
    public String name() {
        return "s3-access-logs";
    }

    @Override
    public String version() {
        return PluginVersion.of(S3AccessLogsPlugin.class);
    }

    @Override
    public String description() {
        return "S3 server access logs: the s3_access_logs table (Athena and local), denied requests, deletes, outside accounts";
    }

    @Override
    public List<String> templatePackRoots() {
        return List.of("xacct/templates/s3-access-logs");
    }

    @Override
    public List<TableKind> tableKinds() {
        return List.of(new S3AccessLogsKind());
    }
}

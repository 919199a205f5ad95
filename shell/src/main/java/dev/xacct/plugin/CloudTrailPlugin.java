package dev.xacct.plugin;

import dev.xacct.plugin.api.TableKind;
import dev.xacct.plugin.api.XacctPlugin;
import dev.xacct.shell.XacctVersion;
import java.util.List;

/**
 * The built-in plugin: the {@code cloudtrail} table kind. Its templates are the built-in
 * {@code cloudtrail} pack; it is compiled into the shell rather than loaded from a jar, but the
 * shell asks it for everything through the same SPI as any plugin.
 */
public final class CloudTrailPlugin implements XacctPlugin {

    @Override
    public String name() {
        return "cloudtrail";
    }

    @Override
    public String version() {
        return XacctVersion.load().version();
    }

    @Override
    public String description() {
        return "AWS CloudTrail: the cloudtrail table (Athena and local) and the cloudtrail template pack";
    }

    @Override
    public List<TableKind> tableKinds() {
        return List.of(new CloudTrailKind());
    }
}

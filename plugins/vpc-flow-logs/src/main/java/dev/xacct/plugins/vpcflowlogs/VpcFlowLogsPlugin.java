package dev.xacct.plugins.vpcflowlogs;

import dev.xacct.plugin.api.PluginVersion;
import dev.xacct.plugin.api.TableKind;
import dev.xacct.plugin.api.XacctPlugin;
import java.util.List;

/**
 * The {@code vpc-flow-logs} plugin: the {@code vpc_flow_logs} table kind and the
 * {@code vpc-flow-logs} template pack. Shipped with xacct and loaded by default, from its own jar
 * like any third-party plugin. Registered in {@code META-INF/services}; the constructor does nothing.
 */
public final class VpcFlowLogsPlugin implements XacctPlugin {

    @Override
    public String name() {
        return "vpc-flow-logs";
    }

    @Override
    public String version() {
        return PluginVersion.of(VpcFlowLogsPlugin.class);
    }

    @Override
    public String description() {
        return "VPC Flow Logs: the vpc_flow_logs table (Athena and local), rejected traffic, top talkers, sensitive ports";
    }

    @Override
    public List<String> templatePackRoots() {
        return List.of("xacct/templates/vpc-flow-logs");
    }

    @Override
    public List<TableKind> tableKinds() {
        return List.of(new VpcFlowLogsKind());
    }
}

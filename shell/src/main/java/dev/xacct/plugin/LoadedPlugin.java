package dev.xacct.plugin;

import dev.xacct.plugin.api.TableKind;
import dev.xacct.plugin.api.XacctPlugin;
import dev.xacct.template.PackLoad;
import java.nio.file.Path;
import java.util.List;

/**
 * A plugin that loaded, with what it provided. Its class loader stays open while it is in use.
 *
 * @param jar        the jar (or class folder) it came from; null for one compiled into the shell
 * @param builtIn    whether it ships with xacct (loaded by default) rather than from the user's folder
 * @param tableKinds the kinds of log it brings, already checked
 */
public record LoadedPlugin(
        String name,
        String version,
        String description,
        Path jar,
        XacctPlugin plugin,
        ClassLoader classLoader,
        PackLoad templatePacks,
        List<TableKind> tableKinds,
        boolean builtIn) {

    public LoadedPlugin {
        tableKinds = List.copyOf(tableKinds);
    }

    /** The same plugin, marked as shipped with xacct. */
    LoadedPlugin asBuiltIn() {
        return new LoadedPlugin(name, version, description, jar, plugin, classLoader, templatePacks, tableKinds, true);
    }

    /** Where it came from, for listings: the jar, or {@code (built in)}. */
    public String origin() {
        return jar == null ? "(built in)" : jar.toString();
    }
}

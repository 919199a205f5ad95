package dev.xacct.plugin;

import dev.xacct.template.PackLoad;
import java.util.ArrayList;
import java.util.List;

/** What a scan or a single load produced: plugins that work and problems to report. */
public record PluginLoadResult(List<LoadedPlugin> plugins, List<PluginProblem> problems) {
    public PluginLoadResult {
        plugins = List.copyOf(plugins);
        problems = List.copyOf(problems);
    }

    /** Every template pack of every loaded plugin, with their load problems, for the catalog. */
    public List<PackLoad> templatePacks() {
        return plugins.stream().map(LoadedPlugin::templatePacks).toList();
    }

    PluginLoadResult plus(PluginLoadResult other) {
        List<LoadedPlugin> p = new ArrayList<>(plugins);
        p.addAll(other.plugins);
        List<PluginProblem> q = new ArrayList<>(problems);
        q.addAll(other.problems);
        return new PluginLoadResult(p, q);
    }
}

package dev.xacct.plugin;

import dev.xacct.XacctHome;
import dev.xacct.plugin.api.TableKind;
import dev.xacct.template.LoadProblem;
import dev.xacct.template.PackLoad;
import dev.xacct.template.TemplateCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What extends the shell: the template catalog (built-in packs, {@code ~/.xacct/templates/},
 * plugin jars) and the plugins loaded so far, with the table kinds they bring. Plugins come from
 * {@code ~/.xacct/plugins/} first, then the ones shipped with xacct ({@link BuiltinPlugins}; a
 * user's jar of the same name replaces a shipped one), then the built-in {@link CloudTrailPlugin}.
 * Loaded on first use, so a run that never touches templates pays nothing for them.
 */
@Component
public class Extensions {

    private final PluginLoader loader = new PluginLoader();
    private final Supplier<List<Path>> builtins;
    private final List<LoadedPlugin> plugins = new ArrayList<>();
    private final List<PluginProblem> pluginProblems = new ArrayList<>();
    private TemplateCatalog catalog;

    @Autowired
    public Extensions() {
        this(BuiltinPlugins::locate);
    }

    /** @param builtins the shipped plugin jars or class folders to load by default */
    public Extensions(Supplier<List<Path>> builtins) {
        this.builtins = builtins;
    }

    public synchronized TemplateCatalog catalog() {
        if (catalog == null) {
            PluginLoadResult user = loader.loadFolder(XacctHome.plugins());
            plugins.addAll(user.plugins());
            pluginProblems.addAll(user.problems());
            Set<String> taken = user.plugins().stream().map(LoadedPlugin::name).collect(Collectors.toSet());
            PluginLoader shipped = new PluginLoader();
            List<PackLoad> packs = new ArrayList<>(user.templatePacks());
            for (Path jar : builtins.get()) {
                PluginLoadResult loaded = shipped.loadJar(jar);
                for (LoadedPlugin p : loaded.plugins()) {
                    if (taken.add(p.name())) {
                        plugins.add(p.asBuiltIn());
                        packs.add(p.templatePacks());
                    }
                }
                pluginProblems.addAll(loaded.problems());
            }
            CloudTrailPlugin cloudTrail = new CloudTrailPlugin();
            plugins.add(new LoadedPlugin(
                    cloudTrail.name(),
                    cloudTrail.version(),
                    cloudTrail.description(),
                    null,
                    cloudTrail,
                    getClass().getClassLoader(),
                    PackLoad.empty(),
                    cloudTrail.tableKinds(),
                    true));
            catalog = TemplateCatalog.load(getClass().getClassLoader(), XacctHome.templates(), packs);
        }
        return catalog;
    }

    public synchronized List<LoadedPlugin> plugins() {
        catalog();
        return List.copyOf(plugins);
    }

    public synchronized Optional<LoadedPlugin> plugin(String name) {
        return plugins().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * Every table kind, CloudTrail's first, then the plugins' in load order; a kind whose name or
     * table another already has is left out (the loader reports it when both are in one session).
     */
    public synchronized List<TableKind> tableKinds() {
        List<TableKind> kinds = new ArrayList<>();
        List<LoadedPlugin> all = plugins();
        all.stream().filter(p -> p.jar() == null).forEach(p -> kinds.addAll(p.tableKinds()));
        for (LoadedPlugin p : all) {
            if (p.jar() == null) {
                continue;
            }
            for (TableKind k : p.tableKinds()) {
                if (kinds.stream()
                        .noneMatch(x -> x.name().equals(k.name()) || x.table().equals(k.table()))) {
                    kinds.add(k);
                }
            }
        }
        return List.copyOf(kinds);
    }

    /** The kind named {@code name} ({@code vpc-flow-logs}) or whose table is {@code name} ({@code vpc_flow_logs}). */
    public synchronized Optional<TableKind> tableKind(String name) {
        return tableKinds().stream()
                .filter(k -> k.name().equals(name) || k.table().equals(name))
                .findFirst();
    }

    /** {@code plugin load PATH}: adds the jar's plugins, their packs and table kinds to this session. */
    public synchronized PluginLoadResult load(Path jar) {
        TemplateCatalog templates = catalog();
        PluginLoadResult found = loader.loadJar(jar);
        List<LoadedPlugin> fresh = new ArrayList<>();
        List<PluginProblem> problems = new ArrayList<>(found.problems());
        for (LoadedPlugin p : found.plugins()) {
            if (plugins.stream().anyMatch(q -> q.name().equals(p.name()))) {
                problems.add(new PluginProblem(
                        jar,
                        "a plugin named '" + p.name() + "' is already loaded"
                                + " (to replace a shipped one, copy the jar to " + XacctHome.plugins()
                                + " and restart)"));
            } else {
                fresh.add(p);
            }
        }
        PluginLoadResult loaded = new PluginLoadResult(fresh, problems);
        plugins.addAll(loaded.plugins());
        pluginProblems.addAll(loaded.problems());
        loaded.templatePacks().forEach(templates::add);
        return loaded;
    }

    /** Everything that was skipped: broken plugin jars and broken packs or templates (file and line). */
    public synchronized List<String> problems() {
        List<String> all = new ArrayList<>();
        pluginProblems.forEach(p -> all.add(p.toString()));
        catalog().problems().stream().map(LoadProblem::toString).forEach(all::add);
        return all;
    }
}

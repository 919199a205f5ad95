package dev.xacct.plugin;

import dev.xacct.XacctHome;
import dev.xacct.plugin.api.TableKind;
import dev.xacct.shell.ShellIO;
import dev.xacct.template.LoadProblem;
import dev.xacct.template.PackLoad;
import dev.xacct.template.TemplateCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What extends the shell: the template catalog (built-in packs, {@code ~/.xacct/templates/},
 * plugin jars) and the plugins loaded so far, with the table kinds they bring. Plugins come from
 * {@code ~/.xacct/plugins/} first, then the ones shipped with xacct ({@link BuiltinPlugins}; a
 * user's jar of the same name replaces a shipped one, never silently: a warning says so at every
 * start), then the built-in {@link CloudTrailPlugin}. A user's jar someone else could have written is
 * refused, with a warning that says how to fix it ({@link PluginTrust}). Loaded on first use, so a
 * run that never touches templates pays nothing for them.
 */
@Component
public class Extensions {

    private final PluginLoader loader = new PluginLoader();
    private final Supplier<List<Path>> builtins;
    private final Consumer<String> warnings;
    private final List<LoadedPlugin> plugins = new ArrayList<>();
    private final List<PluginProblem> pluginProblems = new ArrayList<>();
    private TemplateCatalog catalog;

    @Autowired
    public Extensions(ObjectProvider<ShellIO> io) {
        this(BuiltinPlugins::locate, warning -> {
            PrintWriter err = io.getObject().err();
            err.println("warning: " + warning);
            err.flush();
        });
    }

    /** @param builtins the shipped plugin jars or class folders to load by default */
    public Extensions(Supplier<List<Path>> builtins) {
        this(builtins, warning -> {});
    }

    /**
     * @param builtins the shipped plugin jars or class folders to load by default
     * @param warnings told, once, of each user jar that was refused or that replaces a shipped plugin
     */
    public Extensions(Supplier<List<Path>> builtins, Consumer<String> warnings) {
        this.builtins = builtins;
        this.warnings = warnings;
    }

    public synchronized TemplateCatalog catalog() {
        if (catalog == null) {
            PluginLoadResult user = loader.loadFolder(XacctHome.plugins());
            plugins.addAll(user.plugins());
            pluginProblems.addAll(user.problems());
            user.problems().stream()
                    .filter(p -> p.reason().startsWith("refused"))
                    .forEach(p -> warnings.accept(p.toString()));
            PluginLoader shipped = new PluginLoader();
            // shipped packs first: a user's jar under another name cannot take a shipped pack's name
            List<PackLoad> packs = new ArrayList<>();
            for (Path jar : builtins.get()) {
                PluginLoadResult loaded = shipped.loadShipped(jar);
                for (LoadedPlugin p : loaded.plugins()) {
                    Optional<LoadedPlugin> replacement = user.plugins().stream()
                            .filter(u -> u.name().equals(p.name()))
                            .findFirst();
                    if (replacement.isPresent()) {
                        warnings.accept(replacement.get().jar() + " (" + p.name() + " "
                                + replacement.get().version() + ") replaces the shipped plugin " + p.name() + " "
                                + p.version() + "; remove the jar to use the shipped one");
                    } else {
                        plugins.add(p.asBuiltIn());
                        packs.add(p.templatePacks());
                    }
                }
                pluginProblems.addAll(loaded.problems());
            }
            packs.addAll(user.templatePacks());
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
     * Every table kind, CloudTrail's first, then the shipped plugins', then the others' in load
     * order; a kind whose name or table another already has is left out (the loader reports it when
     * both are in one session), so a user's jar cannot take the name of a shipped kind.
     */
    public synchronized List<TableKind> tableKinds() {
        List<TableKind> kinds = new ArrayList<>();
        List<LoadedPlugin> all = new ArrayList<>(plugins());
        all.sort(java.util.Comparator.comparing(p -> p.builtIn() ? 0 : 1)); // stable: load order within each
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

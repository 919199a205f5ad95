package dev.xacct.plugin;

import dev.xacct.XacctHome;
import dev.xacct.template.LoadProblem;
import dev.xacct.template.TemplateCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What extends the shell: the template catalog (built-in packs, {@code ~/.xacct/templates/},
 * plugin jars in {@code ~/.xacct/plugins/}) and the plugins loaded so far. Loaded on first use,
 * so a run that never touches templates pays nothing for them.
 */
@Component
public class Extensions {

    private final PluginLoader loader = new PluginLoader();
    private final List<LoadedPlugin> plugins = new ArrayList<>();
    private final List<PluginProblem> pluginProblems = new ArrayList<>();
    private TemplateCatalog catalog;

    public synchronized TemplateCatalog catalog() {
        if (catalog == null) {
            PluginLoadResult loaded = loader.loadFolder(XacctHome.plugins());
            plugins.addAll(loaded.plugins());
            pluginProblems.addAll(loaded.problems());
            catalog = TemplateCatalog.load(getClass().getClassLoader(), XacctHome.templates(), loaded.templatePacks());
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

    /** {@code plugin load PATH}: adds the jar's plugins and their packs to this session. */
    public synchronized PluginLoadResult load(Path jar) {
        TemplateCatalog templates = catalog();
        PluginLoadResult loaded = loader.loadJar(jar);
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

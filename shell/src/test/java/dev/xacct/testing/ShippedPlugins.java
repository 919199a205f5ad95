package dev.xacct.testing;

import dev.xacct.plugin.LoadedPlugin;
import dev.xacct.plugin.PluginLoadResult;
import dev.xacct.plugin.PluginLoader;
import dev.xacct.plugin.api.TableKind;
import dev.xacct.template.PackLoad;
import dev.xacct.template.TemplatePack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The plugins shipped with xacct, for in-process tests: loaded from their modules' compiled
 * classes ({@code plugins/NAME/target/classes}, which the reactor builds before the shell) by the
 * real {@link PluginLoader}, each in its own class loader, exactly as the shell loads their jars.
 * They are never on the test class path (surefire excludes them).
 */
public final class ShippedPlugins {

    public static final List<String> NAMES = List.of("alb-logs", "s3-access-logs", "vpc-flow-logs");

    private static List<LoadedPlugin> loaded;

    private ShippedPlugins() {}

    /** The class folders, in name order; fails when a module has not been compiled. */
    public static List<Path> folders() {
        List<Path> out = new ArrayList<>();
        for (String name : NAMES) {
            Path classes =
                    XacctCli.repositoryRoot().resolve("plugins").resolve(name).resolve("target/classes");
            if (!Files.isDirectory(classes.resolve("META-INF/services"))) {
                throw new IllegalStateException("plugin " + name + " is not built: no " + classes
                        + " (run the tests through the reactor: mvn -pl shell -am test …)");
            }
            out.add(classes);
        }
        return out;
    }

    public static synchronized List<LoadedPlugin> plugins() {
        if (loaded == null) {
            PluginLoader loader = new PluginLoader();
            List<LoadedPlugin> all = new ArrayList<>();
            for (Path folder : folders()) {
                PluginLoadResult result = loader.loadJar(folder);
                if (!result.problems().isEmpty()) {
                    throw new IllegalStateException("shipped plugin failed to load: " + result.problems());
                }
                all.addAll(result.plugins());
            }
            loaded = List.copyOf(all);
        }
        return loaded;
    }

    public static List<TableKind> tableKinds() {
        return plugins().stream().flatMap(p -> p.tableKinds().stream()).toList();
    }

    public static TableKind kind(String name) {
        return tableKinds().stream()
                .filter(k -> k.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no shipped kind " + name));
    }

    public static List<PackLoad> packs() {
        return plugins().stream().map(LoadedPlugin::templatePacks).toList();
    }

    public static List<TemplatePack> templatePacks() {
        return packs().stream().flatMap(p -> p.packs().stream()).toList();
    }
}

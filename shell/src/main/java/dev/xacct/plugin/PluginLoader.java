package dev.xacct.plugin;

import dev.xacct.plugin.api.TableKind;
import dev.xacct.plugin.api.XacctPlugin;
import dev.xacct.template.PackLoad;
import dev.xacct.template.PackSource;
import dev.xacct.template.TemplateLoader;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds and loads plugin jars. Each jar gets its own {@link URLClassLoader} whose parent
 * is the class loader of the plugin API, so plugins cannot see each other and a broken one
 * cannot disturb the rest: whatever it throws is reported with the jar and skipped. A user's jar
 * (and the folder it is in) that someone else could have written is refused ({@link PluginTrust});
 * the plugins shipped with xacct are loaded with {@link #loadShipped} and not checked.
 * Not thread-safe: the shell loads plugins from its command loop.
 */
public final class PluginLoader {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern TABLE = Pattern.compile("[a-z_][a-z0-9_]*");
    private final ClassLoader parent;
    private final Set<String> loadedNames = new HashSet<>();
    private final Set<String> kindNames = new HashSet<>();
    private final Set<String> tableNames = new HashSet<>(Set.of("cloudtrail"));

    public PluginLoader() {
        this(XacctPlugin.class.getClassLoader());
    }

    /** @param parent what plugins see besides their own jar; must see {@code dev.xacct.plugin.api} */
    public PluginLoader(ClassLoader parent) {
        this.parent = parent;
    }

    /**
     * Loads every {@code *.jar} in {@code folder} (e.g. {@code ~/.xacct/plugins}), in name order;
     * none when the folder could have been written by someone else.
     */
    public PluginLoadResult loadFolder(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return new PluginLoadResult(List.of(), List.of());
        }
        Optional<String> refused = PluginTrust.refusal(folder);
        if (refused.isPresent()) {
            return failed(folder, refused.get().replace("refused: ", "refused every jar in it: "));
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(folder)) {
            jars = files.filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return new PluginLoadResult(
                    List.of(), List.of(new PluginProblem(folder, "cannot list: " + e.getMessage())));
        }
        PluginLoadResult result = new PluginLoadResult(List.of(), List.of());
        for (Path jar : jars) {
            result = result.plus(loadJar(jar));
        }
        return result;
    }

    /**
     * Loads one jar ({@code plugin load PATH}); a jar may hold several plugins. A folder of
     * classes laid out like a jar loads the same way (a plugin module's {@code target/classes}).
     */
    public PluginLoadResult loadJar(Path jar) {
        Optional<String> refused = Files.exists(jar) ? PluginTrust.refusal(jar) : Optional.empty();
        if (refused.isPresent()) {
            return failed(jar, refused.get());
        }
        return loadShipped(jar);
    }

    /**
     * Loads a jar (or class folder) shipped with xacct: as {@link #loadJar}, without the ownership
     * and mode check (the installation is trusted as xacct's own jar is).
     */
    public PluginLoadResult loadShipped(Path jar) {
        if (!Files.isRegularFile(jar) && !Files.isDirectory(jar)) {
            return failed(jar, "no such file");
        }
        String notJar = Files.isRegularFile(jar) ? notAJar(jar) : null;
        if (notJar != null) {
            return failed(jar, notJar);
        }
        URLClassLoader loader;
        try {
            loader = new URLClassLoader(
                    "xacct-plugin:" + jar.getFileName(), new URL[] {jar.toUri().toURL()}, parent);
        } catch (MalformedURLException e) {
            return failed(jar, "not a loadable path: " + e.getMessage());
        }
        List<LoadedPlugin> plugins = new ArrayList<>();
        List<PluginProblem> problems = new ArrayList<>();
        try {
            ServiceLoader<XacctPlugin> services = ServiceLoader.load(XacctPlugin.class, loader);
            var providers = services.stream()
                    // Only this jar's providers, not any the parent class loader can also see.
                    .filter(p -> p.type().getClassLoader() == loader)
                    .toList();
            if (providers.isEmpty()) {
                problems.add(new PluginProblem(
                        jar,
                        Files.isDirectory(jar)
                                ? "no plugin: this is a folder without META-INF/services/"
                                        + XacctPlugin.class.getName()
                                        + " (give a plugin .jar, or a plugin's class folder such as target/classes)"
                                : "no plugin: the jar has no META-INF/services/" + XacctPlugin.class.getName()
                                        + " naming an implementation"));
            }
            for (ServiceLoader.Provider<XacctPlugin> provider : providers) {
                try {
                    plugins.add(describe(jar, loader, provider.get()));
                } catch (RuntimeException | LinkageError e) {
                    problems.add(new PluginProblem(jar, provider.type().getName() + " failed: " + reason(e)));
                }
            }
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
            problems.add(new PluginProblem(jar, "broken plugin: " + reason(e)));
        }
        if (plugins.isEmpty()) {
            try {
                loader.close();
            } catch (IOException ignored) {
                // nothing was loaded from it; a failed close only leaks a file handle
            }
        }
        return new PluginLoadResult(plugins, problems);
    }

    private LoadedPlugin describe(Path jar, URLClassLoader loader, XacctPlugin plugin) {
        String name = plugin.name();
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalStateException("plugin name '" + name + "' must be lower case letters, digits and dashes");
        }
        if (loadedNames.contains(name)) {
            throw new IllegalStateException("a plugin named '" + name + "' is already loaded");
        }
        String version = plugin.version() == null ? "?" : plugin.version();
        String description = plugin.description() == null ? "" : plugin.description();
        PackLoad packs = PackLoad.empty();
        for (String root : plugin.templatePackRoots()) {
            packs = packs.plus(TemplateLoader.pluginPack(
                    loader::findResource, root, new PackSource.Plugin(name, jar, root), jar.toString()));
        }
        List<TableKind> kinds = checkedKinds(plugin);
        loadedNames.add(name);
        kinds.forEach(k -> {
            kindNames.add(k.name());
            tableNames.add(k.table());
        });
        return new LoadedPlugin(name, version, description, jar, plugin, loader, packs, kinds, false);
    }

    /** The plugin's table kinds, each with a valid, unused kind name and table name. */
    private List<TableKind> checkedKinds(XacctPlugin plugin) {
        List<TableKind> kinds = plugin.tableKinds() == null ? List.of() : List.copyOf(plugin.tableKinds());
        Set<String> names = new HashSet<>();
        Set<String> tables = new HashSet<>();
        for (TableKind kind : kinds) {
            String name = kind.name();
            String table = kind.table();
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalStateException(
                        "table kind '" + name + "' must be lower case letters, digits and dashes");
            }
            if (table == null || !TABLE.matcher(table).matches()) {
                throw new IllegalStateException(
                        "table kind " + name + ": table '" + table + "' is not a lower-case identifier");
            }
            if (kindNames.contains(name) || !names.add(name) || name.equals("cloudtrail")) {
                throw new IllegalStateException("a table kind named '" + name + "' is already loaded");
            }
            if (tableNames.contains(table) || !tables.add(table)) {
                throw new IllegalStateException(
                        "table kind " + name + ": a table named '" + table + "' is already loaded");
            }
            if (kind.columns().isEmpty() || kind.layouts().stream().noneMatch(l -> l.inS3())) {
                throw new IllegalStateException("table kind " + name + " has no columns or no S3 layout");
            }
        }
        return kinds;
    }

    /**
     * Why the file cannot be a plugin jar (a jar is a zip), or null when it opens as one. The class
     * loader would silently see no classes in it and the error would blame a missing service file.
     */
    private static String notAJar(Path jar) {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            return null;
        } catch (java.util.zip.ZipException e) {
            return "not a jar file (a plugin is a .jar, which is a zip archive; this file is not one)";
        } catch (IOException e) {
            return "cannot read it (" + e.getMessage() + ")";
        }
    }

    private static PluginLoadResult failed(Path jar, String reason) {
        return new PluginLoadResult(List.of(), List.of(new PluginProblem(jar, reason)));
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage();
        return root.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
    }
}

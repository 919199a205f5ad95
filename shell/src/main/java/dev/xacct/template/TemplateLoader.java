package dev.xacct.template;

import dev.xacct.shell.FileErrors;
import dev.xacct.shell.TextFiles;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Loads template packs from the class path, from folders and from plugin jars. A broken
 * pack.yaml skips its pack, a broken template skips only itself; each is reported with
 * file and line, and everything else loads.
 */
public final class TemplateLoader {
    /** Where packs live on the class path. */
    public static final String CLASSPATH_ROOT = "xacct/templates";
    /** The packs the {@code templates} module ships; a class path cannot be listed, so they are named here. */
    public static final List<String> BUILT_IN_PACKS = List.of("cloudtrail");

    private TemplateLoader() {}

    /** The built-in packs, read through {@code classLoader}. */
    public static PackLoad builtIns(ClassLoader classLoader) {
        PackLoad load = PackLoad.empty();
        for (String pack : BUILT_IN_PACKS) {
            String root = CLASSPATH_ROOT + "/" + pack;
            load = load.plus(read(
                    new PackResources.Classpath(classLoader::getResource, root, "classpath:" + root),
                    new PackSource.Classpath(root),
                    pack));
        }
        return load;
    }

    /**
     * A pack inside a plugin jar. {@code finder} must look only inside the jar (e.g.
     * {@code URLClassLoader::findResource}), not in the parent class loader, or a plugin
     * could shadow a built-in pack's files by accident.
     */
    public static PackLoad pluginPack(
            Function<String, URL> finder, String root, PackSource.Plugin source, String shownAs) {
        String clean = root.replaceAll("^/+|/+$", "");
        return read(new PackResources.Classpath(finder, clean, shownAs + "!/" + clean), source, lastSegment(clean));
    }

    /**
     * Every pack folder under {@code root} (e.g. {@code ~/.xacct/templates}): each
     * sub-folder with a {@code pack.yaml}. A missing root is no packs, not an error.
     */
    public static PackLoad directory(Path root) {
        if (root == null || !Files.isDirectory(root)) {
            return PackLoad.empty();
        }
        List<Path> dirs;
        try (Stream<Path> s = Files.list(root)) {
            dirs = s.filter(Files::isDirectory)
                    .filter(d -> Files.isRegularFile(d.resolve("pack.yaml")))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return new PackLoad(
                    List.of(), List.of(new LoadProblem(root.toString(), 0, "cannot list: " + FileErrors.reason(e))));
        }
        PackLoad load = PackLoad.empty();
        for (Path dir : dirs) {
            load = load.plus(packDirectory(dir));
        }
        return load;
    }

    /** One pack folder holding a {@code pack.yaml}. */
    public static PackLoad packDirectory(Path dir) {
        return read(
                new PackResources.Directory(dir),
                new PackSource.Directory(dir),
                dir.getFileName().toString());
    }

    static PackLoad read(PackResources files, PackSource source, String defaultName) {
        List<LoadProblem> problems = new ArrayList<>();
        PackManifest manifest;
        try {
            Optional<String> yaml = files.read("pack.yaml");
            if (yaml.isEmpty()) {
                return new PackLoad(List.of(), List.of(new LoadProblem(files.location("pack.yaml"), 0, "not found")));
            }
            manifest = PackManifest.parse(files.location("pack.yaml"), yaml.get(), defaultName);
        } catch (TemplateFormatException e) {
            return new PackLoad(List.of(), List.of(e.toProblem()));
        } catch (IOException e) {
            return new PackLoad(
                    List.of(), List.of(new LoadProblem(files.location("pack.yaml"), lineOf(e), FileErrors.reason(e))));
        }
        List<String> names;
        try {
            Optional<List<String>> listed =
                    manifest.templates() != null ? Optional.of(manifest.templates()) : files.listSql();
            if (listed.isEmpty()) {
                return new PackLoad(
                        List.of(),
                        List.of(new LoadProblem(
                                files.location("pack.yaml"),
                                0,
                                "no 'templates:' list (required for packs on the class path or in a jar)")));
            }
            names = listed.get();
        } catch (IOException e) {
            return new PackLoad(List.of(), List.of(new LoadProblem(files.location(""), 0, FileErrors.reason(e))));
        }
        List<Template> templates = new ArrayList<>();
        for (String file : names) {
            try {
                Optional<String> text = files.read(file);
                if (text.isEmpty()) {
                    problems.add(new LoadProblem(files.location(file), 0, "listed in pack.yaml but not found"));
                    continue;
                }
                Template t = TemplateParser.parse(manifest.name(), file, files.location(file), text.get());
                if (templates.stream().anyMatch(x -> x.name().equals(t.name()))) {
                    problems.add(new LoadProblem(files.location(file), 0, "template '" + t.name() + "' listed twice"));
                    continue;
                }
                templates.add(t);
            } catch (TemplateFormatException e) {
                problems.add(e.toProblem());
            } catch (IOException e) {
                problems.add(new LoadProblem(files.location(file), lineOf(e), FileErrors.reason(e)));
            }
        }
        TemplatePack pack = new TemplatePack(
                manifest.name(), manifest.title(), manifest.version(), manifest.description(), source, templates);
        return new PackLoad(List.of(pack), problems);
    }

    /** The line a read failed on, when known (a byte that is not UTF-8), else 0. */
    private static int lineOf(IOException e) {
        return e instanceof TextFiles.NotUtf8Exception notUtf8 ? (int) notUtf8.line() : 0;
    }

    private static String lastSegment(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}

package dev.xacct.template;

import dev.xacct.shell.Suggestions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every loaded pack, in load order: built-in, then plugins, then the user's folder. A pack
 * whose name is already taken is reported and skipped (first one wins), so a user pack
 * cannot silently replace a built-in one.
 */
public final class TemplateCatalog {
    private final List<TemplatePack> packs = new ArrayList<>();
    private final List<LoadProblem> problems = new ArrayList<>();

    /** The usual catalog: built-in packs, plugin packs, then {@code userRoot} (may be null or missing). */
    public static TemplateCatalog load(ClassLoader builtIns, Path userRoot, List<PackLoad> pluginPacks) {
        TemplateCatalog catalog = new TemplateCatalog();
        catalog.add(TemplateLoader.builtIns(builtIns));
        pluginPacks.forEach(catalog::add);
        catalog.add(TemplateLoader.directory(userRoot));
        return catalog;
    }

    /** Adds loaded packs (e.g. from a plugin loaded at run time) and their problems. */
    public synchronized void add(PackLoad load) {
        problems.addAll(load.problems());
        for (TemplatePack pack : load.packs()) {
            Optional<TemplatePack> taken = pack(pack.name());
            if (taken.isPresent()) {
                problems.add(new LoadProblem(
                        describe(pack.source()),
                        0,
                        "pack '" + pack.name() + "' is already loaded from "
                                + describe(taken.get().source()) + "; skipped"));
            } else {
                packs.add(pack);
            }
        }
    }

    public synchronized List<TemplatePack> packs() {
        return List.copyOf(packs);
    }

    public synchronized List<LoadProblem> problems() {
        return List.copyOf(problems);
    }

    /** The pack of that name (names are unique: a later pack with a taken name was skipped). */
    public synchronized Optional<TemplatePack> pack(String name) {
        return packs.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** All templates, sorted by id. */
    public synchronized List<Template> templates() {
        return packs.stream()
                .flatMap(p -> p.templates().stream())
                .sorted(Comparator.comparing(Template::id))
                .toList();
    }

    /** Finds {@code PACK/NAME}, or a bare {@code NAME} that only one pack has. */
    public synchronized TemplateLookup find(String reference) {
        String ref = reference.trim();
        List<String> ids = templates().stream().map(Template::id).toList();
        int slash = ref.indexOf('/');
        if (slash >= 0) {
            String packName = ref.substring(0, slash);
            String name = ref.substring(slash + 1);
            Optional<Template> t = pack(packName).flatMap(p -> p.template(name));
            if (t.isPresent()) {
                return new TemplateLookup.Found(t.get());
            }
            List<String> close = Suggestions.closest(ref, ids, 5);
            String why = pack(packName).isEmpty() ? "no pack '" + packName + "'" : "no template '" + ref + "'";
            return notFound(ref, close, why);
        }
        List<Template> byName =
                templates().stream().filter(t -> t.name().equals(ref)).toList();
        if (byName.size() == 1) {
            return new TemplateLookup.Found(byName.get(0));
        }
        if (byName.size() > 1) {
            return notFound(ref, byName.stream().map(Template::id).toList(), "'" + ref + "' is in several packs");
        }
        List<String> names = templates().stream().map(Template::name).toList();
        List<String> close = Suggestions.closest(ref, names, 5).stream()
                .flatMap(n ->
                        templates().stream().filter(t -> t.name().equals(n)).map(Template::id))
                .distinct()
                .limit(5)
                .toList();
        return notFound(ref, close, "no template '" + ref + "'");
    }

    private static TemplateLookup.NotFound notFound(String ref, List<String> close, String why) {
        String message = why + Suggestions.didYouMean(close, "; 'templates' lists them all");
        return new TemplateLookup.NotFound(ref, close, message);
    }

    private static String describe(PackSource source) {
        if (source instanceof PackSource.Classpath c) {
            return "classpath:" + c.root();
        } else if (source instanceof PackSource.Directory d) {
            return d.dir().toString();
        }
        PackSource.Plugin p = (PackSource.Plugin) source;
        return "plugin " + p.plugin() + " (" + p.jar() + ")";
    }
}

package dev.xacct.commands;

import dev.xacct.plugin.Extensions;
import dev.xacct.plugin.LoadedPlugin;
import dev.xacct.plugin.PluginLoadResult;
import dev.xacct.render.Column;
import dev.xacct.render.OutputFormat;
import dev.xacct.render.Renderer;
import dev.xacct.shell.UserError;
import dev.xacct.template.TemplatePack;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code plugins}, {@code plugin load}, {@code plugin info}. */
@Component
public class PluginCommands {

    private static final List<Column> COLUMNS = List.of(
            Column.text("plugin"),
            Column.text("version"),
            Column.text("packs"),
            Column.text("jar"),
            Column.text("description"));

    private final Extensions extensions;

    public PluginCommands(Extensions extensions) {
        this.extensions = extensions;
    }

    @Command(
            name = "plugins",
            group = "Plugins",
            description = "List loaded plugins (jars in ~/.xacct/plugins and 'plugin load')")
    public void plugins(
            CommandContext context,
            @Option(
                            longName = "format",
                            defaultValue = "table",
                            description = "table, vertical, csv, tsv, json or markdown")
                    OutputFormat format) {
        new Renderer(context.outputWriter())
                .printRecords(
                        COLUMNS,
                        extensions.plugins().stream()
                                .map(PluginCommands::record)
                                .toList(),
                        format);
        List<String> problems = extensions.problems();
        if (!problems.isEmpty() && format == OutputFormat.TABLE) {
            context.outputWriter().println("Skipped:");
            problems.forEach(p -> context.outputWriter().println("  " + p));
        }
    }

    @Command(
            name = "plugin load",
            group = "Plugins",
            description = "Load a plugin jar into this session",
            help = "Usage: plugin load PATH.jar   (to load it at every start, copy it to ~/.xacct/plugins/)")
    public void load(CommandContext context, @Argument(index = 0, description = "path of the plugin jar") String path) {
        if (path == null) {
            throw new dev.xacct.shell.UsageError("give the path of a plugin jar: plugin load PATH.jar");
        }
        PluginLoadResult result = extensions.load(Path.of(path).toAbsolutePath().normalize());
        if (result.plugins().isEmpty()) {
            throw new UserError(
                    result.problems().isEmpty()
                            ? "no plugin in " + path
                            : String.join(
                                    "; ",
                                    result.problems().stream()
                                            .map(Object::toString)
                                            .toList()));
        }
        for (LoadedPlugin plugin : result.plugins()) {
            context.outputWriter()
                    .println("loaded " + plugin.name() + " " + plugin.version() + ": packs "
                            + String.join(", ", packNames(plugin)));
        }
        result.problems().forEach(p -> context.outputWriter().println("skipped: " + p));
    }

    @Command(
            name = "plugin info",
            group = "Plugins",
            description = "Show one plugin: version, jar, packs and templates",
            help = "Usage: plugin info NAME")
    public void info(
            CommandContext context,
            @Argument(index = 0, description = "plugin name") String name,
            @Option(longName = "format", defaultValue = "table", description = "table or json") OutputFormat format) {
        LoadedPlugin plugin = extensions
                .plugin(name == null ? "" : name)
                .orElseThrow(() -> new UserError("no plugin '" + name + "'; loaded: "
                        + (extensions.plugins().isEmpty()
                                ? "none"
                                : String.join(
                                        ", ",
                                        extensions.plugins().stream()
                                                .map(LoadedPlugin::name)
                                                .toList()))));
        Map<String, Object> record = record(plugin);
        record.put(
                "templates",
                plugin.templatePacks().packs().stream()
                        .flatMap(p -> p.templates().stream())
                        .map(t -> t.id())
                        .toList());
        new Renderer(context.outputWriter()).printRecord(record, format);
    }

    private static Map<String, Object> record(LoadedPlugin plugin) {
        Map<String, Object> record = Renderer.record();
        record.put("plugin", plugin.name());
        record.put("version", plugin.version());
        record.put("packs", String.join(", ", packNames(plugin)));
        record.put("jar", plugin.origin());
        record.put("description", plugin.description());
        return record;
    }

    private static List<String> packNames(LoadedPlugin plugin) {
        return plugin.templatePacks().packs().stream().map(TemplatePack::name).toList();
    }
}

package dev.xacct.commands;

import dev.xacct.plugin.Extensions;
import dev.xacct.query.service.TemplateReference;
import dev.xacct.render.Column;
import dev.xacct.render.OutputFormat;
import dev.xacct.render.Renderer;
import dev.xacct.render.ResultStream;
import dev.xacct.shell.FileErrors;
import dev.xacct.shell.UserError;
import dev.xacct.template.LoadProblem;
import dev.xacct.template.Parameter;
import dev.xacct.template.Template;
import dev.xacct.template.TemplatePack;
import dev.xacct.template.lint.LintFinding;
import dev.xacct.template.lint.Severity;
import dev.xacct.template.lint.TemplateLinter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code templates}, {@code template show}, {@code template lint}. */
@Component
public class TemplateCommands {

    private final Extensions extensions;

    public TemplateCommands(Extensions extensions) {
        this.extensions = extensions;
    }

    @Command(
            name = "templates",
            group = "Templates",
            description = "List query templates, of every pack or of one",
            help = "Usage: templates [PACK]   e.g. templates cloudtrail",
            completionProvider = "packNames")
    public void templates(
            CommandContext context,
            @Argument(index = 0, description = "a pack name") String pack,
            @Option(
                            longName = "format",
                            defaultValue = "table",
                            description = "table, vertical, csv, tsv, json or markdown")
                    OutputFormat format) {
        List<TemplatePack> packs = extensions.catalog().packs();
        if (pack != null) {
            packs = List.of(extensions
                    .catalog()
                    .pack(pack)
                    .orElseThrow(() -> new UserError("no template pack '" + pack + "'; packs: "
                            + String.join(
                                    ", ",
                                    extensions.catalog().packs().stream()
                                            .map(TemplatePack::name)
                                            .toList()))));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (TemplatePack p : packs) {
            for (Template t : p.templates()) {
                rows.add(Arrays.asList(t.id(), t.title(), String.join(",", t.engines()), parameterSummary(t)));
            }
        }
        new Renderer(context.outputWriter())
                .print(
                        ResultStream.of(
                                List.of(
                                        Column.text("template"),
                                        Column.text("title"),
                                        Column.text("engines"),
                                        Column.text("parameters")),
                                rows),
                        format);
        reportProblems(context);
    }

    @Command(
            name = "template show",
            group = "Templates",
            description = "Show a template: parameters and SQL",
            help = "Usage: template show PACK/NAME   e.g. template show cloudtrail/console-logins",
            completionProvider = "templateNames")
    public void show(
            CommandContext context,
            @Argument(index = 0, description = "PACK/NAME") String reference,
            @Option(longName = "format", defaultValue = "table", description = "table or json") OutputFormat format) {
        Template template = find(reference);
        Renderer renderer = new Renderer(context.outputWriter());
        if (format == OutputFormat.JSON) {
            Map<String, Object> doc = Renderer.record();
            doc.put("template", template.id());
            doc.put("title", template.title());
            doc.put("description", template.description());
            doc.put("engines", template.engines());
            doc.put("table", template.table());
            doc.put(
                    "parameters",
                    template.parameters().stream()
                            .map(TemplateCommands::parameterRecord)
                            .toList());
            doc.put("sql", template.sql());
            renderer.printJson(doc);
            return;
        }
        var out = context.outputWriter();
        out.println(template.id() + " — " + template.title());
        if (template.description() != null && !template.description().isBlank()) {
            out.println(template.description().strip());
        }
        out.println("engines: " + String.join(", ", template.engines()) + "    table: " + template.table());
        out.println();
        renderer.printRecords(
                List.of(
                        Column.text("parameter"),
                        Column.text("type"),
                        Column.text("required"),
                        Column.text("default"),
                        Column.text("description")),
                template.parameters().stream()
                        .map(TemplateCommands::parameterRecord)
                        .toList(),
                format);
        out.println();
        out.println(template.sql().strip());
        out.println();
        out.println("Run it: query run " + template.id() + " " + exampleParams(template));
    }

    @Command(
            name = "template lint",
            group = "Templates",
            description = "Check templates: SQL parsed with Trino's parser, Athena DDL rules, partition predicates",
            help = "Usage: template lint [PACK/NAME | PACK | PATH]   (no argument: every template)",
            completionProvider = "templateNames")
    public void lint(
            CommandContext context,
            @Argument(index = 0, description = "PACK/NAME, a pack, a .sql file or a folder") String target,
            @Option(longName = "format", defaultValue = "table", description = "table, csv, json…")
                    OutputFormat format) {
        TemplateLinter linter = new TemplateLinter();
        List<LintFinding> findings = new ArrayList<>();
        int checked;
        if (target == null) {
            List<TemplatePack> packs = extensions.catalog().packs();
            packs.forEach(p -> findings.addAll(linter.lintPack(p)));
            List<LoadProblem> failed = extensions.catalog().problems();
            failed.forEach(p -> findings.add(TemplateLinter.loadFailure(p)));
            checked = packs.stream().mapToInt(p -> p.templates().size()).sum() + failed.size();
        } else if (Files.exists(Path.of(target))) {
            Path path = Path.of(target);
            findings.addAll(linter.lintPath(path));
            checked = Files.isDirectory(path) ? countSqlFiles(path) : 1;
        } else if (!target.contains("/") && extensions.catalog().pack(target).isPresent()) {
            TemplatePack pack = extensions.catalog().pack(target).get();
            findings.addAll(linter.lintPack(pack));
            // files of the pack that did not load count too: "0 errors" while two files failed would be a lie
            List<LoadProblem> failed = extensions.catalog().problems().stream()
                    .filter(p -> p.file().replace('\\', '/').contains("/" + pack.name() + "/"))
                    .toList();
            failed.forEach(p -> findings.add(TemplateLinter.loadFailure(p)));
            checked = pack.templates().size() + failed.size();
        } else if (target.startsWith("/")
                || target.startsWith(".")
                || target.startsWith("~")
                || target.endsWith(".sql")) {
            throw new UserError("cannot read " + target + ": no such file or folder");
        } else {
            findings.addAll(linter.lint(find(target)));
            checked = 1;
        }
        List<List<Object>> rows = findings.stream()
                .<List<Object>>map(f -> Arrays.asList(
                        f.severity().name().toLowerCase(java.util.Locale.ROOT),
                        f.file() + ":" + f.line(),
                        f.rule(),
                        f.message(),
                        f.hint()))
                .toList();
        long errors =
                findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        if (format != OutputFormat.TABLE || !rows.isEmpty()) {
            new Renderer(context.outputWriter())
                    .print(
                            ResultStream.of(
                                    List.of(
                                            Column.text("severity"),
                                            Column.text("where"),
                                            Column.text("rule"),
                                            Column.text("message"),
                                            Column.text("hint")),
                                    rows),
                            format);
        }
        if (format == OutputFormat.TABLE) {
            context.outputWriter()
                    .println(checked + (checked == 1 ? " template" : " templates") + " checked: " + errors + " errors, "
                            + (findings.size() - errors) + " warnings");
        }
        if (errors > 0) {
            throw new UserError("lint found " + errors + (errors == 1 ? " error" : " errors"));
        }
    }

    private Template find(String reference) {
        return TemplateReference.resolve(extensions, reference);
    }

    private static int countSqlFiles(Path folder) {
        try (var files = Files.list(folder)) {
            return (int) files.filter(f -> f.getFileName().toString().endsWith(".sql"))
                    .count();
        } catch (java.io.IOException e) {
            throw FileErrors.cannotRead(folder, e);
        }
    }

    private void reportProblems(CommandContext context) {
        List<String> problems = extensions.problems();
        if (!problems.isEmpty()) {
            context.outputWriter().println();
            context.outputWriter().println("Skipped (fix and restart, or 'plugin load' again):");
            problems.forEach(p -> context.outputWriter().println("  " + p));
        }
    }

    static Map<String, Object> parameterRecord(Parameter p) {
        Map<String, Object> record = Renderer.record();
        record.put("parameter", p.name());
        record.put("type", p.type().name());
        record.put("required", p.required() ? "yes" : "no");
        record.put("default", p.defaultValue());
        record.put("description", p.description());
        return record;
    }

    private static String parameterSummary(Template t) {
        return String.join(
                " ",
                t.parameters().stream()
                        .map(p -> p.required() ? p.name() : "[" + p.name() + "]")
                        .toList());
    }

    static String exampleParams(Template t) {
        return String.join(
                " ",
                t.parameters().stream()
                        .filter(Parameter::required)
                        .map(p -> "--param " + p.name() + "=" + p.type().sample())
                        .toList());
    }
}

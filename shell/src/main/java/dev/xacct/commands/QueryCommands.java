package dev.xacct.commands;

import dev.xacct.plugin.Extensions;
import dev.xacct.render.OutputFormat;
import dev.xacct.shell.UsageError;
import dev.xacct.shell.UserError;
import dev.xacct.template.BindResult;
import dev.xacct.template.Template;
import dev.xacct.template.TemplateBinder;
import java.util.List;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code query run}: bind a template's parameters and run it on an engine. */
@Component
public class QueryCommands {

    private final Extensions extensions;

    public QueryCommands(Extensions extensions) {
        this.extensions = extensions;
    }

    @Command(name = "query run", group = "Queries", description = "Run a query template with typed parameters",
            help = """
                    Usage: query run PACK/NAME [--param NAME=VALUE]... [--engine athena|local] [--dry-run]
                    e.g.   query run cloudtrail/console-logins --param start=2025-03-06 --param accounts=111111111111
                    Parameters are typed (see 'template show PACK/NAME'); a list takes comma-separated values.""",
            completionProvider = "templateNames")
    public void run(CommandContext context,
                    @Argument(index = 0, description = "PACK/NAME") String reference,
                    @Option(longName = "param", description = "NAME=VALUE, repeatable") List<String> params,
                    @Option(longName = "engine", description = "athena or local") String engine,
                    @Option(longName = "table", description = "table to query instead of the template's") String table,
                    @Option(longName = "dry-run", description = "print the bound SQL (and the scan estimate); run nothing") boolean dryRun,
                    @Option(longName = "format", defaultValue = "table", description = "table, vertical, csv, tsv, json or markdown") OutputFormat format) {
        Template template = find(reference);
        BindResult result = new TemplateBinder().bind(template, params, table);
        if (result instanceof BindResult.Failed failed) {
            throw new UsageError(failed.message());
        }
        BindResult.Bound bound = (BindResult.Bound) result;
        if (dryRun) {
            context.outputWriter().println(bound.sql().strip());
            return;
        }
        throw new UserError("no query engine is available in this build yet; use --dry-run to see the SQL");
    }

    private Template find(String reference) {
        return TemplateReference.resolve(extensions, reference);
    }
}

package dev.xacct.commands;

import dev.xacct.plugin.Extensions;
import dev.xacct.query.Engine;
import dev.xacct.query.QueryRequest;
import dev.xacct.query.athena.AthenaConfig;
import dev.xacct.query.athena.AthenaQueryEngine;
import dev.xacct.query.athena.AthenaResults;
import dev.xacct.query.athena.CostGuard;
import dev.xacct.query.athena.ScanEstimate;
import dev.xacct.query.fanout.FanOut;
import dev.xacct.query.fanout.FanOutListener;
import dev.xacct.query.fanout.FanOutRequest;
import dev.xacct.query.fanout.OrganizationTrail;
import dev.xacct.query.fanout.OrganizationTrailFacts;
import dev.xacct.query.local.LocalEngine;
import dev.xacct.query.service.FanOutProgressPrinter;
import dev.xacct.query.service.QueryEngines;
import dev.xacct.query.service.ResultOutput;
import dev.xacct.query.service.ScanGuard;
import dev.xacct.query.service.TemplateReference;
import dev.xacct.render.OutputFormat;
import dev.xacct.render.ResultStream;
import dev.xacct.session.SessionManager;
import dev.xacct.shell.ShellIO;
import dev.xacct.shell.UsageError;
import dev.xacct.shell.UserError;
import dev.xacct.template.BindResult;
import dev.xacct.template.PartitionScope;
import dev.xacct.template.Template;
import dev.xacct.template.TemplateBinder;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * {@code query run} and {@code sql}: bind, pick the engine, guard the cost of an Athena scan,
 * then stream the result into the pager, the screen or a file.
 */
@Component
public class QueryCommands {

    private final Extensions extensions;
    private final QueryEngines engines;
    private final SessionManager sessions;
    private final ScanGuard scanGuard;
    private final ResultOutput output;
    private final ObjectProvider<ShellIO> io;

    public QueryCommands(
            Extensions extensions,
            QueryEngines engines,
            SessionManager sessions,
            ScanGuard scanGuard,
            ResultOutput output,
            ObjectProvider<ShellIO> io) {
        this.extensions = extensions;
        this.engines = engines;
        this.sessions = sessions;
        this.scanGuard = scanGuard;
        this.output = output;
        this.io = io;
    }

    @Command(
            name = "query run",
            group = "Queries",
            description = "Run a query template with typed parameters",
            help = """
                    Usage: query run PACK/NAME [--param NAME=VALUE]... [--engine athena|local] [--source DIR]
                                     [--accounts ID,ID|org --role-name ROLE [--concurrency 8]]
                                     [--max-scan SIZE] [--yes] [--dry-run] [--out FILE] [--format F]
                    e.g.   query run cloudtrail/console-logins --param start=2025-03-06 --param accounts=111111111111
                    Parameters are typed (see 'template show PACK/NAME'); a list takes comma-separated values.
                    On Athena the scan is estimated first from the partitions the dates select ('athena config
                    --cloudtrail s3://…' or 'table create' tells where the logs are) and refused above --max-scan.
                    The local engine reads CloudTrail files under --source (default: the demo dataset).
                    With --accounts the query runs in every account's own Athena, as ROLE assumed from the
                    current session, and the rows come back merged with an account column.""",
            completionProvider = "templateNames")
    public void run(
            CommandContext context,
            @Argument(index = 0, description = "PACK/NAME") String reference,
            @Option(longName = "param", description = "NAME=VALUE, repeatable") List<String> params,
            @Option(
                            longName = "engine",
                            description = "athena or local (default: athena, or local with no AWS at hand)")
                    String engine,
            @Option(longName = "source", description = "local engine: folder of CloudTrail files") String source,
            @Option(longName = "table", description = "table to query instead of the template's") String table,
            @Option(
                            longName = "accounts",
                            description = "fan out: run in each of these accounts (ID,ID or org), as --role-name")
                    String accounts,
            @Option(longName = "role-name", description = "fan out: the role to assume in each account")
                    String roleName,
            @Option(longName = "concurrency", defaultValue = "8", description = "fan out: role assumptions at once")
                    int concurrency,
            @Option(longName = "max-scan", description = "refuse an Athena query estimated to scan more (e.g. 10GB)")
                    String maxScan,
            @Option(longName = "yes", description = "run even above --max-scan") boolean yes,
            @Option(longName = "dry-run", description = "print the bound SQL and the scan estimate; run nothing")
                    boolean dryRun,
            @Option(longName = "out", description = "write the whole result to FILE instead of the screen") String out,
            @Option(
                            longName = "format",
                            defaultValue = "table",
                            description = "table, vertical, csv, tsv, json or markdown")
                    OutputFormat format) {
        Template template = TemplateReference.resolve(extensions, reference);
        BindResult result = new TemplateBinder().bind(template, params, table);
        if (result instanceof BindResult.Failed failed) {
            throw new UsageError(failed.message());
        }
        BindResult.Bound bound = (BindResult.Bound) result;
        String engineName = engine == null ? engines.defaultEngine() : engine;
        if (!template.engines().isEmpty() && !template.engines().contains(engineName)) {
            throw new UserError(
                    template.id() + " runs on " + String.join(", ", template.engines()) + ", not " + engineName);
        }
        PartitionScope scope = bound.parameters().partitionScope().orElse(PartitionScope.ALL);
        Optional<ScanEstimate> estimate = Optional.empty();
        if (AthenaQueryEngine.NAME.equals(engineName)) {
            estimate = scanGuard.check(
                    template, scope, maxScan, yes, dryRun, io.getObject().err());
        }
        if (dryRun) {
            context.outputWriter().println(bound.sql().strip());
            return;
        }
        if (accounts != null || roleName != null) {
            fanOut(context, template, bound.sql(), engineName, accounts, roleName, concurrency, out, format);
            return;
        }
        execute(context, engineName, QueryRequest.of(bound.sql()).withScope(scope), source, out, format, estimate);
    }

    /** The same query in many accounts' Athena; progress per account on stderr, merged rows on stdout. */
    private void fanOut(
            CommandContext context,
            Template template,
            String sql,
            String engineName,
            String accounts,
            String roleName,
            int concurrency,
            String out,
            OutputFormat format) {
        if (accounts == null || roleName == null) {
            throw new UsageError("a fan-out needs both --accounts ID,ID|org and --role-name ROLE");
        }
        if (!AthenaQueryEngine.NAME.equals(engineName)) {
            throw new UsageError(
                    "--accounts runs the query in each account's Athena; it does not apply to --engine " + engineName);
        }
        AthenaConfig config = engines.athenaConfig();
        FanOutRequest request =
                new FanOutRequest(FanOutRequest.Targets.parse(accounts), roleName, sql, config.settings(), concurrency);
        boolean wholeOrganization = request.targets() instanceof FanOutRequest.Targets.Organization;
        FanOutListener progress = new FanOutProgressPrinter(
                io.getObject().err(),
                roleName,
                ids -> OrganizationTrail.advise(new OrganizationTrailFacts(sessions.clients())
                        .gather(sessions.current(), config.settings(), template.table(), ids, wholeOrganization)));
        output.write(new FanOut(sessions).run(request, progress), context.outputWriter(), out, format);
    }

    @Command(name = "sql", group = "Queries", description = "Run raw SQL on an engine", help = """
                    Usage: sql "SELECT …" [--engine athena|local] [--source DIR] [--out FILE] [--format F]
                    The local engine has the table cloudtrail (Athena's columns, partitions accountid, region, "date").""")
    public void sql(
            CommandContext context,
            @Argument(index = 0, description = "the SQL text, quoted") String text,
            @Option(longName = "engine", description = "athena or local") String engine,
            @Option(longName = "source", description = "local engine: folder of CloudTrail files") String source,
            @Option(longName = "out", description = "write the whole result to FILE") String out,
            @Option(
                            longName = "format",
                            defaultValue = "table",
                            description = "table, vertical, csv, tsv, json or markdown")
                    OutputFormat format) {
        if (text == null || text.isBlank()) {
            throw new UsageError(
                    "give the SQL in quotes: sql \"SELECT eventname, count(*) FROM cloudtrail GROUP BY 1\"");
        }
        execute(
                context,
                engine == null ? engines.defaultEngine() : engine,
                QueryRequest.of(text),
                source,
                out,
                format,
                Optional.empty());
    }

    private void execute(
            CommandContext context,
            String engineName,
            QueryRequest request,
            String source,
            String out,
            OutputFormat format,
            Optional<ScanEstimate> estimate) {
        Engine engine = engines.engine(engineName);
        if (LocalEngine.NAME.equals(engine.name())) {
            request = request.withSource(engines.localSource(source));
        } else if (source != null) {
            throw new UsageError("--source is for the local engine; add --engine local");
        }
        ResultStream rows = engine.execute(request); // a QueryFailedException reads as one line (QueryErrorTranslator)
        try {
            output.write(rows, context.outputWriter(), out, format);
        } finally {
            if (rows instanceof AthenaResults athena) {
                PrintWriter err = io.getObject().err();
                err.println(CostGuard.afterRun(athena.outcome(), estimate.orElse(null)));
                err.flush();
            }
        }
    }
}

package dev.xacct.commands;

import dev.xacct.query.service.QueryRunner;
import dev.xacct.query.service.QueryStatement;
import dev.xacct.query.service.ResultDestination;
import dev.xacct.render.OutputFormat;
import dev.xacct.shell.UsageError;
import java.util.List;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code query run} and {@code sql}: the options become a {@link QueryStatement} for the {@link QueryRunner}. */
@Component
public class QueryCommands {

    private final QueryRunner runner;

    public QueryCommands(QueryRunner runner) {
        this.runner = runner;
    }

    @Command(
            name = "query run",
            group = "Queries",
            description = "Run a query template with typed parameters",
            help = """
                    Usage: query run PACK/NAME [--param NAME=VALUE]... [--engine athena|local] [--source DIR] [--no-cache]
                                     [--accounts ID,ID|org --role-name ROLE|--sso-role ROLE [--concurrency 8]]
                                     [--max-scan SIZE] [--yes] [--dry-run] [--out FILE] [--format F]
                    e.g.   query run cloudtrail/console-logins --param start=2025-06-19 --param end=2025-06-21
                    Parameters are typed (see 'template show PACK/NAME'); a list takes comma-separated values.
                    On Athena the scan is estimated first from the partitions the dates select ('athena config
                    --cloudtrail s3://…' or 'table create' tells where the logs are) and refused above --max-scan.
                    The local engine reads CloudTrail files under --source (default: the demo dataset), through its
                    columnar cache ('cache status'); --no-cache reads the files themselves.
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
            @Option(longName = "no-cache", description = "local engine: read the files, not the columnar cache")
                    boolean noCache,
            @Option(longName = "table", description = "table to query instead of the template's") String table,
            @Option(
                            longName = "accounts",
                            description = "fan out: run in each of these accounts (ID,ID or org), as --role-name")
                    String accounts,
            @Option(longName = "role-name", description = "fan out: the role to assume in each account")
                    String roleName,
            @Option(
                            longName = "sso-role",
                            description = "fan out: the IAM Identity Center role to use in each account instead")
                    String ssoRole,
            @Option(longName = "concurrency", defaultValue = "8", description = "fan out: role assumptions at once")
                    int concurrency,
            @Option(longName = "max-scan", description = "refuse an Athena query estimated to scan more (e.g. 10GB)")
                    String maxScan,
            @Option(longName = "yes", description = "run even above --max-scan") boolean yes,
            @Option(
                            longName = "dry-run",
                            description =
                                    "print the bound SQL and the scan estimate (one JSON document with --format json); run nothing")
                    boolean dryRun,
            @Option(longName = "out", description = "write the whole result to FILE instead of the screen") String out,
            @Option(
                            longName = "format",
                            defaultValue = "table",
                            description = "table, vertical, csv, tsv, json or markdown")
                    OutputFormat format) {
        QueryStatement statement = runner.bind(reference, params, table)
                .engine(engine)
                .source(source)
                .noCache(noCache)
                .fanOut(accounts, roleName, ssoRole, concurrency)
                .maxScan(maxScan)
                .yes(yes)
                .build();
        if (dryRun) {
            runner.dryRun(statement, context.outputWriter(), format);
            return;
        }
        runner.run(statement, new ResultDestination(context.outputWriter(), out, format));
    }

    @Command(name = "sql", group = "Queries", description = "Run raw SQL on an engine", help = """
                    Usage: sql "SELECT …" [--engine athena|local] [--source DIR] [--no-cache] [--out FILE] [--format F]
                    The local engine has the table cloudtrail (Athena's columns, partitions accountid, region, "date").
                    The SQL is linted as templates are (warnings only), e.g. IN ('a,b') is one string, not two.""")
    public void sql(
            CommandContext context,
            @Argument(index = 0, description = "the SQL text, quoted") String text,
            @Option(longName = "engine", description = "athena or local") String engine,
            @Option(longName = "source", description = "local engine: folder of CloudTrail files") String source,
            @Option(longName = "no-cache", description = "local engine: read the files, not the columnar cache")
                    boolean noCache,
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
        runner.run(
                QueryStatement.builder(text)
                        .engine(engine)
                        .source(source)
                        .noCache(noCache)
                        .build(),
                new ResultDestination(context.outputWriter(), out, format));
    }
}

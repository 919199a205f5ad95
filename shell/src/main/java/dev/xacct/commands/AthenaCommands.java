package dev.xacct.commands;

import dev.xacct.query.athena.AthenaConfig;
import dev.xacct.query.athena.AthenaEngine;
import dev.xacct.query.athena.AthenaSettings;
import dev.xacct.query.athena.ByteSize;
import dev.xacct.query.athena.CloudTrailLocation;
import dev.xacct.query.athena.QueryInfo;
import dev.xacct.query.service.QueryEngines;
import dev.xacct.render.OutputFormat;
import dev.xacct.render.Renderer;
import dev.xacct.shell.UsageError;
import java.util.Map;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code athena config}, {@code query status}, {@code query cancel}, {@code query history}. */
@Component
public class AthenaCommands {

    private final QueryEngines engines;

    public AthenaCommands(QueryEngines engines) {
        this.engines = engines;
    }

    @Command(
            name = "athena config",
            group = "Queries",
            description = "Show or set the Athena workgroup, output location, database, catalog, scan limit",
            help = """
                    Usage: athena config [--workgroup W] [--output s3://…] [--database D] [--catalog C] [--max-scan 10GB]
                                         [--cloudtrail s3://BUCKET/PREFIX/AWSLogs/[o-ORG/]]
                    Kept in ~/.xacct/athena.properties. --cloudtrail tells the cost guard where the logs are.""")
    public void config(
            CommandContext context,
            @Option(longName = "workgroup", description = "Athena workgroup") String workgroup,
            @Option(longName = "output", description = "query result location, s3://…") String output,
            @Option(longName = "database", description = "database of the tables") String database,
            @Option(longName = "catalog", description = "data catalog") String catalog,
            @Option(longName = "max-scan", description = "default scan limit of query run, e.g. 10GB") String maxScan,
            @Option(longName = "cloudtrail", description = "where the CloudTrail table's logs live") String cloudtrail,
            @Option(longName = "format", defaultValue = "table", description = "table or json") OutputFormat format) {
        AthenaConfig config = engines.athenaConfig();
        boolean changed = workgroup != null
                || output != null
                || database != null
                || catalog != null
                || maxScan != null
                || cloudtrail != null;
        if (changed) {
            try {
                AthenaSettings.Builder settings = config.settings().toBuilder();
                if (workgroup != null) settings.workgroup(workgroup);
                if (output != null) settings.outputLocation(output);
                if (database != null) settings.database(database);
                if (catalog != null) settings.catalog(catalog);
                if (maxScan != null) settings.maxScanBytes(ByteSize.parse(maxScan));
                config = config.withSettings(settings.build());
                if (cloudtrail != null) {
                    config = config.withCloudTrail(CloudTrailLocation.parse(cloudtrail));
                }
            } catch (IllegalArgumentException e) {
                throw new UsageError(e.getMessage());
            }
            engines.saveAthenaConfig(config);
        }
        Map<String, Object> record = Renderer.record();
        record.put("workgroup", config.settings().workgroup());
        record.put("output", config.settings().outputLocation().orElse("(the workgroup's)"));
        record.put("database", config.settings().database());
        record.put("catalog", config.settings().catalog());
        record.put("maxScan", ByteSize.format(config.settings().maxScanBytes()));
        record.put(
                "cloudtrail", config.cloudtrail().map(CloudTrailLocation::url).orElse(null));
        new Renderer(context.outputWriter()).printRecord(record, format);
    }

    @Command(
            name = "query status",
            group = "Queries",
            description = "State, time, data scanned and cost of an Athena query",
            help = "Usage: query status QUERY_ID")
    public void status(
            CommandContext context,
            @Argument(index = 0, description = "Athena query execution id") String id,
            @Option(longName = "format", defaultValue = "table", description = "table or json") OutputFormat format) {
        new Renderer(context.outputWriter())
                .printRecord(engine().queries().status(required(id)).toRecord(), format);
    }

    @Command(
            name = "query cancel",
            group = "Queries",
            description = "Stop a running Athena query",
            help = "Usage: query cancel QUERY_ID")
    public void cancel(
            CommandContext context,
            @Argument(index = 0, description = "Athena query execution id") String id,
            @Option(longName = "format", defaultValue = "table", description = "table or json") OutputFormat format) {
        new Renderer(context.outputWriter())
                .printRecord(engine().queries().cancel(required(id)).toRecord(), format);
    }

    @Command(
            name = "query history",
            group = "Queries",
            description = "Recent Athena queries of the workgroup, newest first",
            help = "Usage: query history [--limit 20]")
    public void history(
            CommandContext context,
            @Option(longName = "limit", defaultValue = "20", description = "how many") int limit,
            @Option(longName = "format", defaultValue = "table", description = "table, csv, json…")
                    OutputFormat format) {
        AthenaEngine athena = engine();
        new Renderer(context.outputWriter())
                .printRecords(
                        QueryInfo.COLUMNS,
                        athena.queries().history(athena.settings().workgroup(), limit).stream()
                                .map(QueryInfo::toRecord)
                                .toList(),
                        format);
    }

    private AthenaEngine engine() {
        return engines.athena();
    }

    private static String required(String id) {
        if (id == null || id.isBlank()) {
            throw new UsageError("give the query id (see 'query history')");
        }
        return id;
    }
}

package dev.xacct.commands;

import dev.xacct.query.service.AthenaTables;
import dev.xacct.shell.UsageError;
import dev.xacct.template.ddl.CloudTrailTableDdl;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code table create cloudtrail}: the Athena table with partition projection over a trail's bucket. */
@Component
public class TableCommands {

    private static final DateTimeFormatter PARTITION_DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final AthenaTables tables;

    public TableCommands(AthenaTables tables) {
        this.tables = tables;
    }

    @Command(
            name = "table create",
            group = "Queries",
            description = "Create the Athena CloudTrail table with partition projection (or print its DDL)",
            help = """
                    Usage: table create cloudtrail --bucket B --accounts ID,ID [--prefix P] [--org o-…] [--regions R,R]
                                                   [--from yyyy/MM/dd] [--name T] [--database D] [--print]
                    With --org the table reads an organization trail (AWSLogs/o-…/ACCOUNT/…).""")
    public void create(
            CommandContext context,
            @Argument(index = 0, description = "cloudtrail") String kind,
            @Option(longName = "bucket", description = "the trail's S3 bucket", required = true) String bucket,
            @Option(longName = "prefix", description = "key prefix before AWSLogs/") String prefix,
            @Option(longName = "org", description = "organization id, for an organization trail") String org,
            @Option(
                            longName = "accounts",
                            description = "account ids the table projects, comma-separated",
                            required = true)
                    String accounts,
            @Option(longName = "regions", description = "regions the table projects (default: all commercial regions)")
                    String regions,
            @Option(longName = "from", description = "first day of logs, yyyy/MM/dd (default: one year ago)")
                    String from,
            @Option(longName = "name", defaultValue = "cloudtrail", description = "table name") String name,
            @Option(longName = "database", description = "Athena database (default: the one of 'athena config')")
                    String database,
            @Option(longName = "print", description = "print the DDL instead of running it") boolean print) {
        if (!"cloudtrail".equals(kind)) {
            throw new UsageError(
                    "table create knows 'cloudtrail' (e.g. table create cloudtrail --bucket B --accounts ID --print)"
                            + (kind == null ? "" : "; got '" + kind + "'"));
        }
        CloudTrailTableDdl ddl;
        try {
            CloudTrailTableDdl.Builder builder = CloudTrailTableDdl.builder()
                    .bucket(bucket)
                    .prefix(prefix)
                    .orgId(org)
                    .accounts(list(accounts))
                    .from(day(from))
                    .table(name);
            if (regions != null) {
                builder.regions(list(regions));
            }
            if (database != null) {
                builder.database(database);
            }
            ddl = builder.build();
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        if (print) {
            context.outputWriter().println(ddl.ddl());
            return;
        }
        runOnAthena(ddl, context.outputWriter());
    }

    private static List<String> list(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static LocalDate day(String text) {
        if (text == null) {
            return LocalDate.now(java.time.ZoneOffset.UTC).minusYears(1).withDayOfMonth(1);
        }
        try {
            return LocalDate.parse(text.replace('-', '/'), PARTITION_DAY);
        } catch (DateTimeParseException e) {
            throw new UsageError("--from takes a day as yyyy/MM/dd, e.g. 2024/01/01; got '" + text + "'");
        }
    }

    /** Runs the DDL on Athena as the current session, then says how to use the table. */
    private void runOnAthena(CloudTrailTableDdl ddl, java.io.PrintWriter out) {
        tables.create(ddl);
        out.println("created table " + ddl.qualifiedTable() + " over " + ddl.location());
        out.println("try: query run cloudtrail/console-logins --param start="
                + LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1));
    }
}

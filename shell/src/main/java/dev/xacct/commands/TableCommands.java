package dev.xacct.commands;

import dev.xacct.plugin.CloudTrailKind;
import dev.xacct.plugin.Extensions;
import dev.xacct.plugin.api.TableKind;
import dev.xacct.plugin.api.TableLocation;
import dev.xacct.plugin.api.TableOptions;
import dev.xacct.query.athena.CloudTrailLocation;
import dev.xacct.query.service.AthenaTables;
import dev.xacct.shell.Suggestions;
import dev.xacct.shell.UsageError;
import dev.xacct.template.ddl.CloudTrailTableDdl;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * {@code table create KIND}: the Athena table of a kind of log with partition projection over its
 * bucket: {@code cloudtrail}, or a kind a plugin brings ({@code vpc-flow-logs}, {@code alb-logs},
 * {@code s3-access-logs}, …). The DDL is the kind's; this command parses, validates and runs it.
 */
@Component
public class TableCommands {

    private static final DateTimeFormatter PARTITION_DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final AthenaTables tables;
    private final Extensions extensions;

    public TableCommands(AthenaTables tables, Extensions extensions) {
        this.tables = tables;
        this.extensions = extensions;
    }

    @Command(
            name = "table create",
            group = "Queries",
            description = "Create the Athena table of a kind of log with partition projection (or print its DDL)",
            help = """
                    Usage: table create KIND --bucket B --accounts ID,ID [--prefix P] [--regions R,R] [--from yyyy/MM/dd]
                                             [--layout L] [--with NAME=VALUE]... [--org o-…] [--name T] [--database D] [--print]
                    KIND: cloudtrail, or a kind a plugin brings (vpc-flow-logs, alb-logs, s3-access-logs, …; see 'plugins').
                    --prefix is the key prefix before the kind's layout (before AWSLogs/ for CloudTrail, VPC and ELB logs;
                    the target prefix for S3 access logs). With --org the table reads an organization trail.
                    e.g.   table create vpc-flow-logs --bucket central-logs --accounts 111111111111 --regions us-east-1 --print""")
    public void create(
            CommandContext context,
            @Argument(index = 0, description = "cloudtrail, vpc-flow-logs, alb-logs, s3-access-logs, …")
                    String kindName,
            @Option(longName = "bucket", description = "the log bucket (required)") String bucket,
            @Option(longName = "prefix", description = "key prefix before the kind's layout") String prefix,
            @Option(longName = "org", description = "cloudtrail: organization id, for an organization trail")
                    String org,
            @Option(longName = "accounts", description = "account ids the table projects, comma-separated (required)")
                    String accounts,
            @Option(longName = "regions", description = "regions the table projects (default: all commercial regions)")
                    String regions,
            @Option(longName = "from", description = "first day of logs, yyyy/MM/dd (default: one year ago)")
                    String from,
            @Option(longName = "layout", description = "the kind's S3 delivery layout (default: its first)")
                    String layout,
            @Option(longName = "with", description = "a kind-specific option NAME=VALUE, repeatable") List<String> with,
            @Option(longName = "name", description = "table name (default: the kind's table)") String name,
            @Option(longName = "database", description = "Athena database (default: the one of 'athena config')")
                    String database,
            @Option(longName = "print", description = "print the DDL instead of running it") boolean print) {
        TableKind kind = kind(kindName); // first: an unknown kind is the mistake to name, not a missing option
        for (String[] option : new String[][] {{"--bucket", bucket, "B"}, {"--accounts", accounts, "ID,ID"}}) {
            if (option[1] == null) {
                throw new UsageError("table create " + kind.name() + " needs " + option[0] + " " + option[2]
                        + " (e.g. table create " + kind.name() + " --bucket my-logs --accounts 111111111111 --print)");
            }
        }
        Map<String, String> settings = settings(kind, with);
        if (org != null) {
            if (!kind.name().equals(CloudTrailKind.NAME)) {
                throw new UsageError(
                        "--org is for cloudtrail (an organization trail); " + kind.name() + " has no such level");
            }
            settings.put("org", org);
        }
        TableOptions options;
        List<String> ddl;
        TableLocation location;
        try {
            options = new TableOptions(
                            bucket,
                            prefix,
                            list(accounts),
                            regions == null ? CloudTrailTableDdl.ALL_REGIONS : list(regions),
                            day(from),
                            name == null ? kind.table() : name,
                            database,
                            layout,
                            settings)
                    .validated();
            ddl = kind.athenaDdl(options);
            location = kind.location(options);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        if (print) {
            context.outputWriter().println(String.join(";\n\n", ddl));
            return;
        }
        runOnAthena(kind, options, ddl, location, context.outputWriter());
    }

    private TableKind kind(String name) {
        List<String> known =
                extensions.tableKinds().stream().map(TableKind::name).toList();
        if (name == null) {
            throw new UsageError("table create needs a kind: " + String.join(", ", known)
                    + " (e.g. table create cloudtrail --bucket B --accounts ID --print)");
        }
        return extensions
                .tableKind(name)
                .orElseThrow(() -> new UsageError("no table kind '" + name + "'"
                        + Suggestions.didYouMean(name, known, 1)
                                .orElse("; known are " + String.join(", ", known)
                                        + " (plugins bring more: see 'plugins')")));
    }

    private static Map<String, String> settings(TableKind kind, List<String> with) {
        Map<String, String> settings = new LinkedHashMap<>();
        List<String> names = kind.settings().stream().map(s -> s.name()).toList();
        for (String pair : with == null ? List.<String>of() : with) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq).strip();
            if (eq <= 0 || !names.contains(key)) {
                throw new UsageError("--with " + pair + ": " + kind.name() + " takes "
                        + (names.isEmpty() ? "no --with options" : String.join(", ", names) + " as NAME=VALUE"));
            }
            settings.put(key, pair.substring(eq + 1).strip());
        }
        return settings;
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
            return LocalDate.now(ZoneOffset.UTC).minusYears(1).withDayOfMonth(1);
        }
        try {
            return LocalDate.parse(text.replace('-', '/'), PARTITION_DAY);
        } catch (DateTimeParseException e) {
            throw new UsageError("--from takes a day as yyyy/MM/dd, e.g. 2024/01/01; got '" + text + "'");
        }
    }

    /** Runs the DDL on Athena as the current session (which remembers where the logs are), then says how to use it. */
    private void runOnAthena(
            TableKind kind, TableOptions options, List<String> ddl, TableLocation location, PrintWriter out) {
        Optional<CloudTrailLocation> trail = Optional.empty();
        if (kind.name().equals(CloudTrailKind.NAME)) {
            String org = options.settings().get("org");
            trail = Optional.of(CloudTrailLocation.parse(location.url() + "AWSLogs/" + (org == null ? "" : org + "/")));
        }
        tables.create(ddl, options.table(), kind.name(), location, trail);
        out.println("created table " + options.qualifiedTable() + " over "
                + trail.map(CloudTrailLocation::url).orElse(location.url()) + " (" + kind.name() + ", layout "
                + location.layout() + ")");
        extensions.catalog().templates().stream()
                .filter(t -> kind.table().equals(t.table()))
                .findFirst()
                .ifPresent(t -> out.println("try: query run " + t.id() + " --param start="
                        + LocalDate.now(ZoneOffset.UTC).minusDays(1)));
    }
}

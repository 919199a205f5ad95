package dev.xacct.commands;

import dev.xacct.XacctHome;
import dev.xacct.aws.AccountId;
import dev.xacct.aws.OrganizationId;
import dev.xacct.aws.RegionCode;
import dev.xacct.logs.KindLogLayout;
import dev.xacct.logs.LogLayout;
import dev.xacct.logs.LogPuller;
import dev.xacct.logs.LogSource;
import dev.xacct.logs.PullProgress;
import dev.xacct.logs.PullResult;
import dev.xacct.logs.S3LogBucket;
import dev.xacct.plugin.Extensions;
import dev.xacct.plugin.api.TableKind;
import dev.xacct.query.service.QueryEngines;
import dev.xacct.render.StatusLine;
import dev.xacct.session.Session;
import dev.xacct.session.SessionManager;
import dev.xacct.shell.FileErrors;
import dev.xacct.shell.PrivateFiles;
import dev.xacct.shell.ShellIO;
import dev.xacct.shell.UsageError;
import dev.xacct.shell.UserError;
import dev.xacct.template.PartitionScope;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code logs pull}: log files (CloudTrail, or a kind a plugin brings) from S3 into the local cache, for the local engine. */
@Component
public class LogsCommands {

    private final ObjectProvider<SessionManager> sessions;
    private final ObjectProvider<ShellIO> io;
    private final ObjectProvider<Extensions> extensions;
    private final ObjectProvider<QueryEngines> engines;

    public LogsCommands(
            ObjectProvider<SessionManager> sessions,
            ObjectProvider<ShellIO> io,
            ObjectProvider<Extensions> extensions,
            ObjectProvider<QueryEngines> engines) {
        this.sessions = sessions;
        this.io = io;
        this.extensions = extensions;
        this.engines = engines;
    }

    @Command(
            name = "logs pull",
            group = "Logs",
            description =
                    "Copy log files (CloudTrail, VPC Flow Logs, ALB, S3 access logs…) from S3 for the local engine",
            help = """
                    Usage: logs pull s3://BUCKET[/PREFIX] --from YYYY-MM-DD --to YYYY-MM-DD [--kind KIND [--layout L]]
                                     [--accounts ID,ID] [--regions R,R] [--org o-…] [--dest DIR] [--concurrency 8]
                    --kind: cloudtrail (default) or a kind a plugin brings (vpc-flow-logs, alb-logs, s3-access-logs, …);
                    its S3 layouts are listed (all of them, or --layout's) day folder by day folder.
                    e.g.   logs pull s3://org-trail-logs --from 2025-03-01 --to 2025-03-07 --accounts 111111111111
                    Reads as the current session (assume a role in the log-archive account first). PREFIX is the trail's
                    key prefix, before AWSLogs/. Both layouts (AWSLogs/ACCOUNT/… and AWSLogs/o-ORG/ACCOUNT/…) are found
                    by listing; only the day folders in range are listed. Files keep their S3 key under DIR (default
                    $XACCT_HOME/cache/cloudtrail/BUCKET); files already there with the same size are skipped, so running
                    the same command again resumes an interrupted pull. Then: query run … --engine local --source DIR""")
    public void pull(
            CommandContext context,
            @Argument(index = 0, description = "s3://BUCKET[/PREFIX]") String uri,
            @Option(longName = "from", description = "first delivery day, YYYY-MM-DD") String from,
            @Option(longName = "to", description = "last delivery day, YYYY-MM-DD, inclusive") String to,
            @Option(
                            longName = "accounts",
                            description = "only these account ids, comma-separated (default: every account folder)")
                    String accounts,
            @Option(
                            longName = "regions",
                            description = "only these regions, comma-separated (default: every region folder)")
                    String regions,
            @Option(
                            longName = "org",
                            description = "the organization id of an organization trail, o-… (default: discovered)")
                    String org,
            @Option(
                            longName = "dest",
                            description = "folder to copy into (default: $XACCT_HOME/cache/cloudtrail/BUCKET)")
                    String dest,
            @Option(longName = "concurrency", defaultValue = "8", description = "downloads at a time (1-64)")
                    Integer concurrency,
            @Option(longName = "kind", description = "cloudtrail (default), vpc-flow-logs, alb-logs, s3-access-logs, …")
                    String kindName,
            @Option(longName = "layout", description = "only this S3 layout of the kind (default: every one)")
                    String layoutName) {
        LogLayout layout = LogLayout.CLOUDTRAIL;
        String kindFolder = "cloudtrail";
        if (kindName != null && !kindName.equals("cloudtrail")) {
            TableKind kind = extensions
                    .getObject()
                    .tableKind(kindName)
                    .orElseThrow(() -> new UsageError("--kind " + kindName + ": no such kind; known: "
                            + String.join(
                                    ", ",
                                    extensions.getObject().tableKinds().stream()
                                            .map(TableKind::name)
                                            .toList())));
            if (org != null) {
                throw new UsageError("--org is for CloudTrail organization trails, not " + kind.name());
            }
            try {
                layout = new KindLogLayout(kind, java.util.Optional.ofNullable(layoutName));
            } catch (IllegalArgumentException e) {
                throw new UsageError(e.getMessage());
            }
            kindFolder = kind.name();
        } else if (layoutName != null) {
            throw new UsageError("--layout is for --kind; CloudTrail's layouts are found by listing");
        }
        LogSource source;
        try {
            source = LogSource.parse(uri);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        LocalDate first = date("--from", from);
        LocalDate last = date("--to", to);
        if (last.isBefore(first)) {
            throw new UsageError("--to " + to + " is before --from " + from + ": give the earlier day first");
        }
        List<String> accountIds = list(
                "--accounts", accounts, AccountId::isValid, "12-digit account ids, e.g. 111111111111,222222222222");
        List<String> regionNames =
                list("--regions", regions, RegionCode::isValid, "region names, e.g. us-east-1,eu-west-1");
        if (org != null && !OrganizationId.looksLike(org.strip())) {
            throw new UsageError("--org " + org + ": give the organization id, e.g. o-a1b2c3d4e5");
        }
        int threads = concurrency == null ? 8 : concurrency;
        if (threads < 1 || threads > 64) {
            throw new UsageError("--concurrency " + threads + ": give 1 to 64");
        }
        Path folder = dest == null ? XacctHome.cache().resolve(kindFolder).resolve(source.bucket()) : Path.of(dest);
        folder = folder.toAbsolutePath().normalize();
        try {
            PrivateFiles.folders(folder); // the folders it creates are private; an existing one is left as it is
        } catch (IOException e) {
            throw FileErrors.cannotWrite(folder, e);
        }

        SessionManager manager = sessions.getObject();
        Session session = manager.current();
        LogPuller puller = new LogPuller(
                new S3LogBucket(manager.clients().s3(session), source.bucket()),
                () -> manager.identityOf(session).arn());
        PartitionScope scope = new PartitionScope(first, last, accountIds, regionNames);
        ShellIO shell = io.getObject();
        ProgressLine line = new ProgressLine(shell.status());
        PullResult result;
        Path into = folder;
        try {
            result = puller.pull(
                    new LogPuller.Request(
                            source, Optional.ofNullable(org).map(String::strip), scope, folder, threads, layout),
                    new CacheAsItLands(line, () -> engines.getObject().cacheBehind(into, scope)));
        } finally {
            line.clear();
        }
        PullProgress done = result.progress();
        PrintWriter err = shell.err();
        if (result.interrupted()) {
            throw new UserError("logs pull interrupted: " + done.done() + " of " + done.files() + " files done ("
                    + done.summary() + "), no partial files left; run the same command again to resume");
        }
        if (result.accessDenied() && done.copied() == 0) {
            throw new UserError(puller.deniedMessage(result));
        }
        err.println("logs pull: " + done.summary() + " -> " + folder);
        if (done.failed() > 0) {
            err.flush();
            PullResult.Failure failure = result.failures().get(0);
            throw new UserError(
                    done.failed() + (done.failed() == 1 ? " file" : " files") + " could not be copied (first: "
                            + failure.key() + ": " + failure.reason() + "); run the same command again to retry them");
        }
        cacheWhatLanded(folder);
        String template = layout == LogLayout.CLOUDTRAIL ? "cloudtrail/console-logins" : exampleTemplate(kindFolder);
        err.println("query it: query run " + template + " --engine local --source " + quoted(folder.toString())
                + " --param start=" + first + " --param end=" + last);
        err.flush();
    }

    /** The local engine's columnar cache finishes converting what the pull brought (Ctrl-C skips it). */
    private void cacheWhatLanded(Path folder) {
        try {
            engines.getObject().refreshCache(folder);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("logs pull: the files are all here; caching them was interrupted (the first local"
                    + " query, or 'cache refresh --source " + quoted(folder.toString()) + "', finishes it)");
        }
    }

    /** The first template over the kind's table, for the hint after a pull. */
    private String exampleTemplate(String kindName) {
        Extensions ext = extensions.getObject();
        String table = ext.tableKind(kindName).map(TableKind::table).orElse("");
        return ext.catalog().templates().stream()
                .filter(t -> table.equals(t.table()))
                .map(t -> t.id())
                .findFirst()
                .orElse(kindName + "/…");
    }

    private static LocalDate date(String option, String value) {
        if (value == null) {
            throw new UsageError(option + " is required: give a day as YYYY-MM-DD");
        }
        if (!value.strip().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            throw new UsageError(option + " " + value + ": give a day as YYYY-MM-DD, e.g. 2025-03-06");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new UsageError(option + " " + value + ": no such day");
        }
    }

    private static List<String> list(String option, String value, Predicate<String> valid, String expected) {
        List<String> values = new ArrayList<>();
        if (value == null) {
            return values;
        }
        for (String part : value.split(",")) {
            String v = part.strip();
            if (v.isEmpty()) {
                continue;
            }
            if (!valid.test(v)) {
                throw new UsageError(option + ": '" + v + "' is not valid; give " + expected);
            }
            values.add(v);
        }
        return values;
    }

    private static String quoted(String path) {
        return path.matches("[A-Za-z0-9_./:@+=-]+") ? path : "\"" + path.replace("\"", "\\\"") + "\"";
    }

    /**
     * Fills the local engine's cache while files download: every few seconds in which files
     * landed, the cache converts them in the background (files appear only complete, under their
     * final name).
     */
    private static final class CacheAsItLands implements LogPuller.Listener {
        private static final long EVERY_NANOS = 5_000_000_000L;
        private final LogPuller.Listener progress;
        private final Runnable convert;
        private long last = System.nanoTime();
        private int copied;

        CacheAsItLands(LogPuller.Listener progress, Runnable convert) {
            this.progress = progress;
            this.convert = convert;
        }

        @Override
        public void listing(int done, int total) {
            progress.listing(done, total);
        }

        @Override
        public void progress(PullProgress now) {
            progress.progress(now);
            if (now.copied() > copied && System.nanoTime() - last >= EVERY_NANOS) {
                copied = now.copied();
                last = System.nanoTime();
                convert.run();
            }
        }
    }

    /** The pull's progress on the run's status line: redrawn in place on a terminal, nothing until the summary otherwise. */
    private record ProgressLine(StatusLine status) implements LogPuller.Listener {

        @Override
        public void listing(int done, int total) {
            status.show("listing day folders " + done + "/" + total);
        }

        @Override
        public void progress(PullProgress progress) {
            status.show(progress.line());
        }

        void clear() {
            status.clear();
        }
    }
}

package dev.xacct.query.service;

import dev.xacct.XacctHome;
import dev.xacct.plugin.Extensions;
import dev.xacct.plugin.LoadedPlugin;
import dev.xacct.plugin.api.TableKind;
import dev.xacct.query.Engine;
import dev.xacct.query.QueryFailedException;
import dev.xacct.query.QueryRequest;
import dev.xacct.query.athena.AthenaConfig;
import dev.xacct.query.athena.AthenaEngine;
import dev.xacct.query.athena.AthenaQueries;
import dev.xacct.query.athena.ByteSize;
import dev.xacct.query.local.LocalEngine;
import dev.xacct.query.local.LocalTable;
import dev.xacct.query.local.cache.ColumnarCache;
import dev.xacct.query.local.demo.DemoDataset;
import dev.xacct.query.local.kind.DemoLogs;
import dev.xacct.query.local.kind.KindTables;
import dev.xacct.render.ResultStream;
import dev.xacct.session.AwsSettings;
import dev.xacct.session.SessionManager;
import dev.xacct.shell.BannerSource;
import dev.xacct.shell.LaunchOptions;
import dev.xacct.shell.UsageError;
import dev.xacct.shell.UserError;
import dev.xacct.template.PartitionScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Which engine a query runs on and over what data. The local engine is the default when there
 * is no AWS at hand ({@code --demo}, or no credentials found), and then its data is the demo
 * dataset, generated into the cache on first use.
 */
@Component
public class QueryEngines implements BannerSource, AutoCloseable {

    private final boolean demo;
    private final boolean interactive;
    private final SessionManager sessions;
    private final QueryFeedback feedback;
    private final ObjectProvider<Extensions> extensions;
    private final List<Engine> opened = new ArrayList<>();
    private LocalEngine local;
    private ColumnarCache cache;

    public QueryEngines(
            LaunchOptions options,
            AwsSettings aws,
            SessionManager sessions,
            QueryFeedback feedback,
            ObjectProvider<Extensions> extensions) {
        this.extensions = extensions;
        this.demo = options.demo()
                || (options.interactive()
                        && aws.credentialsLikelyAbsent()
                        && aws.endpoint().isEmpty());
        this.interactive = options.interactive();
        this.sessions = sessions;
        this.feedback = feedback;
    }

    public boolean demo() {
        return demo;
    }

    /** {@code local} in demo mode (no AWS at hand, or {@code --demo}), else {@code athena}. */
    public String defaultEngine() {
        return demo ? LocalEngine.NAME : "athena";
    }

    /** The engine named by {@code --engine}, or the default one. */
    public synchronized Engine engine(String requested) {
        String name = requested == null ? defaultEngine() : requested;
        return switch (name) {
            case "local" -> local();
            case "athena" -> athena();
            default -> throw new UsageError("unknown engine '" + name + "': use athena or local");
        };
    }

    /** Athena as the current session, with the settings of {@code athena config} and the status line of {@link QueryFeedback}. */
    public AthenaEngine athena() {
        AthenaQueries queries = new AthenaQueries(sessions.clients().athena(sessions.current()));
        return new AthenaEngine(queries, athenaConfig().settings(), feedback.statusLine());
    }

    /**
     * {@code athena config} as saved in {@code $XACCT_HOME/athena.properties}, or the defaults.
     *
     * @throws UserError when the file is malformed (says to fix or delete it)
     */
    public AthenaConfig athenaConfig() {
        try {
            return AthenaConfig.load(athenaConfigFile());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage() + " (fix it or delete it and run 'athena config' again)");
        }
    }

    /** @throws UserError when {@code athena.properties} cannot be written */
    public void saveAthenaConfig(AthenaConfig config) {
        try {
            // the workgroup and the result bucket are account data: 0600 before anything is written
            dev.xacct.shell.PrivateFiles.folder(athenaConfigFile().getParent());
            dev.xacct.shell.PrivateFiles.file(athenaConfigFile());
            config.save(athenaConfigFile());
        } catch (IOException e) {
            throw dev.xacct.shell.FileErrors.cannotWrite(athenaConfigFile(), e);
        }
    }

    private static Path athenaConfigFile() {
        return XacctHome.path().resolve("athena.properties");
    }

    /** The local engine, reading and filling the columnar cache. */
    public synchronized LocalEngine local() {
        if (local == null) {
            // the tables of every kind loaded (asked at each query: 'plugin load' may add some)
            local = new LocalEngine(
                    ResultStream.DEFAULT_PAGE_SIZE,
                    () -> KindTables.of(extensions.getObject().tableKinds()),
                    cache());
            opened.add(local);
        }
        return local;
    }

    /**
     * The local engine's columnar cache under {@code ~/.xacct/cache/parquet/}. Builds behind queries
     * use half the cores, so the next query still has the rest; {@code cache refresh} uses all.
     */
    public synchronized ColumnarCache cache() {
        if (cache == null) {
            cache = new ColumnarCache(
                    XacctHome.cache().resolve("parquet"),
                    Math.max(1, Runtime.getRuntime().availableProcessors() / 2),
                    interactive ? this::buildScheduled : (source, files, bytes) -> {});
        }
        return cache;
    }

    /**
     * Brings the cache of every local table over {@code source} up to date now, with a progress
     * line; Ctrl-C stops it, keeping the steps done.
     *
     * @throws InterruptedException when interrupted
     * @throws UserError            when the folder is missing or DuckDB fails
     */
    public List<ColumnarCache.Result> refreshCache(Path source) throws InterruptedException {
        List<ColumnarCache.Result> results = new ArrayList<>();
        try {
            for (LocalTable table : local().tables()) {
                results.add(cache().refresh(
                                table,
                                source,
                                progress -> feedback.progress(progress.line()),
                                () -> feedback.notice(
                                        "waiting for another xacct that is building the cache of " + source)));
            }
        } catch (QueryFailedException e) {
            throw new UserError(e.getMessage());
        } finally {
            feedback.progressDone();
        }
        return results;
    }

    /** Converts, in the background, what has landed in {@code source} within {@code scope} (a pull under way). */
    public void cacheBehind(Path source, PartitionScope scope) {
        for (LocalTable table : local().tables()) {
            cache().buildBehind(table, source, scope, 0, 0);
        }
    }

    /** Worth a line: a build that takes more than a moment (a few seconds of JSON). */
    private static final long NOTICEABLE_BYTES = 16L << 20;

    private void buildScheduled(Path source, int files, long bytes) {
        if (bytes < NOTICEABLE_BYTES) {
            return;
        }
        feedback.notice("caching " + files + (files == 1 ? " file" : " files") + " ("
                + ByteSize.format(bytes) + ") of " + source
                + " in the background for the next queries ('cache status' shows how far)");
    }

    /**
     * The request as {@code engine} needs it: the local engine reads the folder of log files of
     * {@code --source} (else the demo dataset); other engines take no {@code --source}.
     *
     * @throws UsageError when {@code --source} is given for an engine that reads no local files
     * @throws UserError  when the {@code --source} folder does not exist
     */
    public QueryRequest withSource(Engine engine, QueryRequest request, String source) {
        return withSource(engine, request, source, false);
    }

    /**
     * As {@link #withSource(Engine, QueryRequest, String)}; {@code noCache} ({@code --no-cache})
     * makes the local engine read the files instead of its cache.
     *
     * @throws UsageError also for {@code --no-cache} with an engine that has no cache
     */
    public QueryRequest withSource(Engine engine, QueryRequest request, String source, boolean noCache) {
        if (LocalEngine.NAME.equals(engine.name())) {
            QueryRequest local = request.withSource(localSource(source));
            return noCache ? local.withoutCache() : local;
        }
        if (source != null) {
            throw new UsageError("--source is for the local engine; add --engine local");
        }
        if (noCache) {
            throw new UsageError("--no-cache is for the local engine; add --engine local");
        }
        return request;
    }

    /** The folder of log files the local engine reads: {@code --source}, else the demo dataset (every kind's month). */
    public Path localSource(String source) {
        if (source != null) {
            Path folder = Path.of(source).toAbsolutePath().normalize();
            if (!Files.isDirectory(folder)) {
                throw new UserError("--source " + source
                        + ": no such folder (give a folder of CloudTrail files, e.g. one 'logs pull' filled)");
            }
            return folder;
        }
        Path root = XacctHome.cache().resolve("demo");
        if (!Files.exists(root.resolve(".complete"))) {
            feedback.notice("Generating the demo CloudTrail dataset into " + root + " (first use, a few seconds)...");
        }
        DemoDataset.ensure(root);
        List<LoadedPlugin> plugins = extensions.getObject().plugins();
        String versions = String.join(
                ",", plugins.stream().map(p -> p.name() + "@" + p.version()).toList());
        List<TableKind> kinds = extensions.getObject().tableKinds();
        return DemoLogs.ensure(root, kinds, versions);
    }

    @Override
    public List<String> lines() {
        if (!demo) {
            return List.of();
        }
        return List.of(
                "Demo mode: queries run on the local engine over a synthetic month of logs (2025-06-01..30): CloudTrail,"
                        + " VPC Flow Logs, ALB access logs and S3 server access logs.",
                "  Try: query run cloudtrail/console-logins --param start=2025-06-19",
                "       query run vpc-flow-logs/sensitive-ports-from-outside --param start=2025-06-19",
                "       templates      template show cloudtrail/root-activity      sql \"SELECT action, count(*) FROM vpc_flow_logs GROUP BY 1\"");
    }

    /**
     * Closes the engines. A one-shot run ({@code -c}, {@code --file}) first lets the cache finish
     * what its queries started, with a progress line on a terminal, so the next run reads Parquet;
     * Ctrl-C skips that (what was committed stays). The interactive shell cancels such builds.
     */
    @Override
    public synchronized void close() {
        if (cache != null && !interactive) {
            cache.finishBuilds(progress -> feedback.progress(progress.line()));
            feedback.progressDone();
        }
        opened.forEach(Engine::close);
        opened.clear();
        if (cache != null) {
            cache.close();
        }
    }
}

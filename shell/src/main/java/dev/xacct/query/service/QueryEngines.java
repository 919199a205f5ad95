package dev.xacct.query.service;

import dev.xacct.XacctHome;
import dev.xacct.plugin.Extensions;
import dev.xacct.plugin.LoadedPlugin;
import dev.xacct.plugin.api.TableKind;
import dev.xacct.query.Engine;
import dev.xacct.query.QueryRequest;
import dev.xacct.query.athena.AthenaConfig;
import dev.xacct.query.athena.AthenaEngine;
import dev.xacct.query.athena.AthenaQueries;
import dev.xacct.query.local.LocalEngine;
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
    private final SessionManager sessions;
    private final QueryFeedback feedback;
    private final ObjectProvider<Extensions> extensions;
    private final List<Engine> opened = new ArrayList<>();
    private LocalEngine local;

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
            config.save(athenaConfigFile());
        } catch (IOException e) {
            throw new UserError("cannot save " + athenaConfigFile() + ": " + e.getMessage());
        }
    }

    private static Path athenaConfigFile() {
        return XacctHome.path().resolve("athena.properties");
    }

    private LocalEngine local() {
        if (local == null) {
            // the tables of every kind loaded (asked at each query: 'plugin load' may add some)
            local = new LocalEngine(
                    ResultStream.DEFAULT_PAGE_SIZE,
                    () -> KindTables.of(extensions.getObject().tableKinds()));
            opened.add(local);
        }
        return local;
    }

    /**
     * The request as {@code engine} needs it: the local engine reads the folder of log files of
     * {@code --source} (else the demo dataset); other engines take no {@code --source}.
     *
     * @throws UsageError when {@code --source} is given for an engine that reads no local files
     * @throws UserError  when the {@code --source} folder does not exist
     */
    public QueryRequest withSource(Engine engine, QueryRequest request, String source) {
        if (LocalEngine.NAME.equals(engine.name())) {
            return request.withSource(localSource(source));
        }
        if (source != null) {
            throw new UsageError("--source is for the local engine; add --engine local");
        }
        return request;
    }

    /** The folder of log files the local engine reads: {@code --source}, else the demo dataset (every kind's month). */
    private Path localSource(String source) {
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

    @Override
    public synchronized void close() {
        opened.forEach(Engine::close);
        opened.clear();
    }
}

package dev.xacct.commands;

import dev.xacct.XacctHome;
import dev.xacct.query.Engine;
import dev.xacct.query.local.LocalEngine;
import dev.xacct.query.local.demo.DemoDataset;
import dev.xacct.shell.BannerSource;
import dev.xacct.shell.LaunchOptions;
import dev.xacct.shell.UsageError;
import dev.xacct.shell.UserError;
import dev.xacct.session.AwsSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which engine a query runs on and over what data. The local engine is the default when there
 * is no AWS at hand ({@code --demo}, or no credentials found), and then its data is the demo
 * dataset, generated into the cache on first use.
 */
@Component
public class QueryEngines implements BannerSource, AutoCloseable {

    private final boolean demo;
    private final List<Engine> opened = new ArrayList<>();
    private AthenaEngines athena;
    private LocalEngine local;

    public QueryEngines(LaunchOptions options, AwsSettings aws) {
        this.demo = options.demo() || (options.interactive() && aws.credentialsLikelyAbsent() && aws.endpoint().isEmpty());
    }

    public boolean demo() {
        return demo;
    }

    public String defaultEngine() {
        return demo ? LocalEngine.NAME : "athena";
    }

    /** The engine named by {@code --engine}, or the default one. */
    public synchronized Engine engine(String requested) {
        String name = requested == null ? defaultEngine() : requested;
        return switch (name) {
            case "local" -> local();
            case "athena" -> athena().engine();
            default -> throw new UsageError("unknown engine '" + name + "': use athena or local");
        };
    }

    synchronized void useAthena(AthenaEngines engines) {
        this.athena = engines;
    }

    private AthenaEngines athena() {
        if (athena == null) {
            throw new UserError("the Athena engine is not available in this build; use --engine local");
        }
        return athena;
    }

    private LocalEngine local() {
        if (local == null) {
            local = new LocalEngine();
            opened.add(local);
        }
        return local;
    }

    /** The folder of CloudTrail files the local engine reads: {@code --source}, else the demo dataset. */
    public Path localSource(String source) {
        if (source != null) {
            Path folder = Path.of(source).toAbsolutePath().normalize();
            if (!Files.isDirectory(folder)) {
                throw new UserError("--source " + source + ": no such folder (give a folder of CloudTrail files, e.g. one 'logs pull' filled)");
            }
            return folder;
        }
        Path root = XacctHome.cache().resolve("demo");
        if (!Files.exists(root.resolve(".complete"))) {
            System.err.println("Generating the demo CloudTrail dataset into " + root + " (first use, a few seconds)...");
        }
        return DemoDataset.ensure(root);
    }

    @Override
    public List<String> lines() {
        if (!demo) {
            return List.of();
        }
        return List.of(
                "Demo mode: queries run on the local engine over a synthetic CloudTrail dataset (4 accounts, 2025-06-01..30).",
                "  Try: query run cloudtrail/console-logins --param start=2025-06-19",
                "       templates      template show cloudtrail/root-activity      sql \"SELECT eventname, count(*) FROM cloudtrail GROUP BY 1 ORDER BY 2 DESC LIMIT 5\"");
    }

    @Override
    public synchronized void close() {
        opened.forEach(Engine::close);
        opened.clear();
    }

    /** Supplied by the Athena layer: its engine for the current session. */
    public interface AthenaEngines {
        Engine engine();
    }

    Optional<AthenaEngines> athenaEngines() {
        return Optional.ofNullable(athena);
    }
}

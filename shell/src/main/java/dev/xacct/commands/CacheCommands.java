package dev.xacct.commands;

import dev.xacct.query.athena.ByteSize;
import dev.xacct.query.local.LocalEngine;
import dev.xacct.query.local.cache.ColumnarCache;
import dev.xacct.query.service.QueryEngines;
import dev.xacct.query.service.QueryFeedback;
import dev.xacct.render.Column;
import dev.xacct.render.OutputFormat;
import dev.xacct.render.Renderer;
import dev.xacct.shell.UserError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code cache status|refresh|clear}: the local engine's columnar cache of each source folder. */
@Component
public class CacheCommands {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    private final QueryEngines engines;
    private final QueryFeedback feedback;

    public CacheCommands(QueryEngines engines, QueryFeedback feedback) {
        this.engines = engines;
        this.feedback = feedback;
    }

    @Command(
            name = "cache status",
            group = "Queries",
            description = "The local engine's columnar cache: sources, size, files, events, last refresh",
            help = """
                    Usage: cache status [--format table|vertical|csv|tsv|json|markdown]
                    One row per cached source folder and table. 'pending' counts the source files the
                    cache does not hold yet (new or changed since): queries read those from the files.""")
    public void status(
            CommandContext context,
            @Option(longName = "format", defaultValue = "table", description = "output format") OutputFormat format) {
        LocalEngine local = engines.local();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ColumnarCache.Status s : engines.cache().status(local.tables())) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("source", s.source().toString());
            row.put("table", s.table());
            row.put("files", (long) s.files());
            row.put("events", s.events());
            row.put("size", ByteSize.format(s.bytes()));
            row.put(
                    "refreshed",
                    s.refreshed() == 0
                            ? null
                            : WHEN.format(Instant.ofEpochMilli(s.refreshed()).atZone(ZoneOffset.UTC)));
            row.put("pending", (long) s.pendingFiles());
            row.put("state", state(s));
            rows.add(row);
        }
        List<Column> columns = List.of(
                Column.text("source"),
                Column.text("table"),
                Column.number("files"),
                Column.number("events"),
                Column.text("size"),
                Column.text("refreshed"),
                Column.number("pending"),
                Column.text("state"));
        if (rows.isEmpty() && (format == OutputFormat.TABLE || format == OutputFormat.VERTICAL)) {
            context.outputWriter()
                    .println("no cache yet: the first local query over a folder builds it behind the answer, "
                            + "or run 'cache refresh --source DIR'");
            return;
        }
        new Renderer(context.outputWriter()).printRecords(columns, rows, format);
    }

    private static String state(ColumnarCache.Status s) {
        if (s.sourceMissing()) {
            return "source folder missing ('cache clear --source " + s.source() + "' deletes this cache)";
        }
        if (s.building().isPresent()) {
            return "building: " + s.building().get().counts();
        }
        if (s.lastFailure().isPresent()) {
            return "last build failed: " + s.lastFailure().get();
        }
        return s.pendingFiles() == 0 ? "up to date" : s.pendingFiles() + " files to convert ('cache refresh')";
    }

    @Command(
            name = "cache refresh",
            group = "Queries",
            description = "Bring the columnar cache of a source folder up to date now",
            help = """
                    Usage: cache refresh [--source DIR]
                    Converts what the cache lacks of DIR (every CloudTrail file the first time, then the new and
                    changed ones), with a progress line; Ctrl-C stops it and keeps what was done. Without
                    --source: every folder already cached. Waits if another xacct is building the same cache.""")
    public void refresh(
            CommandContext context,
            @Option(longName = "source", description = "folder of CloudTrail files (default: every cached folder)")
                    String source) {
        LocalEngine local = engines.local();
        ColumnarCache cache = engines.cache();
        Set<Path> sources = new LinkedHashSet<>();
        if (source != null) {
            sources.add(engines.localSource(source));
        } else {
            cache.status(local.tables()).stream()
                    .filter(s -> !s.sourceMissing())
                    .forEach(s -> sources.add(s.source()));
            if (sources.isEmpty()) {
                throw new UserError("nothing cached yet: give the folder, e.g. cache refresh --source "
                        + "~/.xacct/cache/cloudtrail/BUCKET");
            }
        }
        PrintWriter out = context.outputWriter();
        for (Path folder : sources) {
            try {
                List<String> lines = engines.refreshCache(folder).stream()
                        .map(CacheCommands::summary)
                        .flatMap(Optional::stream)
                        .toList();
                lines.forEach(out::println);
                if (lines.isEmpty()) {
                    out.println(folder + ": no log files of a kind the local engine reads");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UserError(
                        "cache refresh interrupted: the steps already done are kept; run it again to finish");
            }
        }
        out.flush();
    }

    /** One line per table: what was converted, or that it is up to date; nothing for a table with no files there. */
    private static Optional<String> summary(ColumnarCache.Result r) {
        String what = r.source() + " (" + r.table() + ")";
        if (r.files() == 0) {
            return r.cached() == 0 ? Optional.empty() : Optional.of(what + ": up to date");
        }
        String text = what + ": converted " + r.files() + (r.files() == 1 ? " file" : " files") + " ("
                + ByteSize.format(r.bytes()) + ") in "
                + String.format(java.util.Locale.ROOT, "%.1f s", r.elapsed().toMillis() / 1000.0);
        return Optional.of(
                r.unreadable() == 0
                        ? text
                        : text + "; " + r.unreadable()
                                + " DuckDB could not read (queries over them read the files and say why)");
    }

    @Command(
            name = "cache clear",
            group = "Queries",
            description = "Delete the columnar cache of a source folder (or all of it)",
            help = """
                    Usage: cache clear [--source DIR]
                    Queries then read the files again until the cache is rebuilt. The source files are not touched.""")
    public void clear(
            CommandContext context,
            @Option(longName = "source", description = "the folder whose cache to delete (default: every cache)")
                    String source) {
        Optional<Path> folder =
                Optional.ofNullable(source).map(s -> Path.of(s).toAbsolutePath().normalize());
        List<Path> cleared;
        try {
            cleared = engines.cache()
                    .clear(
                            engines.local().tables(),
                            folder,
                            () -> feedback.notice("waiting for another xacct that is building that cache"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("cache clear interrupted");
        } catch (IOException e) {
            throw new UserError(
                    "cannot delete the cache under " + engines.cache().root() + ": " + e.getMessage());
        }
        PrintWriter out = context.outputWriter();
        if (cleared.isEmpty()) {
            out.println(folder.map(f -> "no cache of " + f).orElse("no cache to clear"));
        }
        cleared.forEach(f -> out.println("cleared the cache of " + f));
        out.flush();
    }
}

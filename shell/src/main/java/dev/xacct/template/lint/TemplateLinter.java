package dev.xacct.template.lint;

import dev.xacct.shell.FileErrors;
import dev.xacct.shell.TextFiles;
import dev.xacct.template.BindResult;
import dev.xacct.template.LoadProblem;
import dev.xacct.template.PackLoad;
import dev.xacct.template.Parameter;
import dev.xacct.template.Template;
import dev.xacct.template.TemplateBinder;
import dev.xacct.template.TemplateFormatException;
import dev.xacct.template.TemplateLoader;
import dev.xacct.template.TemplatePack;
import dev.xacct.template.TemplateParser;
import io.trino.sql.parser.ParsingException;
import io.trino.sql.parser.SqlParser;
import io.trino.sql.tree.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code template lint}: checks a template without running it. The text is checked as
 * written; then it is bound twice with sample values (every parameter given, and only the
 * required ones) and each result is parsed with Trino's SQL parser, Athena's dialect, and
 * checked as a syntax tree. Findings name the template file and line.
 */
public final class TemplateLinter {
    private static final String SAMPLE_TABLE = null; // lint with the template's own table name
    private final TemplateBinder binder =
            new TemplateBinder(Clock.fixed(Instant.parse("2025-03-06T12:00:00Z"), ZoneOffset.UTC));
    private final HiveDdlLinter ddlLinter = new HiveDdlLinter();

    /**
     * Every check of {@code template lint} on one template: its text, then its SQL bound with
     * sample values (all parameters, and required ones only) and parsed with Trino's parser.
     */
    public List<LintFinding> lint(Template t) {
        List<LintFinding> out = new ArrayList<>(QueryTextLints.check(t));
        Map<String, String> all = new LinkedHashMap<>();
        Map<String, String> requiredOnly = new LinkedHashMap<>();
        for (Parameter p : t.parameters()) {
            all.put(p.name(), p.lintSample());
            if (p.required()) {
                requiredOnly.put(p.name(), p.lintSample());
            }
        }
        Map<String, LintFinding> unique = new LinkedHashMap<>();
        for (Map<String, String> values : List.of(all, requiredOnly)) {
            for (LintFinding f : lintBound(t, values)) {
                unique.putIfAbsent(f.line() + f.rule() + f.message(), f);
            }
        }
        out.addAll(unique.values());
        return out;
    }

    private List<LintFinding> lintBound(Template t, Map<String, String> values) {
        String file = t.source().file();
        BindResult result = binder.bind(t, values, SAMPLE_TABLE);
        if (result instanceof BindResult.Failed failed) {
            return failed.errors().stream()
                    .map(
                            e -> new LintFinding(
                                    Severity.ERROR,
                                    file,
                                    0,
                                    "bind",
                                    "does not bind with sample values " + values + ": " + e.message(),
                                    "an optional parameter must sit inside [[ … ]]; give a 'sample:' when the type's sample does not fit"))
                    .toList();
        }
        BindResult.Bound bound = (BindResult.Bound) result;
        Statement statement;
        try {
            statement = new SqlParser().createStatement(bound.sql());
        } catch (ParsingException e) {
            return List.of(new LintFinding(
                    Severity.ERROR,
                    file,
                    t.source().fileLine(e.getLineNumber()),
                    "syntax",
                    e.getErrorMessage(),
                    "Athena parses Trino SQL; check the statement near this line"));
        }
        String table = t.table() == null ? "" : t.table();
        return QueryAstLints.check(statement, file, line -> t.source().fileLine(line), table, t.partitionKeys());
    }

    /**
     * Lints SQL typed by hand ({@code sql "…"}) with the checks of a bound template that need no
     * template (e.g. {@code IN ('a,b')}, one string where a list was meant), every finding a
     * warning: the statement still runs. SQL Trino's parser does not read (DuckDB's own syntax, on
     * the local engine) gets no finding; the engine says what is wrong with it.
     */
    public List<LintFinding> lintStatement(String sql) {
        Statement statement;
        try {
            statement = new SqlParser().createStatement(sql);
        } catch (ParsingException | IllegalArgumentException e) {
            return List.of();
        }
        return QueryAstLints.check(statement, "sql", line -> line, "", List.of()).stream()
                .map(f -> new LintFinding(Severity.WARNING, f.file(), f.line(), f.rule(), f.message(), f.hint()))
                .toList();
    }

    /** {@link #lint(Template)} of every template of the pack, in pack order. */
    public List<LintFinding> lintPack(TemplatePack pack) {
        List<LintFinding> out = new ArrayList<>();
        pack.templates().forEach(t -> out.addAll(lint(t)));
        return out;
    }

    /**
     * Lints a path: a pack folder (its pack.yaml and every template), a template file, or a
     * DDL file ({@code CREATE …}), which goes to the {@link HiveDdlLinter}.
     */
    public List<LintFinding> lintPath(Path path) {
        if (Files.isDirectory(path)) {
            PackLoad load = TemplateLoader.packDirectory(path);
            List<LintFinding> out = new ArrayList<>(
                    load.problems().stream().map(TemplateLinter::loadFailure).toList());
            load.packs().forEach(p -> out.addAll(lintPack(p)));
            return out;
        }
        String text;
        try {
            text = TextFiles.read(path);
        } catch (IOException e) {
            return List.of(new LintFinding(
                    Severity.ERROR, path.toString(), 0, "read", "cannot read: " + FileErrors.reason(e), ""));
        }
        if (isDdl(text)) {
            return ddlLinter.lint(text, path.toString());
        }
        try {
            Path dir = path.toAbsolutePath().getParent();
            String pack = dir == null || dir.getFileName() == null
                    ? "local"
                    : dir.getFileName().toString();
            return lint(TemplateParser.parse(pack, path.getFileName().toString(), path.toString(), text));
        } catch (TemplateFormatException e) {
            return List.of(loadFailure(e.toProblem()));
        }
    }

    static boolean isDdl(String text) {
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("--")) {
                continue;
            }
            return l.toUpperCase(Locale.ROOT).startsWith("CREATE ");
        }
        return false;
    }

    /** A template or pack file that did not load: an error, as much as one that loads and is wrong. */
    public static LintFinding loadFailure(LoadProblem p) {
        return new LintFinding(Severity.ERROR, p.file(), p.line(), "format", p.message(), "see docs/templates.md");
    }
}

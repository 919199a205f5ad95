package dev.xacct.template.lint;

import dev.xacct.template.Lines;
import dev.xacct.template.Parameter;
import dev.xacct.template.ParameterType;
import dev.xacct.template.Placeholder;
import dev.xacct.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lints on the template text itself, before any value is bound. */
final class QueryTextLints {
    private static final Pattern IN_PARENS =
            Pattern.compile("(?i)\\bIN\\s*\\(\\s*\\$\\{([A-Za-z][A-Za-z0-9_-]*)}\\s*\\)");
    private static final Pattern IN_BARE = Pattern.compile("(?i)\\bIN\\s*\\$\\{([A-Za-z][A-Za-z0-9_-]*)}");

    private QueryTextLints() {}

    static List<LintFinding> check(Template t) {
        List<LintFinding> out = new ArrayList<>();
        quotedPlaceholders(t, out);
        inLists(t, out);
        unusedParameters(t, out);
        return out;
    }

    /** {@code '${x}'}: the value is already a literal, so the quotes break it (or worse). */
    private static void quotedPlaceholders(Template t, List<LintFinding> out) {
        String sql = t.sql();
        char state = 0; // 0 code, '\'' string, '"' identifier, '-' line comment, '*' block comment
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            char next = i + 1 < sql.length() ? sql.charAt(i + 1) : 0;
            switch (state) {
                case 0 -> {
                    if (c == '\'' || c == '"') {
                        state = c;
                    } else if (c == '-' && next == '-') {
                        state = '-';
                    } else if (c == '/' && next == '*') {
                        state = '*';
                    }
                }
                case '\'' -> {
                    if (c == '\'' && next == '\'') {
                        i++;
                    } else if (c == '\'') {
                        state = 0;
                    } else if (c == '$' && next == '{' && (i == 0 || sql.charAt(i - 1) != '$')) {
                        int end = sql.indexOf('}', i);
                        String ph = end > 0 ? sql.substring(i, end + 1) : "${";
                        out.add(new LintFinding(
                                Severity.ERROR,
                                t.source().file(),
                                t.source().fileLine(Lines.lineAt(sql, i)),
                                "quoted-placeholder",
                                ph + " is inside quotes",
                                "values render as complete SQL literals: write " + ph
                                        + " without quotes (for LIKE use '%' || " + ph + " || '%')"));
                    }
                }
                case '"' -> {
                    if (c == '"') {
                        state = 0;
                    }
                }
                case '-' -> {
                    if (c == '\n') {
                        state = 0;
                    }
                }
                default -> {
                    if (c == '*' && next == '/') {
                        state = 0;
                        i++;
                    }
                }
            }
        }
    }

    private static void inLists(Template t, List<LintFinding> out) {
        String sql = t.sql();
        Matcher m = IN_PARENS.matcher(sql);
        while (m.find()) {
            Optional<Parameter> p = t.parameter(m.group(1));
            if (p.isEmpty()) {
                continue;
            }
            int line = t.source().fileLine(Lines.lineAt(sql, m.start()));
            if (p.get().type() instanceof ParameterType.ListOf) {
                out.add(new LintFinding(
                        Severity.ERROR,
                        t.source().file(),
                        line,
                        "in-list-parens",
                        "IN (${" + p.get().name() + "}) wraps a list in a second pair of parentheses",
                        "a list renders as ('a', 'b'): write IN ${" + p.get().name() + "}"));
            } else {
                out.add(new LintFinding(
                        Severity.WARNING,
                        t.source().file(),
                        line,
                        "in-single-string",
                        "IN (${" + p.get().name() + "}) compares with one "
                                + p.get().type().name() + " value",
                        "'a,b' would match neither a nor b: declare '" + p.get().name() + "' as list<…> and write IN ${"
                                + p.get().name() + "}"));
            }
        }
        m = IN_BARE.matcher(sql);
        while (m.find()) {
            Optional<Parameter> p = t.parameter(m.group(1));
            if (p.isPresent() && !(p.get().type() instanceof ParameterType.ListOf)) {
                out.add(new LintFinding(
                        Severity.ERROR,
                        t.source().file(),
                        t.source().fileLine(Lines.lineAt(sql, m.start())),
                        "in-single-string",
                        "IN ${" + p.get().name() + "} needs a list, but '"
                                + p.get().name() + "' is " + p.get().type().name(),
                        "declare it as list<" + p.get().type().name() + ">"));
            }
        }
    }

    private static void unusedParameters(Template t, List<LintFinding> out) {
        List<String> used = new ArrayList<>(
                Placeholder.in(t.sql()).stream().map(Placeholder::name).toList());
        t.parameters().stream()
                .filter(Parameter::hasDefault)
                .forEach(p -> Placeholder.in(p.defaultValue()).forEach(r -> used.add(r.name())));
        for (Parameter p : t.parameters()) {
            if (!used.contains(p.name())) {
                out.add(new LintFinding(
                        Severity.WARNING,
                        t.source().file(),
                        1,
                        "unused-parameter",
                        "parameter '" + p.name() + "' is declared but never used",
                        "use it or remove it"));
            }
        }
    }
}

package dev.xacct.template;

import dev.xacct.shell.Suggestions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringSubstitutor;

/**
 * Binds {@code --param NAME=VALUE} strings to a template: each value is parsed by its
 * parameter's type (a value that fails stops everything), defaults are filled in (they may
 * refer to other parameters, e.g. {@code end} defaults to {@code ${start}}), optional
 * fragments are resolved, and the SQL is rendered with every value as a literal.
 */
public final class TemplateBinder {
    private final Clock clock;

    public TemplateBinder() {
        this(Clock.systemUTC());
    }

    /** @param clock decides what {@code today}, {@code yesterday} and {@code -7d} mean */
    public TemplateBinder(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param params {@code NAME=VALUE} strings as typed after {@code --param}; a list
     *               parameter given twice collects both
     * @param table  the configured table for {@code ${table}}, or null for the template's own
     */
    public BindResult bind(Template template, List<String> params, String table) {
        List<BindError> errors = new ArrayList<>();
        Map<String, String> raw = new LinkedHashMap<>();
        for (String param : params) {
            int eq = param.indexOf('=');
            if (eq <= 0) {
                errors.add(new BindError(param, "", "'" + Shown.value(param) + "' is not NAME=VALUE"));
                continue;
            }
            String name = param.substring(0, eq).trim();
            String value = param.substring(eq + 1);
            var declared = template.parameter(name);
            if (raw.containsKey(name)) {
                if (declared.isPresent() && declared.get().type() instanceof ParameterType.ListOf) {
                    raw.put(name, raw.get(name) + "," + value);
                } else {
                    errors.add(new BindError(name, "", "parameter '" + name + "' is given twice"));
                }
                continue;
            }
            raw.put(name, value);
        }
        if (!errors.isEmpty()) {
            return new BindResult.Failed(template, errors);
        }
        return bind(template, raw, table);
    }

    /** As {@link #bind(Template, List, String)} with the values already split by name. */
    public BindResult bind(Template template, Map<String, String> params, String table) {
        List<BindError> errors = new ArrayList<>();
        for (String name : params.keySet()) {
            if (template.parameter(name).isEmpty()) {
                List<String> names =
                        template.parameters().stream().map(Parameter::name).toList();
                List<String> close = Suggestions.closest(name, names, 3);
                errors.add(new BindError(
                        name,
                        "",
                        "unknown parameter '" + name + "'"
                                + (close.isEmpty()
                                        ? " (parameters: " + String.join(", ", names) + ")"
                                        : " (did you mean " + String.join(", ", close) + "?)")));
            }
        }
        String tableName = table != null ? table : template.table();
        if (tableName != null && !TableName.isValid(tableName)) {
            errors.add(new BindError(
                    "table",
                    "identifier",
                    "table '" + Shown.value(tableName) + "' is not a plain identifier (letters, digits, _; db.table)"));
        }

        Map<String, String> rawValues = resolveDefaults(template, params, errors);
        Map<String, ParamValue> values = new LinkedHashMap<>();
        Set<String> failed = new HashSet<>();
        Set<String> counts = rowCounts(template);
        // the user's values first: a default made of a value that failed is not reported again
        List<Parameter> order = new ArrayList<>(template.parameters());
        order.sort(Comparator.comparing(p -> params.containsKey(p.name()) ? 0 : 1));
        Map<String, BindError> perParameter = new java.util.HashMap<>();
        for (Parameter p : order) {
            String raw = rawValues.get(p.name());
            if (raw != null
                    && !params.containsKey(p.name())
                    && Placeholder.in(p.defaultValue()).stream().anyMatch(r -> failed.contains(r.name()))) {
                failed.add(p.name());
                continue;
            }
            if (raw == null) {
                if (p.required()) {
                    perParameter.put(
                            p.name(),
                            new BindError(
                                    p.name(),
                                    p.type().name(),
                                    "missing required parameter '" + p.name() + "' ("
                                            + p.type().name() + ": " + p.type().expected() + ")"));
                }
                continue;
            }
            try {
                ParamValue value = p.type().parse(raw, clock);
                if (counts.contains(p.name()) && value instanceof ParamValue.Int n && n.value() < 0) {
                    throw new InvalidValueException(
                            "it is the query's LIMIT or OFFSET, a count of rows: give 0 or more");
                }
                values.put(p.name(), value);
            } catch (InvalidValueException e) {
                failed.add(p.name());
                perParameter.put(
                        p.name(),
                        new BindError(
                                p.name(),
                                p.type().name(),
                                "parameter '" + p.name() + "' expects "
                                        + p.type().name() + " (" + p.type().expected() + "), got '" + Shown.value(raw)
                                        + "': "
                                        + e.getMessage()));
            }
        }
        template.parameters().stream()
                .map(p -> perParameter.get(p.name()))
                .filter(java.util.Objects::nonNull)
                .forEach(errors::add); // in the order the template declares them
        endBeforeStart(values, params, rawValues).ifPresent(errors::add);
        if (!errors.isEmpty()) {
            return new BindResult.Failed(template, errors);
        }
        try {
            String sql = render(template, values, tableName);
            return new BindResult.Bound(template, sql, new BoundParameters(values));
        } catch (ParameterLookup.Unresolved e) {
            return new BindResult.Failed(template, List.of(new BindError(e.parameter, "", e.getMessage())));
        }
    }

    private static final Pattern ROW_COUNT =
            Pattern.compile("(?i)\\b(?:LIMIT|OFFSET)\\s+\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");

    /** The parameters the SQL uses as {@code LIMIT ${…}} or {@code OFFSET ${…}}: counts of rows, never negative. */
    private static Set<String> rowCounts(Template template) {
        Set<String> names = new HashSet<>();
        Matcher m = ROW_COUNT.matcher(template.sql());
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * The day range {@code start}..{@code end} must not run backwards; said with the values as the
     * user typed them (or as the default gave them), not as the partitions they pad to.
     */
    private static Optional<BindError> endBeforeStart(
            Map<String, ParamValue> values, Map<String, String> given, Map<String, String> raw) {
        if (!(values.get("start") instanceof ParamValue.Day start)
                || !(values.get("end") instanceof ParamValue.Day end)) {
            return Optional.empty();
        }
        if (!end.value().isBefore(start.value())) {
            return Optional.empty();
        }
        String endText = Shown.value(raw.get("end").strip());
        String startText = Shown.value(raw.get("start").strip());
        String shownEnd = endText.equals(end.value().toString()) ? endText : endText + " = " + end.value();
        String shownStart = startText.equals(start.value().toString()) ? startText : startText + " = " + start.value();
        return Optional.of(new BindError(
                "end",
                "date",
                "end (" + shownEnd + ") is before start (" + shownStart + ")"
                        + (given.containsKey("end") ? ": give an end on or after the start" : ": give a later end")));
    }

    /** Raw text per parameter: the user's, else the default with its references filled in. */
    private static Map<String, String> resolveDefaults(
            Template template, Map<String, String> given, List<BindError> errors) {
        Map<String, String> raw = new LinkedHashMap<>();
        template.parameters().stream()
                .filter(p -> given.containsKey(p.name()))
                .forEach(p -> raw.put(p.name(), given.get(p.name())));
        List<Parameter> pending = new ArrayList<>(template.parameters().stream()
                .filter(p -> !given.containsKey(p.name()) && p.hasDefault())
                .toList());
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                Parameter p = it.next();
                List<Placeholder> refs = Placeholder.in(p.defaultValue());
                if (refs.stream().allMatch(r -> raw.containsKey(r.name()))) {
                    // Raw text into raw text: the result is parsed by p's type like a user's value.
                    raw.put(
                            p.name(),
                            new StringSubstitutor(raw::get)
                                    .setDisableSubstitutionInValues(true)
                                    .replace(p.defaultValue()));
                    it.remove();
                    progress = true;
                } else if (refs.stream()
                        .anyMatch(r -> !raw.containsKey(r.name())
                                && pending.stream().noneMatch(q -> q.name().equals(r.name())))) {
                    it.remove(); // refers to a parameter without a value: p has none either
                    progress = true;
                }
            }
        }
        for (Parameter p : pending) {
            errors.add(new BindError(
                    p.name(),
                    p.type().name(),
                    "the default of '" + p.name() + "' refers to itself through other defaults"));
        }
        return raw;
    }

    private static String render(Template template, Map<String, ParamValue> values, String table) {
        String sql = OptionalFragments.resolve(template.sql(), values::containsKey);
        StringSubstitutor substitutor = new StringSubstitutor(new ParameterLookup(template, values, table));
        // A rendered literal is final: never scan it for ${…} again, never treat ':-' as a default.
        substitutor.setDisableSubstitutionInValues(true);
        substitutor.setEnableSubstitutionInVariables(false);
        substitutor.setValueDelimiterMatcher(null);
        substitutor.setEnableUndefinedVariableException(true);
        return substitutor.replace(sql);
    }
}

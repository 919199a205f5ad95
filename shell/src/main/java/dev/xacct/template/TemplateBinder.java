package dev.xacct.template;

import dev.xacct.shell.Suggestions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        for (Parameter p : template.parameters()) {
            String raw = rawValues.get(p.name());
            if (raw == null) {
                if (p.required()) {
                    errors.add(new BindError(
                            p.name(),
                            p.type().name(),
                            "missing required parameter '" + p.name() + "' ("
                                    + p.type().name() + ": " + p.type().expected() + ")"));
                }
                continue;
            }
            try {
                values.put(p.name(), p.type().parse(raw, clock));
            } catch (InvalidValueException e) {
                errors.add(new BindError(
                        p.name(),
                        p.type().name(),
                        "parameter '" + p.name() + "' expects "
                                + p.type().name() + " (" + p.type().expected() + "), got '" + Shown.value(raw) + "': "
                                + e.getMessage()));
            }
        }
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

package dev.xacct.template;

import java.util.Map;
import org.apache.commons.text.lookup.StringLookup;

/**
 * The {@link StringLookup} behind template rendering: resolves {@code name} or
 * {@code name:modifier} to the SQL literal of a bound value, and {@code table} to the
 * validated table name. It never returns the user's raw text.
 */
final class ParameterLookup implements StringLookup {

    /** Thrown out of the substitutor for a placeholder with no value; the binder reports it. */
    static final class Unresolved extends RuntimeException {
        final String parameter;

        Unresolved(String parameter, String message) {
            super(message, null, false, false);
            this.parameter = parameter;
        }
    }

    private final Template template;
    private final Map<String, ParamValue> values;
    private final String table;

    ParameterLookup(Template template, Map<String, ParamValue> values, String table) {
        this.template = template;
        this.values = values;
        this.table = table;
    }

    @Override
    public String lookup(String key) {
        int colon = key.indexOf(':');
        String name = colon < 0 ? key : key.substring(0, colon);
        String modifierWord = colon < 0 ? "" : key.substring(colon + 1);
        if (name.equals("table") && modifierWord.isEmpty()) {
            return table;
        }
        Parameter p = template.parameter(name)
                .orElseThrow(() -> new Unresolved(name, "'${" + key + "}' is not a declared parameter"));
        Modifier modifier = Modifier.of(modifierWord)
                .orElseThrow(() -> new Unresolved(name, "unknown modifier ':" + modifierWord + "'"));
        ParamValue value = values.get(name);
        if (value == null) {
            throw new Unresolved(
                    name,
                    "parameter '" + name + "' (" + p.type().name() + ") has no value: give --param " + name + "=…");
        }
        return SqlLiterals.render(name, value, modifier);
    }
}

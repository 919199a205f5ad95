package dev.xacct.template;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a placeholder renders its value: {@code ${name}} is the plain literal,
 * {@code ${name:modifier}} a derived one. Only dates and timestamps take modifiers.
 */
public enum Modifier {
    /** The SQL literal of the value. */
    PLAIN(""),
    /** Partition {@code date} string 'yyyy/MM/dd', padded one day outward: start − 1, end + 1. */
    PARTITION("partition"),
    /** Partition string one day before the value (for a lower bound not named start). */
    PARTITION_LOWER("partition-lower"),
    /** Partition string one day after the value (for an upper bound not named end). */
    PARTITION_UPPER("partition-upper"),
    /** ISO-8601 UTC string, e.g. '2025-03-06T00:00:00Z': compare with eventtime. */
    ISO("iso"),
    /** Exclusive upper bound as ISO string: the next day's midnight for a date. */
    ISO_END("iso-end");

    private final String word;

    Modifier(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<Modifier> of(String word) {
        String w = word == null ? "" : word;
        return Arrays.stream(values()).filter(m -> m.word.equals(w)).findFirst();
    }

    /** Why this modifier cannot apply to the parameter, or empty when it can. */
    public Optional<String> misuse(Parameter p) {
        if (this == PLAIN) {
            return Optional.empty();
        }
        boolean temporal = p.type() instanceof ParameterType.Scalar s
                && (s.kind() == ParameterType.Kind.DATE || s.kind() == ParameterType.Kind.TIMESTAMP);
        if (!temporal) {
            return Optional.of("':" + word + "' applies to date and timestamp parameters; '" + p.name() + "' is "
                    + p.type().name());
        }
        if (this == PARTITION && !p.name().equals("start") && !p.name().equals("end")) {
            return Optional.of("':partition' pads start down and end up; for '" + p.name()
                    + "' write ':partition-lower' or ':partition-upper'");
        }
        return Optional.empty();
    }
}

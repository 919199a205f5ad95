package dev.xacct.policy;

import java.util.List;

/** A condition key's value in a request: present (one or many values), absent, or unknown. */
public sealed interface ContextValue {
    record Present(List<String> values) implements ContextValue {
        public Present {
            values = List.copyOf(values);
        }
    }

    record Absent() implements ContextValue {}
    /** The key may or may not be present: the fact behind it could not be read. */
    record Unknown(String fact) implements ContextValue {}

    static ContextValue of(String... values) {
        return new Present(List.of(values));
    }

    static ContextValue of(List<String> values) {
        return new Present(values);
    }

    ContextValue ABSENT = new Absent();
}

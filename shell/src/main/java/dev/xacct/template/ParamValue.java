package dev.xacct.template;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A parameter value after it passed its type: what the SQL renderer and the cost guard see. */
public sealed interface ParamValue {

    /** string, account-id, region, arn and enum values. */
    record Text(String value) implements ParamValue {}

    record Int(long value) implements ParamValue {}

    record Day(LocalDate value) implements ParamValue {}

    /** A point in time, always UTC. */
    record Timestamp(Instant value) implements ParamValue {}

    record Many(List<ParamValue> values) implements ParamValue {
        public Many {
            values = List.copyOf(values);
        }

        /** The items as plain text, for list&lt;account-id&gt;, list&lt;region&gt; and the like. */
        public List<String> texts() {
            return values.stream()
                    .map(v -> v instanceof Text t ? t.value() : v.toString())
                    .toList();
        }
    }
}

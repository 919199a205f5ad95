package dev.xacct.template;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The typed values a template was bound with, defaults applied; absent optionals are missing. */
public record BoundParameters(Map<String, ParamValue> values) {

    public BoundParameters {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Optional<ParamValue> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public Optional<LocalDate> date(String name) {
        return get(name).filter(ParamValue.Day.class::isInstance).map(v -> ((ParamValue.Day) v).value());
    }

    /** A list parameter's items as text; empty when absent. */
    public List<String> texts(String name) {
        return get(name)
                .filter(ParamValue.Many.class::isInstance)
                .map(v -> ((ParamValue.Many) v).texts())
                .orElse(List.of());
    }

    /**
     * The partitions the query reads, when it has {@code start} and {@code end} dates: the
     * same padded range as {@code ${start:partition}}..{@code ${end:partition}}.
     */
    public Optional<PartitionScope> partitionScope() {
        Optional<LocalDate> start = date("start");
        Optional<LocalDate> end = date("end");
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(PartitionScope.forEventDates(start.get(), end.get(), texts("accounts"), texts("regions")));
    }
}

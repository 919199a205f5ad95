package dev.xacct.s3.evidence;

import java.util.function.Function;

/**
 * A fact of the evidence, tri-state (formats.md §1): a known value, known to be absent
 * (JSON {@code null}), or unknown (JSON {@code "unknown"}: it could not be read).
 */
public sealed interface Fact<T> {
    record Known<T>(T value) implements Fact<T> {}

    record Absent<T>() implements Fact<T> {}

    record Unknown<T>(String reason) implements Fact<T> {}

    static <T> Fact<T> known(T value) {
        return value == null ? new Absent<>() : new Known<>(value);
    }

    static <T> Fact<T> absent() {
        return new Absent<>();
    }

    static <T> Fact<T> unknown() {
        return new Unknown<>("could not be read");
    }

    static <T> Fact<T> unknown(String reason) {
        return new Unknown<>(reason);
    }

    default boolean isKnown() {
        return this instanceof Known<T>;
    }

    default boolean isUnknown() {
        return this instanceof Unknown<T>;
    }

    default boolean isAbsent() {
        return this instanceof Absent<T>;
    }

    /** The value, or {@code null} when absent or unknown. */
    default T orNull() {
        return this instanceof Known<T> k ? k.value() : null;
    }

    default T orElse(T other) {
        return this instanceof Known<T> k ? k.value() : other;
    }

    default <R> Fact<R> map(Function<T, R> f) {
        if (this instanceof Known<T> k) return Fact.known(f.apply(k.value()));
        if (this instanceof Unknown<T> u) return new Unknown<>(u.reason());
        return new Absent<>();
    }
}

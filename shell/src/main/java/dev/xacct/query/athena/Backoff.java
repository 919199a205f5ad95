package dev.xacct.query.athena;

import java.time.Duration;

/** How long to wait before each GetQueryExecution poll: quick at first (most queries are short), then capped. */
public record Backoff(Duration initial, Duration max, double factor) {

    public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2), 1.6);

    public Backoff {
        if (initial.isNegative() || max.compareTo(initial) < 0 || factor < 1) {
            throw new IllegalArgumentException("bad backoff " + initial + ".." + max + " x" + factor);
        }
    }

    /** The wait before poll {@code attempt} (0-based). */
    public Duration delay(int attempt) {
        double millis = initial.toMillis() * Math.pow(factor, Math.min(attempt, 60));
        return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
    }
}

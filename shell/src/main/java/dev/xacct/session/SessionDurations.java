package dev.xacct.session;

import dev.xacct.shell.UsageError;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Session lengths as users type them ({@code 1h}, {@code 90m}, {@code 3600}) and time left as the prompt shows it. Pure. */
public final class SessionDurations {

    /** The shortest role session AWS grants. */
    public static final Duration MIN = Duration.ofMinutes(15);
    /** The longest role session AWS grants (a role's MaxSessionDuration may allow less). */
    public static final Duration MAX = Duration.ofHours(12);
    /** AWS caps a role assumed with role credentials (role chaining) at one hour. */
    public static final Duration CHAINED_MAX = Duration.ofHours(1);
    /** The prompt warns when fewer minutes than this are left. */
    public static final Duration WARN_BELOW = Duration.ofMinutes(5);

    private static final Pattern PARTS = Pattern.compile("(\\d+)([hms])");

    private SessionDurations() {}

    /** {@code 1h}, {@code 90m}, {@code 1h30m}, {@code 3600s} or {@code 3600} (seconds), within 15m–12h. */
    public static Duration parse(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (value.matches(".*\\d{7,}.*")) {
            // a number this long overflows before it is compared; no session lasts millions of anything
            throw new UsageError("--duration " + text + " is out of range: AWS role sessions last from 15m to 12h");
        }
        Duration duration;
        if (value.matches("\\d+")) {
            duration = Duration.ofSeconds(Long.parseLong(value));
        } else if (value.matches("(\\d+[hms])+")) {
            duration = Duration.ZERO;
            Matcher m = PARTS.matcher(value);
            while (m.find()) {
                long n = Long.parseLong(m.group(1));
                duration = duration.plus(
                        switch (m.group(2)) {
                            case "h" -> Duration.ofHours(n);
                            case "m" -> Duration.ofMinutes(n);
                            default -> Duration.ofSeconds(n);
                        });
            }
        } else {
            throw new UsageError("'" + text + "' is not a duration: use e.g. 1h, 90m, 1h30m or 3600 (seconds)");
        }
        if (duration.compareTo(MIN) < 0 || duration.compareTo(MAX) > 0) {
            throw new UsageError("--duration " + text + " is out of range: AWS role sessions last from 15m to 12h");
        }
        return duration;
    }

    /** The duration to ask for when chaining: at most one hour. */
    public static Duration forChainedRole(Duration requested) {
        return requested.compareTo(CHAINED_MAX) > 0 ? CHAINED_MAX : requested;
    }

    /** {@code 42m}, {@code 2h05m}, {@code <1m}, or {@code expired}. */
    public static String remaining(Instant expires, Instant now) {
        Duration left = Duration.between(now, expires);
        if (left.isNegative() || left.isZero()) {
            return "expired";
        }
        long minutes = left.toMinutes();
        if (minutes < 1) {
            return "<1m";
        }
        if (minutes < 60) {
            return minutes + "m";
        }
        return String.format(Locale.ROOT, "%dh%02dm", minutes / 60, minutes % 60);
    }

    /** True when the credentials expire within {@link #WARN_BELOW}. */
    public static boolean nearExpiry(Instant expires, Instant now) {
        return Duration.between(now, expires).compareTo(WARN_BELOW) < 0;
    }

    /** {@code 1h}, {@code 90m}, {@code 45s}: the short form users type. */
    public static String format(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        if (seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }
}

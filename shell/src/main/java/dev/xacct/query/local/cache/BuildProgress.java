package dev.xacct.query.local.cache;

import dev.xacct.query.athena.ByteSize;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a cache build stands: {@code files} source files to convert, {@code filesDone} of them
 * converted; {@code bytes} their size, {@code bytesDone} read so far (estimated inside a step from
 * DuckDB's query progress); the time since the build began.
 */
public record BuildProgress(String source, int files, int filesDone, long bytes, long bytesDone, Duration elapsed) {

    /** Bytes read per second so far; 0 before a measurable time. */
    public double rate() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds < 0.001 ? 0 : bytesDone / seconds;
    }

    /** Time left at the rate so far; empty until something is done. */
    public Optional<Duration> eta() {
        double rate = rate();
        if (rate <= 0) {
            return Optional.empty();
        }
        long left = Math.max(0, bytes - bytesDone);
        return Optional.of(Duration.ofMillis((long) Math.ceil(left / rate * 1000)));
    }

    /** The line redrawn in place: {@code caching /logs: 37/120 files  4.2 MB of 12 MB  ETA 0:03}. */
    public String line() {
        return "caching " + source + ": " + counts();
    }

    /** {@code 37/120 files  4.2 MB of 12 MB  ETA 0:03}. */
    public String counts() {
        return filesDone + "/" + files + " files  " + ByteSize.format(bytesDone) + " of " + ByteSize.format(bytes)
                + "  ETA " + eta().map(BuildProgress::clock).orElse("--:--");
    }

    /** {@code m:ss}, or {@code h:mm:ss} from an hour on. */
    static String clock(Duration duration) {
        long total = duration.toSeconds() + (duration.toNanosPart() > 0 ? 1 : 0);
        long hours = total / 3600;
        return hours > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, (total % 3600) / 60, total % 60)
                : String.format(Locale.ROOT, "%d:%02d", total / 60, total % 60);
    }
}

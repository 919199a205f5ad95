package dev.xacct.logs;

import dev.xacct.query.athena.ByteSize;
import java.time.Duration;
import java.util.Locale;

/**
 * Where a pull stands: {@code files} in scope, of which {@code skipped} were already present,
 * {@code copied} downloaded and {@code failed} not; {@code bytes} to download in all and
 * {@code bytesCopied} so far; the time since downloads began. Formats the progress line and the
 * summary; pure, so the wording is tested without a terminal.
 */
public record PullProgress(
        int files, int skipped, int copied, int failed, long bytes, long bytesCopied, Duration elapsed) {

    public int done() {
        return skipped + copied + failed;
    }

    /** Bytes per second so far; 0 before a measurable time has passed. */
    public double rate() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds < 0.001 ? 0 : bytesCopied / seconds;
    }

    /** Time left at the current rate; empty until something has been copied. */
    public java.util.Optional<Duration> eta() {
        double rate = rate();
        if (rate <= 0 || bytesCopied == 0) {
            return java.util.Optional.empty();
        }
        long left = Math.max(0, bytes - bytesCopied);
        return java.util.Optional.of(Duration.ofMillis((long) Math.ceil(left / rate * 1000)));
    }

    /** The line redrawn in place: {@code 37/120 files  4.2 MB of 12 MB  3.1 MB/s  ETA 0:03}. */
    public String line() {
        StringBuilder text = new StringBuilder();
        text.append(done())
                .append('/')
                .append(files)
                .append(" files  ")
                .append(ByteSize.format(bytesCopied))
                .append(" of ")
                .append(ByteSize.format(bytes))
                .append("  ")
                .append(ByteSize.format((long) rate()))
                .append("/s  ETA ")
                .append(eta().map(PullProgress::clock).orElse("--:--"));
        if (failed > 0) {
            text.append("  ").append(failed).append(" failed");
        }
        return text.toString();
    }

    /** {@code copied 83 files (12 MB) in 4.1 s (20 files/s, 3.0 MB/s); 37 already present}. */
    public String summary() {
        double seconds = elapsed.toNanos() / 1e9;
        StringBuilder text = new StringBuilder("copied ")
                .append(count(copied, "file"))
                .append(" (")
                .append(ByteSize.format(bytesCopied))
                .append(") in ")
                .append(String.format(Locale.ROOT, "%.1f s", seconds));
        if (copied > 0 && seconds >= 0.001) {
            text.append(String.format(
                    Locale.ROOT, " (%.0f files/s, %s/s)", copied / seconds, ByteSize.format((long) rate())));
        }
        text.append("; ").append(skipped).append(" already present");
        if (failed > 0) {
            text.append("; ").append(failed).append(" failed");
        }
        return text.toString();
    }

    /** {@code m:ss}, or {@code h:mm:ss} from an hour on. */
    public static String clock(Duration duration) {
        long total = duration.toSeconds() + (duration.toNanosPart() > 0 ? 1 : 0);
        long hours = total / 3600;
        long minutes = (total % 3600) / 60;
        long seconds = total % 60;
        return hours > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, seconds)
                : String.format(Locale.ROOT, "%d:%02d", minutes, seconds);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

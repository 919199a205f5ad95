package dev.xacct.query.athena;

import java.time.Duration;
import java.util.Locale;

/** What a query has cost so far: wall time since submission and the data it scanned. */
public record QueryStatistics(Duration elapsed, long bytesScanned) {

    public static final QueryStatistics NONE = new QueryStatistics(Duration.ZERO, 0);

    public String cost() {
        return ScanCost.formatFor(bytesScanned);
    }

    /** {@code 12.3 s, scanned 3.2 GB, $0.016}. */
    public String describe() {
        return seconds(elapsed) + ", scanned " + ByteSize.format(bytesScanned) + ", " + cost();
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}

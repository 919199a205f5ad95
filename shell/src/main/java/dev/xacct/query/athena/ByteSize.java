package dev.xacct.query.athena;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes as a user types and reads them ({@code 10GB}, {@code 500 MB}, {@code 3.2 GB}). Units are
 * binary (1 KB = 1024 B), as in AWS's data-scanned figures and billing.
 */
public final class ByteSize {

    public static final long KB = 1024L;
    public static final long MB = KB * 1024;
    public static final long GB = MB * 1024;
    public static final long TB = GB * 1024;
    public static final long PB = TB * 1024;

    private static final Pattern SIZE =
            Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*([kmgtp]?)(i?b?)\\s*", Pattern.CASE_INSENSITIVE);
    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB", "PB"};

    private ByteSize() {}

    /**
     * {@code 10GB}, {@code 500mb}, {@code 1 TB}, {@code 1.5GiB}, {@code 2048} (bytes).
     *
     * @throws IllegalArgumentException with a message that shows the accepted forms
     */
    public static long parse(String text) {
        Matcher m = text == null ? null : SIZE.matcher(text);
        if (m == null || !m.matches() || (m.group(2).isEmpty() && m.group(3).equalsIgnoreCase("i"))) {
            throw new IllegalArgumentException("not a size: '" + text + "' (use e.g. 500MB, 10GB, 1TB)");
        }
        long unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> KB;
            case "m" -> MB;
            case "g" -> GB;
            case "t" -> TB;
            case "p" -> PB;
            default -> 1;
        };
        return new BigDecimal(m.group(1))
                .multiply(BigDecimal.valueOf(unit))
                .setScale(0, RoundingMode.CEILING)
                .longValueExact();
    }

    /** {@code 512 B}, {@code 3.2 GB}, {@code 12 GB}: one decimal below 10, whole numbers above. */
    public static String format(long bytes) {
        if (bytes < KB) {
            return bytes + " B";
        }
        int unit = 0;
        double value = bytes;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        String number =
                value < 9.95 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.0f", value);
        if (number.equals("1024") && unit < UNITS.length - 1) {
            return "1.0 " + UNITS[unit + 1];
        }
        return number + " " + UNITS[unit];
    }
}

package dev.xacct.query.athena;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * What Athena charges for a scan: $5 per TB, each query rounded up to the next MB with a 10 MB
 * minimum. A query that scanned nothing (DDL, a failed start) costs nothing.
 */
public final class ScanCost {

    public static final BigDecimal DOLLARS_PER_TB = BigDecimal.valueOf(5);
    public static final long MINIMUM_BYTES = 10 * ByteSize.MB;

    private ScanCost() {}

    /** The billed bytes: rounded up to a whole MB, at least 10 MB; 0 stays 0. */
    public static long billedBytes(long scannedBytes) {
        if (scannedBytes <= 0) {
            return 0;
        }
        long megabytes = (scannedBytes + ByteSize.MB - 1) / ByteSize.MB;
        return Math.max(megabytes * ByteSize.MB, MINIMUM_BYTES);
    }

    /** US dollars for a query that scanned {@code scannedBytes}: billed bytes × $5 per TB (2^40 bytes). */
    public static BigDecimal dollars(long scannedBytes) {
        return BigDecimal.valueOf(billedBytes(scannedBytes))
                .multiply(DOLLARS_PER_TB)
                .divide(BigDecimal.valueOf(ByteSize.TB), MathContext.DECIMAL64);
    }

    /** {@code $0.016}, {@code $0.00005}, {@code $12.40}: two significant digits below a dollar. */
    public static String format(BigDecimal dollars) {
        if (dollars.signum() == 0) {
            return "$0";
        }
        if (dollars.compareTo(BigDecimal.ONE) < 0) {
            return "$"
                    + dollars.round(new MathContext(2, RoundingMode.HALF_UP))
                            .stripTrailingZeros()
                            .toPlainString();
        }
        return "$" + dollars.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** {@link #format} of {@link #dollars}: what a scan of {@code scannedBytes} costs, for messages. */
    public static String formatFor(long scannedBytes) {
        return format(dollars(scannedBytes));
    }
}

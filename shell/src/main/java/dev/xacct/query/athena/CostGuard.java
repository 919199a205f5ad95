package dev.xacct.query.athena;

import java.util.OptionalLong;

/**
 * Decides whether a template may run given what it will scan: above the limit ({@code --max-scan}
 * or the configured default) it is refused unless the user said {@code --yes}. Pure: the estimate
 * comes from {@link S3ScanEstimator}, the cutoff from {@link AthenaQueries#bytesScannedCutoff}.
 */
public final class CostGuard {

    /** The guard's answer; {@code message} is one line to show either way. */
    public sealed interface Decision {
        String message();

        record Proceed(String message) implements Decision {}

        record Refused(String message) implements Decision {}
    }

    private CostGuard() {}

    /**
     * Proceed when {@code estimate} is within {@code maxScanBytes} (bytes), or above it with
     * {@code yes}; refused otherwise, with the {@code --max-scan} value that would let it through.
     *
     * @param workgroupCutoff the workgroup's BytesScannedCutoffPerQuery in bytes, when it has one (named in the message)
     */
    public static Decision check(ScanEstimate estimate, long maxScanBytes, boolean yes, OptionalLong workgroupCutoff) {
        String cutoff = workgroupCutoff.isPresent()
                ? "; the workgroup stops any query at " + ByteSize.format(workgroupCutoff.getAsLong())
                : "";
        String line = estimate.describe() + cutoff;
        if (estimate.bytes() <= maxScanBytes) {
            return new Decision.Proceed(line);
        }
        if (yes) {
            return new Decision.Proceed(
                    line + " (above --max-scan " + ByteSize.format(maxScanBytes) + ", running because of --yes)");
        }
        return new Decision.Refused(line + ", above the limit of " + ByteSize.format(maxScanBytes)
                + ": narrow the dates, accounts or regions, raise it with --max-scan "
                + suggestedLimit(estimate.bytes()) + ", or add --yes to run it anyway");
    }

    /** After the run: what it scanned and cost; {@code estimate} may be null when none was made. */
    public static String afterRun(QueryOutcome outcome, ScanEstimate estimate) {
        long scanned = outcome.statistics().bytesScanned();
        return "scanned " + ByteSize.format(scanned) + ", cost " + ScanCost.formatFor(scanned)
                + (estimate == null ? "" : " (estimated " + ByteSize.format(estimate.bytes()) + ")");
    }

    /** A --max-scan value that lets this estimate through, in a unit people type. */
    static String suggestedLimit(long bytes) {
        long[] units = {ByteSize.TB, ByteSize.GB, ByteSize.MB};
        String[] names = {"TB", "GB", "MB"};
        for (int i = 0; i < units.length; i++) {
            if (bytes >= units[i]) {
                return ((bytes + units[i] - 1) / units[i]) + names[i];
            }
        }
        return "1MB";
    }
}

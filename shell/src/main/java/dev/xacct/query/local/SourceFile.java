package dev.xacct.query.local;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One log file on disk and the partition values its location (S3 key layout or file name) gives
 * it. This is what a {@link LocalTable} selects and what its view reads.
 *
 * @param path    absolute path of the file
 * @param account the {@code accountid} partition value (12 digits), or null when the layout has none
 * @param region  the {@code region} partition value, or null when the layout has none
 * @param date    the delivery date: the {@code "date"} partition value
 */
public record SourceFile(Path path, String account, String region, LocalDate date) {

    /** The {@code "date"} partition value as Athena's tables show it: {@code yyyy/MM/dd}. */
    public String datePartition() {
        return String.format("%04d/%02d/%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }
}

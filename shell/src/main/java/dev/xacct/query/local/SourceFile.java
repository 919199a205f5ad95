package dev.xacct.query.local;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;

/**
 * One log file on disk and the partition values its location (S3 key layout or file name) gives
 * it. This is what a {@link LocalTable} selects and what its view reads.
 *
 * @param path     absolute path of the file
 * @param account  the {@code accountid} partition value (12 digits), or null when the layout has none
 * @param region   the {@code region} partition value, or null when the layout has none
 * @param date     the delivery date: the {@code "date"} partition value
 * @param size     bytes, as the listing saw them, or {@link #UNKNOWN}
 * @param modified last modification in epoch milliseconds, as the listing saw it, or {@link #UNKNOWN}
 */
public record SourceFile(Path path, String account, String region, LocalDate date, long size, long modified) {

    /** Size or time not taken by the listing: whoever needs it asks the file system. */
    public static final long UNKNOWN = -1;

    public SourceFile(Path path, String account, String region, LocalDate date) {
        this(path, account, region, date, UNKNOWN, UNKNOWN);
    }

    /**
     * This file with the size and time its directory walk already read, so the cache need not ask
     * again for each of thousands of files.
     */
    public SourceFile seen(BasicFileAttributes attributes) {
        return new SourceFile(
                path,
                account,
                region,
                date,
                attributes.size(),
                attributes.lastModifiedTime().toMillis());
    }

    /** The {@code "date"} partition value as Athena's tables show it: {@code yyyy/MM/dd}. */
    public String datePartition() {
        return String.format("%04d/%02d/%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }
}

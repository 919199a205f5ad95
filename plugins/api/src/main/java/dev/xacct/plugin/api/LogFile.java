package dev.xacct.plugin.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * One log file on disk that a {@link LocalReader} is asked to read, with the partition values its
 * location gave it.
 *
 * @param path      absolute path of the file
 * @param layout    the name of the {@link KeyLayout} it matched
 * @param account   the {@code accountid} value, or null when the layout has none
 * @param region    the {@code region} value, or null when the layout has none
 * @param date      the {@code "date"} value (delivery day)
 * @param keyValues values of the kind's {@link TableKind#keyColumns()} (absent ones are NULL)
 */
public record LogFile(
        Path path, String layout, String account, String region, LocalDate date, Map<String, String> keyValues) {

    public LogFile {
        keyValues = keyValues == null ? Map.of() : Map.copyOf(keyValues);
    }

    /** {@code yyyy/MM/dd}, the {@code "date"} partition value. */
    public String datePartition() {
        return String.format("%04d/%02d/%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }
}

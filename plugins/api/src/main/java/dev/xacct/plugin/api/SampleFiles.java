package dev.xacct.plugin.api;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The skeleton the shipped {@link SampleData} generators share: one log file per account, region
 * and day of the spec, each with its own random source (so a file's bytes depend only on the seed
 * and its place), the story in one of them, and the spec's malformed lines spread one a file
 * from the first.
 *
 * <pre>{@code
 * return SampleFiles.write(root, spec, "alb", day -> new SampleFiles.Contents(key, lines, lines.size()),
 *         (n, day) -> "a line cut short");
 * }</pre>
 */
public final class SampleFiles {

    /**
     * One file to write.
     *
     * @param random its own random source
     * @param story  whether it holds the story: the story day ({@link #storyDay}), the story
     *               account ({@link #storyAccount}), the first region
     */
    public record Day(String account, String region, LocalDate date, SplittableRandom random, boolean story) {}

    /** A file's key below the sample's root, its lines, and how many of them are records. */
    public record Contents(String key, List<String> lines, long records) {}

    /** Writes the good lines of one file (and chooses its key). */
    @FunctionalInterface
    public interface DayWriter {
        Contents write(Day day);
    }

    /** Malformed line number {@code n} (counting down), added to the file of {@code day}; must not use its random source. */
    @FunctionalInterface
    public interface HostileLine {
        String line(int n, Day day);
    }

    private SampleFiles() {}

    /** Eleven days before the last (2025-06-19 in the demo month), or the first day of a shorter spec. */
    public static LocalDate storyDay(SampleData.Spec spec) {
        LocalDate day = spec.to().minusDays(11);
        return day.isBefore(spec.from()) ? spec.from() : day;
    }

    /** The second account (the only one when there is one). */
    public static String storyAccount(SampleData.Spec spec) {
        return spec.accounts().get(Math.min(1, spec.accounts().size() - 1));
    }

    /**
     * Writes every file under {@code root} and says what was written.
     *
     * @param salt tells the kind's random sources from another kind's for the same place
     */
    public static SampleData.Written write(
            Path root, SampleData.Spec spec, String salt, DayWriter writer, HostileLine hostileLine)
            throws IOException {
        LocalDate story = storyDay(spec);
        String storyAccount = storyAccount(spec);
        List<Path> files = new ArrayList<>();
        long records = 0;
        long hostile = 0;
        int hostileLeft = spec.hostileLines();
        for (String account : spec.accounts()) {
            for (String region : spec.regions()) {
                for (LocalDate date = spec.from(); !date.isAfter(spec.to()); date = date.plusDays(1)) {
                    SplittableRandom random = new SplittableRandom(
                            spec.seed() ^ (account + region + date + salt).hashCode() * 0x9E3779B97F4A7C15L);
                    Day day = new Day(
                            account,
                            region,
                            date,
                            random,
                            date.equals(story)
                                    && account.equals(storyAccount)
                                    && region.equals(spec.regions().get(0)));
                    Contents contents = writer.write(day);
                    List<String> lines = new ArrayList<>(contents.lines());
                    records += contents.records();
                    if (hostileLeft > 0) {
                        lines.add(hostileLine.line(hostileLeft, day));
                        hostileLeft--;
                        hostile++;
                    }
                    Path file = root.resolve(contents.key());
                    SampleData.writeLines(file, lines);
                    files.add(file);
                }
            }
        }
        return new SampleData.Written(files, records, hostile);
    }
}

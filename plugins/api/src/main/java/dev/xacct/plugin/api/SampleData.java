package dev.xacct.plugin.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes synthetic log files of a kind, deterministically: the same {@link Spec} gives the same
 * bytes. Used by tests and by {@code --demo}; the data tells a small story each of the kind's
 * templates finds.
 */
public interface SampleData {

    /**
     * @param from         first day (UTC)
     * @param to           last day, inclusive
     * @param accounts     account ids to write logs for
     * @param regions      regions to write logs for
     * @param seed         the random seed
     * @param layout       the name of an S3 layout of the kind to write in, or null for its first
     * @param recordsPerDay about how many records per account, region and day
     * @param hostileLines how many malformed lines to add (spread over the files), for tests
     */
    record Spec(
            LocalDate from,
            LocalDate to,
            List<String> accounts,
            List<String> regions,
            long seed,
            String layout,
            int recordsPerDay,
            int hostileLines) {
        public Spec {
            accounts = List.copyOf(accounts);
            regions = List.copyOf(regions);
        }

        public Spec withLayout(String name) {
            return new Spec(from, to, accounts, regions, seed, name, recordsPerDay, hostileLines);
        }

        public Spec withHostileLines(int count) {
            return new Spec(from, to, accounts, regions, seed, layout, recordsPerDay, count);
        }
    }

    /** What was written. {@code records} counts good records only; {@code hostile} the malformed lines. */
    record Written(List<Path> files, long records, long hostile) {
        public Written {
            files = List.copyOf(files);
        }
    }

    /** Writes the sample under {@code root}, keys laid out as {@code spec.layout()}, and says what. */
    Written write(Path root, Spec spec) throws IOException;

    /**
     * The layout {@code spec} names, else the kind's first S3 layout.
     *
     * @throws IllegalArgumentException when the kind has no layout of that name
     */
    static KeyLayout layout(TableKind kind, Spec spec) {
        return kind.layouts().stream()
                .filter(l -> spec.layout() == null ? l.inS3() : l.name().equals(spec.layout()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(kind.name() + " has no layout " + spec.layout()));
    }

    /** Writes lines, each ended by a newline, as UTF-8; gzip-compressed when the name ends in {@code .gz}. */
    static void writeLines(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        OutputStream raw = Files.newOutputStream(file);
        try (Writer w = new OutputStreamWriter(
                file.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(raw) : raw,
                StandardCharsets.UTF_8)) {
            for (String line : lines) {
                w.write(line);
                w.write('\n');
            }
        }
    }
}

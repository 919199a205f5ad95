package dev.xacct.plugin;

import dev.xacct.aws.S3Uri;
import dev.xacct.plugin.api.TableLocation;
import dev.xacct.shell.PrivateFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the logs of each table {@code table create} made live, so that the cost guard can size
 * the S3 prefixes a query's partitions select: a small properties file,
 * {@code $XACCT_HOME/tables.properties}, one entry per table ({@code TABLE.kind},
 * {@code TABLE.location}, {@code TABLE.layout}). CloudTrail's location stays in {@code athena config}.
 */
public final class TableLocations {

    /** One table: its kind ({@code vpc-flow-logs}) and where its files are. */
    public record Entry(String table, String kind, TableLocation location) {}

    private final Path file;

    public TableLocations(Path file) {
        this.file = file;
    }

    public Optional<Entry> get(String table) {
        Properties p = load();
        String kind = p.getProperty(table + ".kind");
        String location = p.getProperty(table + ".location");
        String layout = p.getProperty(table + ".layout");
        if (kind == null || layout == null) {
            return Optional.empty();
        }
        return S3Uri.tryParse(location)
                .map(uri -> new Entry(table, kind, new TableLocation(uri.bucket(), uri.key(), layout)));
    }

    /** Records (or replaces) a table's entry; an IOException says the file could not be written. */
    public void put(Entry entry) throws IOException {
        Properties p = load();
        p.setProperty(entry.table() + ".kind", entry.kind());
        p.setProperty(entry.table() + ".location", entry.location().url());
        p.setProperty(entry.table() + ".layout", entry.location().layout());
        Files.createDirectories(file.toAbsolutePath().getParent());
        PrivateFiles.file(file); // bucket names and prefixes are account data: 0600
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, "xacct: where the logs of each table live (table create)");
        }
    }

    private Properties load() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // unreadable: no locations known, the cost guard says "unknown"
            }
        }
        return p;
    }
}

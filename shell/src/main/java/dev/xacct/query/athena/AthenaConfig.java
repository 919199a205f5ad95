package dev.xacct.query.athena;

import dev.xacct.shell.FileErrors;
import dev.xacct.shell.PrivateFiles;
import dev.xacct.shell.TextFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What {@code athena config} keeps between runs: the query settings and, when known, where the
 * CloudTrail table's logs live (the cost guard lists those prefixes). Stored as a small
 * properties file, {@code $XACCT_HOME/athena.properties}.
 */
public record AthenaConfig(AthenaSettings settings, Optional<CloudTrailLocation> cloudtrail) {

    public static AthenaConfig defaults() {
        return new AthenaConfig(AthenaSettings.defaults(), Optional.empty());
    }

    public AthenaConfig withSettings(AthenaSettings newSettings) {
        return new AthenaConfig(newSettings, cloudtrail);
    }

    public AthenaConfig withCloudTrail(CloudTrailLocation location) {
        return new AthenaConfig(settings, Optional.of(location));
    }

    /**
     * Reads the properties file ({@code workgroup}, {@code output}, {@code database}, {@code catalog},
     * {@code max-scan} as a size such as {@code 10GB}, {@code cloudtrail} as an {@code s3://} URL);
     * the defaults when the file does not exist.
     *
     * @throws IllegalArgumentException when the file cannot be read or holds a malformed value
     */
    public static AthenaConfig load(Path file) {
        if (!Files.isRegularFile(file)) {
            return defaults();
        }
        Properties p = new Properties();
        try {
            p.load(new java.io.StringReader(TextFiles.read(file)));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + FileErrors.reason(e), e);
        }
        AthenaSettings.Builder settings = AthenaSettings.defaults().toBuilder();
        Optional.ofNullable(p.getProperty("workgroup")).ifPresent(settings::workgroup);
        Optional.ofNullable(p.getProperty("output")).ifPresent(settings::outputLocation);
        Optional.ofNullable(p.getProperty("database")).ifPresent(settings::database);
        Optional.ofNullable(p.getProperty("catalog")).ifPresent(settings::catalog);
        Optional.ofNullable(p.getProperty("max-scan")).map(ByteSize::parse).ifPresent(settings::maxScanBytes);
        return new AthenaConfig(
                settings.build(),
                Optional.ofNullable(p.getProperty("cloudtrail")).map(CloudTrailLocation::parse));
    }

    /** Writes the properties file read by {@link #load} as a whole, private (0600), creating its folder (0700). */
    public void save(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("workgroup", settings.workgroup());
        settings.outputLocation().ifPresent(o -> p.setProperty("output", o));
        p.setProperty("database", settings.database());
        p.setProperty("catalog", settings.catalog());
        p.setProperty("max-scan", ByteSize.format(settings.maxScanBytes()).replace(" ", ""));
        cloudtrail.ifPresent(c -> p.setProperty("cloudtrail", c.url()));
        java.io.StringWriter text = new java.io.StringWriter();
        p.store(text, "xacct athena config");
        PrivateFiles.writeString(file, text.toString());
    }
}

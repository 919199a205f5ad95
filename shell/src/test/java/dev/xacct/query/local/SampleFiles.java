package dev.xacct.query.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** The two real CloudTrail files (MIT, see cloudtrail-sample/LICENSE-MIT) in the shapes the engine reads. */
public final class SampleFiles {

    public static final String SINGLE_ACCOUNT = "AWSLogs/333333333333/CloudTrail/us-east-1/2025/03/06/"
            + "333333333333_CloudTrail_us-east-1_20250306T0320Z_ZgdYr0lP8M9fWEH8.json.gz";
    public static final String ORGANIZATION = "AWSLogs/o-1234abcde/222222222222/CloudTrail/us-east-1/2025/03/06/"
            + "222222222222_CloudTrail_us-east-1_20250306T0230Z_QF6qcgyiaVnSueXa.json.gz";

    private SampleFiles() {}

    /** The sample folder as shipped: both S3 key layouts, gzip. */
    public static Path root() {
        try {
            return Path.of(SampleFiles.class
                            .getResource("/cloudtrail-sample/LICENSE-MIT")
                            .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A flat folder of the same files by their standard names, one of them decompressed to .json. */
    public static Path flatCopy(Path dir) {
        try {
            Path single = root().resolve(SINGLE_ACCOUNT);
            Files.copy(single, dir.resolve(single.getFileName()));
            Path org = root().resolve(ORGANIZATION);
            String plainName = org.getFileName().toString().replace(".json.gz", ".json");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(org))) {
                Files.copy(in, dir.resolve(plainName));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

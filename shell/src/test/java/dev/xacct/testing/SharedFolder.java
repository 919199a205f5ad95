package dev.xacct.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The team's {@code ../shared} folder beside the repository: specs, S3 scenarios, CloudTrail
 * samples. Tests that need it fail (never skip) when it is missing: it is the acceptance contract.
 */
public final class SharedFolder {

    private SharedFolder() {}

    /** {@code shared/RELATIVE}, found by walking up from the working directory. */
    public static Path resolve(String relative) {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/" + relative + " above " + start
                + ": check out ../shared beside the repository (the team's specs, scenarios and samples)");
    }

    public static Path scenarios() {
        return resolve("scenarios/s3");
    }

    public static Path cloudTrailSample() {
        return resolve("data/cloudtrail-sample");
    }
}

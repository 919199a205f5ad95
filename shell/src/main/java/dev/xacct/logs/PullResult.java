package dev.xacct.logs;

import java.nio.file.Path;
import java.util.List;

/**
 * How a pull ended: the final progress, the plan it followed, where the files are, whether it was
 * interrupted, and the first failures (key and reason) when some files could not be copied.
 */
public record PullResult(
        PullProgress progress,
        PrefixPlan plan,
        Path dest,
        boolean interrupted,
        List<Failure> failures,
        boolean accessDenied) {

    public record Failure(String key, String reason) {}

    public PullResult {
        failures = List.copyOf(failures);
    }
}

package dev.xacct.s3.authz;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds {@code shared/scenarios/s3} beside the repository: tests run in {@code shell/}, the
 * repo's worktree sits next to {@code shared/}. Walks upward from the working directory.
 */
final class ScenarioFolder {
    private ScenarioFolder() {}

    static Path locate() {
        Path start = Path.of("").toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/scenarios/s3");
            if (Files.isDirectory(candidate)) return candidate;
        }
        throw new IllegalStateException("no shared/scenarios/s3 folder found above " + start
                + ": check out ../shared beside the repository (the scenarios are the acceptance contract)");
    }
}

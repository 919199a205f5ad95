package dev.xacct.plugin;

import java.nio.file.Path;

/** A plugin jar (or one plugin in it) that was skipped, and why. */
public record PluginProblem(Path jar, String reason) {
    @Override
    public String toString() {
        return jar + ": " + reason;
    }
}

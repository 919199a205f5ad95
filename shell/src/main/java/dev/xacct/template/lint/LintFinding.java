package dev.xacct.template.lint;

/**
 * One lint finding. {@code line} is the file line (1-based; 0 for the whole file),
 * {@code rule} a stable id (e.g. {@code partition-predicate}), {@code hint} what to do.
 */
public record LintFinding(Severity severity, String file, int line, String rule, String message, String hint) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + " ["
                + rule + "] " + message + (hint.isEmpty() ? "" : " (" + hint + ")");
    }
}

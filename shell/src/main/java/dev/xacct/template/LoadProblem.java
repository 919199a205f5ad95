package dev.xacct.template;

/** A pack or template that was skipped while loading, and why. {@code line} is 0 when unknown. */
public record LoadProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}

package dev.xacct.template;

/** A template or pack file that cannot be read; names the file and line (1-based, 0 = whole file). */
public final class TemplateFormatException extends Exception {
    private final String file;
    private final int line;
    private final String reason;

    public TemplateFormatException(String file, int line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }

    public LoadProblem toProblem() {
        return new LoadProblem(file, line, reason);
    }
}

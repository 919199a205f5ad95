package dev.xacct.shell;

import dev.xacct.render.Styles;
import dev.xacct.render.TerminalText;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Prints a failed statement: one redacted line, or the stack trace too with {@code --debug}. The
 * message is made visible ({@link TerminalText}) and kept to one line: it often quotes data or an
 * AWS message, and long data is cut in the middle so the line still says what to do.
 */
public final class ErrorReporter {

    private final PrintWriter err;
    private final Styles styles;
    private final boolean debug;

    public ErrorReporter(PrintWriter err, Styles styles, boolean debug) {
        this.err = err;
        this.styles = styles;
        this.debug = debug;
    }

    public void report(Outcome.Failure failure) {
        if (failure.exitCode() == ExitCode.OUTPUT_CLOSED) {
            return; // the reader of a pipe left on purpose ('| head'): nothing to tell anyone
        }
        styles.print(err, "error: ", Styles.ERROR);
        err.println(oneLine(SecretRedactor.redact(failure.message())));
        if (debug && failure.cause() != null) {
            StringWriter trace = new StringWriter();
            failure.cause().printStackTrace(new PrintWriter(trace));
            err.print(SecretRedactor.redact(trace.toString()));
        }
        err.flush();
    }

    /** Longest message shown whole; longer ones keep their start and end (where the advice is). */
    static final int MAX_MESSAGE = 1000;

    static String oneLine(String message) {
        String text = TerminalText.visible(message == null ? "" : message.strip());
        if (text.length() <= MAX_MESSAGE) {
            return text;
        }
        int keep = MAX_MESSAGE / 2 - 10;
        return text.substring(0, keep) + " … (" + (text.length() - 2 * keep) + " characters left out) … "
                + text.substring(text.length() - keep);
    }
}

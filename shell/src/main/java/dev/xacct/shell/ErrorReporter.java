package dev.xacct.shell;

import dev.xacct.render.Styles;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Prints a failed statement: one redacted line, or the stack trace too with {@code --debug}. */
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
        err.println(styles.red("error: ") + SecretRedactor.redact(failure.message()));
        if (debug && failure.cause() != null) {
            StringWriter trace = new StringWriter();
            failure.cause().printStackTrace(new PrintWriter(trace));
            err.print(SecretRedactor.redact(trace.toString()));
        }
        err.flush();
    }
}

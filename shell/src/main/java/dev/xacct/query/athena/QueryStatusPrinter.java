package dev.xacct.query.athena;

import java.io.PrintWriter;

/**
 * The status line under a running query. On a terminal it is redrawn in place ({@code \r} and
 * erase-to-end-of-line) on every poll; elsewhere only the final summary is printed, so scripts and
 * logs get one line per query. Write it to stderr so that data on stdout stays clean.
 */
public final class QueryStatusPrinter implements QueryListener {

    private final PrintWriter out;
    private final boolean live;
    private boolean drawn;

    public QueryStatusPrinter(PrintWriter out, boolean live) {
        this.out = out;
        this.live = live;
    }

    @Override
    public void progress(QueryProgress progress) {
        if (live && !progress.state().isTerminal()) {
            out.print("\r" + progress.describe() + "\u001b[K");
            out.flush();
            drawn = true;
        }
    }

    @Override
    public void finished(QueryOutcome outcome) {
        if (drawn) {
            out.print("\r\u001b[K");
        }
        if (!(outcome instanceof QueryOutcome.Failed)) {
            // a failure reaches the user as the QueryFailedException's message; printing it here too would say it twice
            out.println(outcome.describe());
        }
        out.flush();
        drawn = false;
    }
}

package dev.xacct.query.athena;

import dev.xacct.render.StatusLine;

/**
 * A running query on the status line ({@link StatusLine}): redrawn in place on every poll where
 * the status line is live (a terminal); elsewhere only the final summary is printed, so scripts
 * and logs get one line per query. The status line is on stderr, so data on stdout stays clean.
 */
public final class QueryStatusPrinter implements QueryListener {

    private final StatusLine status;

    public QueryStatusPrinter(StatusLine status) {
        this.status = status;
    }

    @Override
    public void progress(QueryProgress progress) {
        if (!progress.state().isTerminal()) {
            status.show(progress.describe());
        }
    }

    @Override
    public void finished(QueryOutcome outcome) {
        if (outcome instanceof QueryOutcome.Failed) {
            // a failure reaches the user as the QueryFailedException's message; printing it here too would say it twice
            status.clear();
        } else {
            status.println(outcome.describe());
        }
    }
}

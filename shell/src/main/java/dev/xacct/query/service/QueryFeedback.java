package dev.xacct.query.service;

import dev.xacct.query.athena.QueryListener;
import dev.xacct.query.fanout.FanOutListener;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a running query tells the user beside its rows (on stderr, never stdout): notices (the
 * scan estimate, what was scanned, rows written to a file), the live status line of one query,
 * and a fan-out's progress per account.
 *
 * <p>The query service talks to the terminal only through this port, so the drawing (today
 * {@link StderrQueryFeedback}) can be replaced without touching {@link QueryRunner}: declare
 * another {@code QueryFeedback} bean as {@code @Primary}.
 */
public interface QueryFeedback {

    /** One complete line for the user, e.g. {@code scanned 1.2 GB, cost $0.01}. Thread-safe. */
    void notice(String line);

    /** Follows one query: a live status line while it runs (on a terminal), its summary when it ends. */
    QueryListener statusLine();

    /**
     * Work beside a query (a cache being built): {@code line} replaces the live status line on a
     * terminal; nothing elsewhere. {@link #progressDone()} takes it away.
     */
    void progress(String line);

    /** Takes the line of {@link #progress} away. */
    void progressDone();

    /**
     * Follows a fan-out: the accounts and the role, any {@code advice} for those accounts (computed
     * once they are known, e.g. "an organization trail table already covers them"), then one line
     * per change of an account's state.
     */
    FanOutListener fanOutProgress(String roleName, Function<List<String>, Optional<String>> advice);
}

package dev.xacct.query.athena;

/**
 * Follows a query for the shell: a live status line while it runs, a summary when it ends. Called
 * on the thread that runs the query.
 */
public interface QueryListener {

    QueryListener NONE = new QueryListener() {};

    default void started(String queryId) {}

    /** After every poll while the query is queued or running, and once in its final state. */
    default void progress(QueryProgress progress) {}

    default void finished(QueryOutcome outcome) {}
}

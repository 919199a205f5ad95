package dev.xacct.query.athena;

/** One poll's view of a running query, for the live status line. */
public record QueryProgress(String queryId, QueryState state, QueryStatistics statistics) {

    /** {@code RUNNING 12.3 s, scanned 1.2 GB, $0.0057  [id]}. */
    public String describe() {
        return state + " " + statistics.describe() + "  [" + queryId + "]";
    }
}

package dev.xacct.query.athena;

import java.util.Optional;

/** How a query ended. */
public sealed interface QueryOutcome {

    String queryId();

    QueryStatistics statistics();

    /** One line for the user. */
    String describe();

    /** @param statementType Athena's DML, DDL or UTILITY */
    record Succeeded(String queryId, String statementType, QueryStatistics statistics) implements QueryOutcome {
        public String describe() {
            return "query " + queryId + " succeeded: " + statistics.describe();
        }
    }

    record Failed(String queryId, String reason, Optional<String> hint, QueryStatistics statistics)
            implements QueryOutcome {
        public static Failed of(String queryId, String reason, QueryStatistics statistics) {
            String text = reason == null || reason.isBlank()
                    ? "no reason given"
                    : reason.replaceAll("\\s+", " ").strip();
            return new Failed(queryId, text, FailureHints.forReason(text), statistics);
        }

        public String describe() {
            return "query " + queryId + " failed: " + reason
                    + hint.map(h -> " — hint: " + h).orElse("");
        }
    }

    /** Stopped by the user (Ctrl-C, quitting the pager, {@code query cancel}); Athena bills what it scanned. */
    record Cancelled(String queryId, QueryStatistics statistics) implements QueryOutcome {
        public String describe() {
            return "query " + queryId + " cancelled after " + statistics.describe();
        }
    }
}

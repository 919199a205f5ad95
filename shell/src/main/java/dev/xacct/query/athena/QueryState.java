package dev.xacct.query.athena;

/** Athena's query states; the last three are final. */
public enum QueryState {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED,
    UNKNOWN;

    public boolean isTerminal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }

    static QueryState of(software.amazon.awssdk.services.athena.model.QueryExecutionState state) {
        if (state == null) {
            return UNKNOWN;
        }
        return switch (state) {
            case QUEUED -> QUEUED;
            case RUNNING -> RUNNING;
            case SUCCEEDED -> SUCCEEDED;
            case FAILED -> FAILED;
            case CANCELLED -> CANCELLED;
            default -> UNKNOWN;
        };
    }
}

package dev.xacct.query;

/**
 * A query the user can fix failed: the message is one line (the engine's own reason, cleaned).
 * The {@code query} package may not depend on {@code shell}; commands turn this into a UserError.
 */
public class QueryFailedException extends RuntimeException {

    public QueryFailedException(String message) {
        super(message);
    }

    public QueryFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}

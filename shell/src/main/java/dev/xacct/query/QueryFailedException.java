package dev.xacct.query;

/**
 * A query could not run or did not finish: the message is one line for the user (what the engine
 * said, plus a hint where one is known). The shell shows it like a {@code UserError}; this package
 * may not depend on {@code dev.xacct.shell}, hence its own type.
 */
public class QueryFailedException extends RuntimeException {

    public QueryFailedException(String message) {
        super(message);
    }

    public QueryFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}

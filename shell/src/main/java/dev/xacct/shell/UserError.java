package dev.xacct.shell;

/**
 * Something the user can fix: the message is one line that says what went wrong and what to do.
 * The shell prints it without a stack trace (unless {@code --debug}) and carries on.
 */
public class UserError extends RuntimeException {

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.xacct.shell;

/** The command line itself is wrong (unknown command or option, missing value): exit code 2. */
public class UsageError extends UserError {

    public UsageError(String message) {
        super(message);
    }
}

package dev.xacct.s3.gather;

/**
 * Gathering cannot go on, for a reason the user can fix: no credentials, expired credentials,
 * no such bucket, a role that cannot be assumed. The message is one line saying what to do.
 */
public class GatherException extends RuntimeException {
    public GatherException(String message) {
        super(message);
    }

    public GatherException(String message, Throwable cause) {
        super(message, cause);
    }
}

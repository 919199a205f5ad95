package dev.xacct.shell;

/**
 * Standard output is a pipe whose reader has left ({@code xacct -c … | head -5}): the reader
 * stopped on purpose, so the run stops quietly with {@link ExitCode#OUTPUT_CLOSED}, as {@code git}
 * and {@code grep} do, instead of reporting an error. Any other write failure is an error.
 */
public final class StandardOutputClosed extends RuntimeException {

    public StandardOutputClosed(Throwable cause) {
        super("standard output was closed by its reader", cause);
    }
}

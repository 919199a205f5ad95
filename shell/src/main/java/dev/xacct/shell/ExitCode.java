package dev.xacct.shell;

/**
 * Exit codes of {@code xacct -c}, {@code xacct --file} and a script on stdin: a contract for
 * scripts. 130 is the shells' convention for a run ended by SIGINT (128 + 2); 141 (128 + SIGPIPE)
 * for a run whose standard output was closed by its reader ({@code | head}), the status a shell
 * reports for {@code git log | head} or {@code grep … | head}, with no message.
 */
public enum ExitCode {
    OK(0),
    COMMAND_FAILED(1),
    USAGE(2),
    INTERRUPTED(130),
    OUTPUT_CLOSED(141);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}

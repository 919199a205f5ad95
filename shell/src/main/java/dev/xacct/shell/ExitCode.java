package dev.xacct.shell;

/**
 * Exit codes of {@code xacct -c}, {@code xacct --file} and a script on stdin: a contract for
 * scripts. 130 is the shells' convention for a run ended by SIGINT (128 + 2).
 */
public enum ExitCode {
    OK(0),
    COMMAND_FAILED(1),
    USAGE(2),
    INTERRUPTED(130);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}

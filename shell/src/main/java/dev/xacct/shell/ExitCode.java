package dev.xacct.shell;

/** Exit codes of {@code xacct -c} and {@code xacct --file}: a contract for scripts. */
public enum ExitCode {
    OK(0),
    COMMAND_FAILED(1),
    USAGE(2);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}

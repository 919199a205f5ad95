package dev.xacct.shell;

/** How one statement ended. */
public sealed interface Outcome {

    ExitCode exitCode();

    record Success() implements Outcome {
        @Override
        public ExitCode exitCode() {
            return ExitCode.OK;
        }
    }

    /** {@code message} is one line for the user; {@code cause} is shown only with {@code --debug}. */
    record Failure(ExitCode exitCode, String message, Throwable cause) implements Outcome {}

    static Outcome success() {
        return new Success();
    }
}

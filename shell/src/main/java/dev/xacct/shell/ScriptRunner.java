package dev.xacct.shell;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs {@code -c "CMD; CMD"}, a {@code --file} script, or a script piped on stdin, and says how it
 * ended. It stops at the first failing statement, like {@code sh -e}: later commands usually
 * depend on earlier ones. The exit code is the failure's own for {@code -c} and {@code --file}
 * (1 a command failed, 2 a usage error) and 1 for any failure of a script on stdin. A statement Ctrl-C interrupted ends the run with exit code 130, after
 * the command has stopped what it started (Athena queries).
 */
public final class ScriptRunner {

    private final CommandDispatcher dispatcher;
    private final ShellIO io;
    private final ErrorReporter errors;

    public ScriptRunner(CommandDispatcher dispatcher, ShellIO io, ErrorReporter errors) {
        this.dispatcher = dispatcher;
        this.io = io;
        this.errors = errors;
    }

    /** Each text is statements separated by {@code ;} or newlines. */
    public ExitCode runCommands(List<String> commandLines) {
        for (String commandLine : commandLines) {
            List<String> statements;
            try {
                statements = CommandLineSyntax.statements(commandLine);
            } catch (UsageError e) {
                return fail(new Outcome.Failure(ExitCode.USAGE, e.getMessage(), e), null);
            }
            for (String statement : statements) {
                if (isExit(statement)) {
                    return ExitCode.OK;
                }
                ExitCode code = run(statement, null);
                if (code != ExitCode.OK) {
                    return code;
                }
            }
        }
        return ExitCode.OK;
    }

    /**
     * A script file is read whole and checked before anything runs: a byte that is not UTF-8 or a
     * quote left open anywhere stops it with nothing done (stdin cannot wait for its end).
     */
    public ExitCode runFile(Path script) {
        byte[] text;
        try {
            text = Files.readAllBytes(script);
        } catch (IOException e) {
            return fail(
                    new Outcome.Failure(
                            ExitCode.USAGE,
                            FileErrors.cannotRead("script " + script, e).getMessage(),
                            e),
                    null);
        }
        String name = String.valueOf(script.getFileName());
        try {
            ScriptSource check = new ScriptSource(new ByteArrayInputStream(text), name);
            while (!check.next().isEmpty()) {
                // every line decodes and splits
            }
        } catch (UserError e) {
            return fail(new Outcome.Failure(ExitCode.USAGE, e.getMessage(), e), null);
        }
        return runScript(new ScriptSource(new ByteArrayInputStream(text), name));
    }

    /**
     * A script on stdin (stdin is not a terminal): no banner, no prompt, errors on stderr, and the
     * first failure of any kind ends it with exit code 1 (issue 13 §5: a pipeline checks for
     * non-zero, not for which failure), 130 if Ctrl-C ended it. {@code -c} and {@code --file} keep
     * the failure's own code (2 for a usage error), since their caller wrote the command line.
     */
    public ExitCode runStdin(InputStream stdin) {
        ExitCode code = runScript(new ScriptSource(stdin, "stdin"));
        return code == ExitCode.OK || code == ExitCode.INTERRUPTED ? code : ExitCode.COMMAND_FAILED;
    }

    private ExitCode runScript(ScriptSource source) {
        while (true) {
            List<ScriptSource.Statement> statements;
            try {
                statements = source.next();
            } catch (UserError e) {
                return fail(
                        new Outcome.Failure(
                                e instanceof UsageError ? ExitCode.USAGE : ExitCode.COMMAND_FAILED, e.getMessage(), e),
                        null);
            }
            if (statements.isEmpty()) {
                return ExitCode.OK;
            }
            for (ScriptSource.Statement statement : statements) {
                if (isExit(statement.text())) {
                    return ExitCode.OK;
                }
                ExitCode code = run(statement.text(), source.name() + ":" + statement.line());
                if (code != ExitCode.OK) {
                    return code;
                }
            }
        }
    }

    private ExitCode run(String statement, String where) {
        Interrupts.clear();
        Outcome outcome = dispatcher.execute(statement, io.out(), io.input());
        if (Interrupts.requested()) {
            String message = outcome instanceof Outcome.Failure failure
                            && !failure.message().equals("interrupted")
                    ? "interrupted (" + failure.message() + ")"
                    : "interrupted";
            return fail(new Outcome.Failure(ExitCode.INTERRUPTED, message, null), where);
        }
        if (outcome instanceof Outcome.Failure failure) {
            return fail(failure, where);
        }
        return ExitCode.OK;
    }

    static boolean isExit(String statement) {
        return statement.equals("exit") || statement.equals("quit");
    }

    private ExitCode fail(Outcome.Failure failure, String where) {
        errors.report(
                where == null
                        ? failure
                        : new Outcome.Failure(failure.exitCode(), where + ": " + failure.message(), failure.cause()));
        return failure.exitCode();
    }
}

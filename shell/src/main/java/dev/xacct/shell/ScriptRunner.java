package dev.xacct.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs {@code -c "CMD; CMD"} or a {@code --file} script and says how it ended. It stops at the
 * first failing statement, like {@code sh -e}: later commands usually depend on earlier ones.
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
                Outcome outcome = dispatcher.execute(statement, io.out(), io.input());
                if (outcome instanceof Outcome.Failure failure) {
                    return fail(failure, null);
                }
            }
        }
        return ExitCode.OK;
    }

    public ExitCode runFile(Path script) {
        List<String> lines;
        try {
            lines = Files.readAllLines(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return fail(
                    new Outcome.Failure(ExitCode.USAGE, "cannot read script " + script + ": " + e.getMessage(), e),
                    null);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = script.getFileName() + ":" + (i + 1);
            List<String> statements;
            try {
                statements = CommandLineSyntax.statements(line);
            } catch (UsageError e) {
                return fail(new Outcome.Failure(ExitCode.USAGE, e.getMessage(), e), where);
            }
            for (String statement : statements) {
                if (isExit(statement)) {
                    return ExitCode.OK;
                }
                Outcome outcome = dispatcher.execute(statement, io.out(), io.input());
                if (outcome instanceof Outcome.Failure failure) {
                    return fail(failure, where);
                }
            }
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

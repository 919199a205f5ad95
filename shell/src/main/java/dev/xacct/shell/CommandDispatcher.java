package dev.xacct.shell;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.core.convert.ConversionException;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;

/**
 * Runs one statement: parse, find the command (or suggest the closest), check its options,
 * execute, and turn whatever it throws into an {@link Outcome}. Nothing a command throws
 * escapes, so the interactive shell never ends on an error.
 */
public final class CommandDispatcher {

    private final CommandRegistry registry;
    private final XacctCommandParser parser;
    private final CommandHelp help;
    private final List<ErrorTranslator> translators;

    public CommandDispatcher(CommandRegistry registry, List<ErrorTranslator> translators) {
        this.registry = registry;
        this.parser = new XacctCommandParser(registry);
        this.help = new CommandHelp(registry);
        this.translators = List.copyOf(translators);
    }

    public Outcome execute(String statement, PrintWriter out, InputReader input) {
        try {
            ParsedInput parsed = parser.parse(statement);
            String name = commandName(parsed);
            Command command = registry.getCommandByName(name);
            if (command == null) {
                throw new UsageError(unknownCommand(name));
            }
            if (asksForHelp(parsed)) {
                out.print(help.of(command));
                out.flush();
                return Outcome.success();
            }
            ExitStatus status = command.execute(new CommandContext(parsed, registry, out, input));
            out.flush();
            if (status.code() == ExitStatus.OK.code()) {
                return Outcome.success();
            }
            ExitCode code = status.code() == ExitStatus.USAGE_ERROR.code() ? ExitCode.USAGE : ExitCode.COMMAND_FAILED;
            return new Outcome.Failure(code, name + " failed: " + status.description(), null);
        } catch (Throwable e) {
            // Whatever a command (or a plugin behind it) throws, the shell stays up.
            try {
                out.flush();
            } catch (RuntimeException unwritable) {
                // the output itself failed (a full disk): the first error is the one to report
            }
            return failure(e);
        }
    }

    Outcome.Failure failure(Throwable thrown) {
        Throwable error = unwrap(thrown);
        if (error instanceof UsageError usage) {
            return new Outcome.Failure(ExitCode.USAGE, usage.getMessage(), usage);
        }
        if (error instanceof UserError user) {
            return new Outcome.Failure(ExitCode.COMMAND_FAILED, user.getMessage(), user);
        }
        if (error instanceof InterruptedException || Thread.interrupted() || Interrupts.requested()) {
            return new Outcome.Failure(ExitCode.COMMAND_FAILED, "interrupted", error);
        }
        if (thrown == error && (error instanceof ConversionException || error instanceof IllegalArgumentException)) {
            // Thrown while Spring Shell bound the options, before the command ran: a usage problem.
            return new Outcome.Failure(ExitCode.USAGE, usageMessage(error), error);
        }
        for (ErrorTranslator translator : translators) {
            Optional<String> message = translator.translate(error);
            if (message.isPresent()) {
                return new Outcome.Failure(ExitCode.COMMAND_FAILED, message.get(), error);
            }
        }
        String detail = error.getMessage() == null ? "" : ": " + MessageLines.firstLine(error.getMessage());
        return new Outcome.Failure(
                ExitCode.COMMAND_FAILED,
                "unexpected " + error.getClass().getSimpleName() + detail + " (run with --debug for details)",
                error);
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof InvocationTargetException
                        || current instanceof UndeclaredThrowableException
                        || current instanceof org.springframework.shell.core.command.CommandExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static String usageMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : error.getMessage();
        return MessageLines.firstLine(message == null ? error.toString() : message);
    }

    private static String commandName(ParsedInput parsed) {
        return Stream.concat(Stream.of(parsed.commandName()), parsed.subCommands().stream())
                .collect(Collectors.joining(" "));
    }

    private static boolean asksForHelp(ParsedInput parsed) {
        return parsed.options().stream().anyMatch(o -> "help".equals(o.longName()) || o.shortName() == 'h');
    }

    private String unknownCommand(String name) {
        List<Command> subCommands = registry.getCommandsByPrefix(name + " ");
        if (!subCommands.isEmpty()) {
            return "'" + name + "' needs a sub-command: "
                    + subCommands.stream().map(Command::getName).sorted().collect(Collectors.joining(", "));
        }
        List<String> suggestions = help.closestNames(name);
        return "unknown command '" + name + "'" + Suggestions.didYouMean(suggestions, "; type 'help' for the list");
    }
}

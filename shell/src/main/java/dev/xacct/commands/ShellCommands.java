package dev.xacct.commands;

import dev.xacct.shell.CommandHelp;
import dev.xacct.shell.Suggestions;
import dev.xacct.shell.UsageError;
import dev.xacct.shell.XacctVersion;
import java.util.List;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

/** {@code version}, {@code help}, {@code exit}: the shell's own commands. */
@Component
public class ShellCommands {

    private final XacctVersion version;

    public ShellCommands(XacctVersion version) {
        this.version = version;
    }

    @Command(name = "version", group = "Shell", description = "Print the xacct version")
    public void version(CommandContext context) {
        context.outputWriter()
                .println("xacct " + version.version() + " (Java "
                        + Runtime.version().feature() + ", " + System.getProperty("os.name") + ")");
    }

    @Command(
            name = "help",
            group = "Shell",
            description = "List the commands, or show how to use one",
            help = "Usage: help [COMMAND]   e.g. help s3 diagnose, or help s3 for every s3 command")
    public void help(CommandContext context, @Arguments List<String> words) {
        CommandHelp help = new CommandHelp(context.commandRegistry());
        String wanted = String.join(" ", words).strip();
        if (wanted.isEmpty()) {
            context.outputWriter().print(help.overview());
            return;
        }
        var command = context.commandRegistry().getCommandByName(wanted);
        if (command == null
                && !context.commandRegistry().getCommandsByPrefix(wanted + " ").isEmpty()) {
            // a first word shared by several commands (s3, query, template): all of them
            context.outputWriter().print(help.family(wanted));
            return;
        }
        if (command == null) {
            List<String> close = help.closestNames(wanted);
            throw new UsageError(
                    "no command '" + wanted + "'" + Suggestions.didYouMean(close, "; type 'help' for the list"));
        }
        context.outputWriter().print(help.of(command));
    }

    @Command(name = "exit", alias = "quit", group = "Shell", description = "Leave the shell (Ctrl-D works too)")
    public void exit(CommandContext context) {
        // The console and the script runner stop on this word before dispatching it; the
        // command exists so that help and completion know it.
    }
}

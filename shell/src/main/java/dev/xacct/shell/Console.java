package dev.xacct.shell;

import dev.xacct.render.TerminalText;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * The interactive shell: read a line, run its statements, repeat. Ctrl-C clears the line (or
 * interrupts the running command), Ctrl-D or {@code exit} leaves. Errors are reported and the
 * loop goes on; every line is in {@code ~/.xacct/history} as soon as it is entered.
 */
public final class Console {

    private final LineReader reader;
    private final CommandDispatcher dispatcher;
    private final ShellIO io;
    private final ErrorReporter errors;
    private final PromptSource prompt;
    private final List<BannerSource> banners;
    private final String version;

    public Console(
            LineReader reader,
            CommandDispatcher dispatcher,
            ShellIO io,
            ErrorReporter errors,
            PromptSource prompt,
            List<BannerSource> banners,
            String version) {
        this.reader = reader;
        this.dispatcher = dispatcher;
        this.io = io;
        this.errors = errors;
        this.prompt = prompt;
        this.banners = banners;
        this.version = version;
    }

    public ExitCode run() {
        Terminal terminal = reader.getTerminal();
        printBanner();
        Thread shellThread = Thread.currentThread();
        Terminal.SignalHandler previous =
                terminal.handle(Terminal.Signal.INT, signal -> Interrupts.interrupt(shellThread));
        try {
            while (true) {
                String line;
                try {
                    Interrupts.clear();
                    line = reader.readLine(promptText());
                } catch (UserInterruptException e) {
                    continue; // Ctrl-C on the prompt: the line is cleared, the shell stays.
                } catch (EndOfFileException e) {
                    io.out().println();
                    return ExitCode.OK;
                }
                if (line == null) {
                    io.out().println();
                    return ExitCode.OK;
                }
                if (runLine(line.strip())) {
                    return ExitCode.OK;
                }
            }
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            saveHistory();
            io.out().flush();
        }
    }

    /** Runs the statements of one line; true when one of them is {@code exit}. */
    private boolean runLine(String line) {
        List<String> statements;
        try {
            statements = CommandLineSyntax.statements(line);
        } catch (UsageError e) {
            errors.report(new Outcome.Failure(ExitCode.USAGE, e.getMessage(), e));
            return false;
        }
        for (String statement : statements) {
            if (ScriptRunner.isExit(statement)) {
                return true;
            }
            Interrupts.clear();
            Outcome outcome = dispatcher.execute(statement, io.out(), io.input());
            boolean interrupted = Interrupts.requested() | Thread.interrupted();
            if (outcome instanceof Outcome.Failure failure) {
                errors.report(failure);
                return false;
            }
            if (interrupted) {
                errors.report(new Outcome.Failure(ExitCode.COMMAND_FAILED, "interrupted", null));
                return false;
            }
        }
        return false;
    }

    /** The prompt, its text made visible: an alias or a role name there may come from data. */
    private String promptText() {
        AttributedString text = prompt.prompt();
        AttributedStringBuilder safe = new AttributedStringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            safe.style(text.styleAt(i)).append(TerminalText.visible(Character.toString(c)));
            i += Character.charCount(c);
        }
        return io.styles().render(safe.toAttributedString());
    }

    private void printBanner() {
        io.styles().print(io.out(), "xacct " + version, AttributedStyle.BOLD);
        io.out()
                .println(" — one shell for many AWS accounts. "
                        + "Type 'help' for commands, Tab to complete, Ctrl-D to leave.");
        for (BannerSource banner : banners) {
            banner.lines().forEach(io.out()::println);
        }
        io.out().flush();
    }

    private void saveHistory() {
        try {
            reader.getHistory().save();
        } catch (Exception e) {
            io.err().println("warning: could not save history: " + e.getMessage());
        }
    }
}

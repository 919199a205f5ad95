package dev.xacct.session;

import dev.xacct.render.TerminalText;
import dev.xacct.shell.ShellIO;
import dev.xacct.shell.TerminalStreams;
import dev.xacct.shell.UserError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Asks the user one question and reads one answer (an MFA code, a yes/no), wherever the user is:
 *
 * <ul>
 *   <li>in the interactive shell: on its line reader (a secret shows as {@code *});
 *   <li>in a one-shot run ({@code -c}, {@code --file}) with stdin on a terminal: the question goes
 *       to the terminal through stderr (never stdout, which may be a JSON document), a secret is
 *       read with echo off;
 *   <li>with stdin not a terminal ({@code printf '123456\n' | xacct -c …}): the question is written
 *       once to stderr and one line is read from stdin; no line is a one-line error;
 *   <li>with the script itself on stdin ({@code xacct < checks.xacct}): nothing can be asked, so
 *       the question is a one-line error that says which option answers it.
 * </ul>
 *
 * The question is made terminal-safe ({@link TerminalText#visible}): it names things from the
 * user's files (an MFA serial).
 *
 * Answers are never stored, printed or logged.
 */
public final class Questions {

    private final ObjectProvider<ShellIO> io;
    private final BooleanSupplier stdinIsScript;
    private final InputStream stdin;
    private final PrintStream stderr;
    private final BooleanSupplier stdinIsTerminal;

    /** @param stdinIsScript whether the run reads its commands from stdin (then stdin cannot answer) */
    public Questions(ObjectProvider<ShellIO> io, BooleanSupplier stdinIsScript) {
        this(io, stdinIsScript, System.in, System.err, TerminalStreams::stdinIsTerminal);
    }

    Questions(
            ObjectProvider<ShellIO> io,
            BooleanSupplier stdinIsScript,
            InputStream stdin,
            PrintStream stderr,
            BooleanSupplier stdinIsTerminal) {
        this.io = io;
        this.stdinIsScript = stdinIsScript;
        this.stdin = stdin;
        this.stderr = stderr;
        this.stdinIsTerminal = stdinIsTerminal;
    }

    /**
     * A secret answer, read with echo off.
     *
     * @param whenNone what the user can do instead, for the error when no answer can be read
     * @return the answer, stripped; never null
     */
    public String secret(String question, String whenNone) {
        return ask(question, true, whenNone);
    }

    /** A plain answer (echoed). */
    public String line(String question, String whenNone) {
        return ask(question, false, whenNone);
    }

    /** Whether an answer can be asked for again (there is someone at a terminal, not a pipe). */
    public boolean canAskAgain() {
        ShellIO shell = io.getIfAvailable();
        return (shell != null && shell.interactive()) || stdinIsTerminal.getAsBoolean();
    }

    /** A line for the user beside the question (e.g. why an answer was refused): the shell's stderr. */
    public void tell(String line) {
        ShellIO shell = io.getIfAvailable();
        if (shell != null) {
            shell.err().println(line);
            shell.err().flush();
        } else {
            stderr.println(line);
            stderr.flush();
        }
    }

    private String ask(String text, boolean secret, String whenNone) {
        String question = TerminalText.visible(text);
        ShellIO shell = io.getIfAvailable();
        if (shell != null) {
            shell.out().flush();
        }
        if (shell != null && shell.interactive()) {
            try {
                return secret
                        ? new String(shell.input().readPassword(question)).strip()
                        : String.valueOf(shell.input().readInput(question)).strip();
            } catch (UserInterruptException | EndOfFileException e) {
                throw new UserError("no answer given: " + whenNone);
            } catch (Exception e) {
                throw new UserError("cannot read an answer to \"" + question.strip() + "\": " + whenNone, e);
            }
        }
        if (stdinIsScript.getAsBoolean()) {
            throw new UserError("cannot ask while the script comes on stdin: " + whenNone);
        }
        if (stdinIsTerminal.getAsBoolean()) {
            return onTerminal(question, secret, whenNone);
        }
        stderr.println(question);
        stderr.flush();
        String answer = readLine(stdin);
        if (answer == null || answer.isBlank()) {
            throw new UserError("no answer on stdin: " + whenNone);
        }
        return answer.strip();
    }

    private String onTerminal(String question, boolean secret, String whenNone) {
        try (Terminal terminal = TerminalBuilder.builder()
                .system(true)
                .systemOutput(TerminalBuilder.SystemOutput.SysErrOrSysOut)
                .dumb(true)
                .build()) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
            // Mask 0: nothing is echoed.
            String answer = secret ? reader.readLine(question, (char) 0) : reader.readLine(question);
            return answer == null ? "" : answer.strip();
        } catch (UserInterruptException | EndOfFileException e) {
            throw new UserError("no answer given: " + whenNone);
        } catch (IOException e) {
            throw new UserError("cannot open the terminal to ask \"" + question.strip() + "\": " + whenNone, e);
        }
    }

    /** One line, byte by byte, so nothing after it is taken from stdin (a later question gets the next line). */
    static String readLine(InputStream in) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                line.write(b);
            }
            if (b == -1 && line.size() == 0) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        return line.toString(StandardCharsets.UTF_8).replace("\r", "");
    }
}

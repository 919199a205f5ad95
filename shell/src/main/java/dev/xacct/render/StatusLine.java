package dev.xacct.render;

import java.io.PrintWriter;
import java.util.function.IntSupplier;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp.Capability;

/**
 * The one status line: a single line at the bottom of the output, redrawn in place (carriage
 * return, the text cut to the screen's width, erase to the end of the line). The pager's keys and
 * position, a running query's progress and a download's progress all draw through it. Where the
 * output is not a terminal it draws nothing, so scripts and logs get only the lines printed for
 * good ({@link #println}).
 *
 * <p>The text is made visible ({@link TerminalText}) before it is drawn: a status may quote data
 * (a search pattern, a state reason from AWS).
 */
public final class StatusLine {

    private final PrintWriter out;
    private final Terminal terminal;
    private final IntSupplier width;
    private final boolean live;
    private boolean shown;

    private StatusLine(PrintWriter out, Terminal terminal, IntSupplier width, boolean live) {
        this.out = out;
        this.terminal = terminal;
        this.width = width;
        this.live = live;
    }

    /** Drawn on a JLine terminal, with the terminal's own erase capability and width. */
    public static StatusLine on(Terminal terminal) {
        return new StatusLine(terminal.writer(), terminal, () -> terminal.getWidth(), true);
    }

    /**
     * Drawn on a stream that is a terminal but has no JLine terminal over it (stderr of a one-shot
     * run): ANSI erase-to-end-of-line, lines cut to {@code columns}.
     */
    public static StatusLine ansi(PrintWriter rawStream, int columns) {
        return new StatusLine(rawStream, null, () -> columns, true);
    }

    /** Nothing live: the output is a file or a pipe. {@link #println} still prints. */
    public static StatusLine none(PrintWriter out) {
        return new StatusLine(out, null, () -> 80, false);
    }

    /** Whether {@link #show} draws anything. */
    public boolean live() {
        return live;
    }

    /** Replaces the status with {@code text}. */
    public void show(String text) {
        show(text, AttributedStyle.DEFAULT);
    }

    /** Replaces the status with {@code text} in {@code style} (the pager's is inverse). */
    public synchronized void show(String text, AttributedStyle style) {
        if (!live) {
            return;
        }
        erase();
        int columns = Math.max(10, width.getAsInt());
        AttributedString line =
                new AttributedString(TerminalText.visible(text), style).columnSubSequence(0, columns - 1);
        out.print(terminal != null ? line.toAnsi(terminal) : line.toAnsi());
        out.flush();
        shown = true;
    }

    /** Adds typed text to the status as it is (the pager's search prompt), without redrawing it. */
    public synchronized void append(String text) {
        if (live) {
            out.print(TerminalText.visible(text));
            out.flush();
        }
    }

    /** Takes one character back off the status (backspace while typing a search). */
    public synchronized void backspace() {
        if (live) {
            out.print("\b \b");
            out.flush();
        }
    }

    /** Takes the status away, leaving the cursor at the start of the empty line. */
    public synchronized void clear() {
        if (shown) {
            erase();
            out.flush();
            shown = false;
        }
    }

    /** Prints a line for good (a query's summary, say): the status is cleared first, and drawn again by the next {@link #show}. */
    public synchronized void println(String line) {
        clear();
        out.println(TerminalText.visible(line));
        out.flush();
    }

    private void erase() {
        out.print('\r');
        if (terminal == null) {
            out.print("\u001b[K");
        } else if (!terminal.puts(Capability.clr_eol)) {
            // no erase capability (a dumb terminal): end the line instead of leaving old text behind
            if (shown) {
                out.print('\n');
            }
        }
        shown = false;
    }
}

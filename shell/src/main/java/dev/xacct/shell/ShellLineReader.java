package dev.xacct.shell;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.util.HashMap;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * JLine's line reader, safe against large pastes. A paste without bracketed-paste mode arrives as
 * one key per character, and JLine redraws the whole line after every key: a 1 MB line took
 * minutes at 100% CPU. Here the line is redrawn only once the keys that are already waiting have
 * been read (so a paste costs one redraw, and typing still echoes at once), and a line longer than
 * {@link #MAX_LINE} characters is refused with one message instead of being edited or run.
 */
final class ShellLineReader extends LineReaderImpl {

    /** Longer than any command a person types; a long SQL text belongs in a file ({@code --file}). */
    static final int MAX_LINE = 64 * 1024;

    static final String TOO_LONG = "error: line over " + MAX_LINE
            + " characters refused (nothing was run); put a long statement in a file and run it with --file";

    /** The terminal's descriptor (never closed: it is stdin), for draining an over-long paste in bulk. */
    private static final FileInputStream STDIN = new FileInputStream(FileDescriptor.in);

    private static final boolean STDIN_IS_TERMINAL = TerminalStreams.stdinIsTerminal();

    /** An over-long paste is being swallowed: its remaining keys, newlines included, do nothing. */
    private boolean refusing;

    ShellLineReader(Terminal terminal) {
        super(terminal, "xacct", new HashMap<>());
    }

    @Override
    protected boolean selfInsert() {
        if (refusing) {
            return true;
        }
        if (buf.length() + (long) count * getLastBinding().length() > MAX_LINE) {
            refuse();
            return true;
        }
        return super.selfInsert();
    }

    @Override
    public boolean beginPaste() {
        boolean done = super.beginPaste();
        if (buf.length() > MAX_LINE) {
            refuse();
        }
        return done;
    }

    @Override
    protected boolean acceptLine() {
        if (refusing) {
            return true; // a newline inside the refused paste runs nothing
        }
        return super.acceptLine();
    }

    @Override
    protected void redisplay(boolean flush) {
        if (keyWaiting()) {
            return; // more of a paste is already here: draw once it has all been read
        }
        if (refusing) {
            refusing = false;
            buf.clear();
            printAbove(TOO_LONG);
            return;
        }
        super.redisplay(flush);
    }

    private void refuse() {
        refusing = true;
        buf.clear();
        drainTerminal();
    }

    /**
     * Discards the rest of an over-long paste in bulk. JLine reads one key at a time, which for a
     * megabyte takes minutes; the terminal's own descriptor gives up to 64 KB a read. Only when the
     * terminal reads without blocking (VMIN 0, VTIME over 0, as JLine sets a system terminal): a
     * read then returns nothing after a tenth of a second of quiet, which is where the paste ends.
     */
    private void drainTerminal() {
        Attributes attributes = terminal.getAttributes();
        if (!STDIN_IS_TERMINAL
                || attributes.getControlChar(Attributes.ControlChar.VMIN) != 0
                || attributes.getControlChar(Attributes.ControlChar.VTIME) <= 0) {
            return; // the rest of the paste is swallowed key by key instead
        }
        byte[] chunk = new byte[64 * 1024];
        try {
            while (STDIN.read(chunk) > 0) {
                // more of the paste: dropped
            }
        } catch (IOException e) {
            // the terminal went away: readLine reports it on the next key
        }
    }

    private boolean keyWaiting() {
        try {
            return bindingReader.peekCharacter(1) != NonBlockingReader.READ_EXPIRED;
        } catch (RuntimeException e) {
            return false;
        }
    }
}

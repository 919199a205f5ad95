package dev.xacct.render;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * The last line of defence between xacct and a terminal: everything written through it reaches
 * the terminal with control characters made visible ({@link TerminalText}), newline and tab
 * excepted. So a value no printer escaped (a CSV cell, a line a command prints as it is) can
 * neither clear the screen, move the cursor, colour the text nor retitle the window. xacct's own
 * styling goes around it ({@link Styles#print}), and so does the status line, which draws on the
 * terminal itself ({@link StatusLine}).
 *
 * <p>Values are made visible where they are printed too (cells, messages); this writer wraps the
 * shell's stdout and stderr when they are a terminal. Machine formats written to a file or a pipe
 * do not pass through it and stay exact.
 */
public final class TerminalSafeWriter extends FilterWriter {

    /** The first half of a surrogate pair, held until the second arrives. */
    private char highSurrogate;

    public TerminalSafeWriter(Writer terminal) {
        super(terminal);
    }

    @Override
    public void write(int c) throws IOException {
        synchronized (lock) {
            StringBuilder shown = new StringBuilder(4);
            accept((char) c, shown);
            out.write(shown.toString());
        }
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        synchronized (lock) {
            StringBuilder shown = new StringBuilder(len + 8);
            for (int i = off; i < off + len; i++) {
                accept(chars[i], shown);
            }
            out.write(shown.toString());
        }
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        synchronized (lock) {
            StringBuilder shown = new StringBuilder(len + 8);
            for (int i = off; i < off + len; i++) {
                accept(text.charAt(i), shown);
            }
            out.write(shown.toString());
        }
    }

    /** Writes text as it is, around the filter: xacct's own styling only, never data. */
    void writeTrusted(String text) throws IOException {
        synchronized (lock) {
            StringBuilder held = new StringBuilder();
            releaseSurrogate(held);
            out.write(held.append(text).toString());
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            StringBuilder shown = new StringBuilder();
            releaseSurrogate(shown);
            out.write(shown.toString());
        }
        super.close();
    }

    private void accept(char c, StringBuilder out) {
        if (highSurrogate != 0) {
            char high = highSurrogate;
            highSurrogate = 0;
            if (Character.isLowSurrogate(c)) {
                out.append(high).append(c);
                return;
            }
            TerminalText.appendEscape(out, high);
        }
        if (c == '\n' || c == '\t') {
            out.append(c);
        } else if (Character.isHighSurrogate(c)) {
            highSurrogate = c;
        } else if (TerminalText.isUnsafe(c)) {
            TerminalText.appendEscape(out, c);
        } else {
            out.append(c);
        }
    }

    private void releaseSurrogate(StringBuilder out) {
        if (highSurrogate != 0) {
            TerminalText.appendEscape(out, highSurrogate);
            highSurrogate = 0;
        }
    }
}

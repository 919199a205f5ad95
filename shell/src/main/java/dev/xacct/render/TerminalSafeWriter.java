package dev.xacct.render;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * The last line of defence between xacct and a terminal: everything written through it reaches
 * the terminal with control characters made visible ({@link TerminalText}), except newline, tab,
 * carriage return and erase-to-end-of-line ({@code ESC [ K}), which progress lines use. So a value
 * no printer escaped (a CSV cell, a line a command prints as it is) can neither clear the screen,
 * move the cursor, colour the text nor retitle the window. xacct's own styling goes around it
 * ({@link TerminalPrintWriter#printStyled}).
 *
 * <p>Values are made visible where they are printed too (cells, messages); this writer wraps the
 * shell's stdout and stderr when they are a terminal. Machine formats written to a file or a pipe
 * do not pass through it and stay exact.
 */
public final class TerminalSafeWriter extends FilterWriter {

    private static final int MAX_SEQUENCE = 32;

    /** An escape sequence being read: {@code ESC}, then {@code [}, then parameters (only erase-to-end-of-line passes). */
    private final StringBuilder pending = new StringBuilder();

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

    /** Writes text as it is, around the filter: for xacct's own styling only, never for data. */
    void writeTrusted(String text) throws IOException {
        synchronized (lock) {
            StringBuilder held = new StringBuilder();
            abandonPending(held);
            out.write(held.toString());
            out.write(text);
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            StringBuilder shown = new StringBuilder();
            abandonPending(shown);
            if (highSurrogate != 0) {
                TerminalText.appendEscape(shown, highSurrogate);
                highSurrogate = 0;
            }
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
        if (!pending.isEmpty()) {
            if (continueSequence(c, out)) {
                return;
            }
        }
        if (c == '\u001b') {
            pending.append(c);
        } else if (c == '\n' || c == '\t' || c == '\r') {
            out.append(c);
        } else if (Character.isHighSurrogate(c)) {
            highSurrogate = c;
        } else if (TerminalText.isUnsafe(c)) {
            TerminalText.appendEscape(out, c);
        } else {
            out.append(c);
        }
    }

    /** Extends the pending sequence with {@code c}; false when {@code c} is not part of it (handle it anew). */
    private boolean continueSequence(char c, StringBuilder out) {
        if (pending.length() == 1) {
            if (c == '[') {
                pending.append(c);
                return true;
            }
            abandonPending(out);
            return false;
        }
        if ((c >= '0' && c <= '9') || c == ';') {
            if (pending.length() >= MAX_SEQUENCE) {
                abandonPending(out);
                return false;
            }
            pending.append(c);
            return true;
        }
        String parameters = pending.substring(2);
        if (c == 'K' && (parameters.isEmpty() || parameters.equals("0"))) {
            out.append(pending).append(c);
            pending.setLength(0);
            return true;
        }
        abandonPending(out);
        return false;
    }

    /** A sequence that is not one of ours: show what was held back. */
    private void abandonPending(StringBuilder out) {
        if (pending.isEmpty()) {
            return;
        }
        out.append("\\e").append(pending, 1, pending.length());
        pending.setLength(0);
    }
}

package dev.xacct.render;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.function.IntSupplier;
import org.jline.utils.AttributedString;

/**
 * The shell's output when it is a terminal: a {@link PrintWriter} whose every character passes
 * through a {@link TerminalSafeWriter}, plus one way around it for xacct's own styling
 * ({@link Styles#print}: a red {@code error:}, the bold banner). Data never takes that way. It
 * knows the terminal's width, so a table that would wrap there can be laid out vertically instead.
 */
public final class TerminalPrintWriter extends PrintWriter {

    private final TerminalSafeWriter safe;
    private final IntSupplier columns;

    /** A terminal whose width is unknown (e.g. stderr, where no table goes). */
    public TerminalPrintWriter(Writer terminal, boolean autoFlush) {
        this(terminal, autoFlush, () -> 0);
    }

    /** @param columns the terminal's width in cells when asked, 0 when unknown */
    public TerminalPrintWriter(Writer terminal, boolean autoFlush, IntSupplier columns) {
        this(new TerminalSafeWriter(terminal), autoFlush, columns);
    }

    private TerminalPrintWriter(TerminalSafeWriter safe, boolean autoFlush, IntSupplier columns) {
        super(safe, autoFlush);
        this.safe = safe;
        this.columns = columns;
    }

    /** The terminal's width in cells now; 0 when unknown. */
    public int columns() {
        try {
            return Math.max(0, columns.getAsInt());
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Prints styled text of xacct's own wording as ANSI sequences (its characters made visible first). */
    void printStyled(AttributedString text) {
        if (text.length() == 0) {
            return;
        }
        AttributedString shown = TerminalText.isSafe(text.toString())
                ? text
                : new AttributedString(TerminalText.visible(text.toString()), text.styleAt(0));
        flush();
        try {
            safe.writeTrusted(shown.toAnsi());
        } catch (IOException e) {
            setError();
        }
    }
}

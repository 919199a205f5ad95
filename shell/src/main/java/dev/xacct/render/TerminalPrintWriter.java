package dev.xacct.render;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import org.jline.utils.AttributedString;

/**
 * The shell's output when it is a terminal: a {@link PrintWriter} whose every character passes
 * through a {@link TerminalSafeWriter}, plus one way around it for xacct's own styling
 * ({@link Styles#print}: a red {@code error:}, the bold banner). Data never takes that way.
 */
public final class TerminalPrintWriter extends PrintWriter {

    private final TerminalSafeWriter safe;

    public TerminalPrintWriter(Writer terminal, boolean autoFlush) {
        this(new TerminalSafeWriter(terminal), autoFlush);
    }

    private TerminalPrintWriter(TerminalSafeWriter safe, boolean autoFlush) {
        super(safe, autoFlush);
        this.safe = safe;
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

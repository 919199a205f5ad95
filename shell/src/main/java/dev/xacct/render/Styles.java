package dev.xacct.render;

import java.io.PrintWriter;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * Styling through JLine's {@link AttributedStyle}, off with {@code --no-color}, {@code NO_COLOR},
 * or when output is not a terminal. Only xacct's own wording is styled (never data, never machine
 * formats), and it reaches the terminal around the {@link TerminalSafeWriter} that keeps every
 * other escape sequence off it.
 */
public final class Styles {

    /** The {@code error:} that starts an error line. */
    public static final AttributedStyle ERROR = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);

    private final boolean enabled;

    public Styles(boolean enabled) {
        this.enabled = enabled;
    }

    public static Styles plain() {
        return new Styles(false);
    }

    public boolean enabled() {
        return enabled;
    }

    /** Prints {@code text} in {@code style} where styling is on and {@code out} is a terminal; plain otherwise. */
    public void print(PrintWriter out, String text, AttributedStyle style) {
        if (enabled && out instanceof TerminalPrintWriter terminal) {
            terminal.printStyled(new AttributedString(text, style));
        } else {
            out.print(text);
        }
    }

    /** Styled text (a prompt, for JLine to draw) as ANSI when styling is on, plain otherwise. */
    public String render(AttributedString text) {
        return enabled ? text.toAnsi() : text.toString();
    }
}

package dev.xacct.render;

import org.jline.keymap.BindingReader;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;

/** What both pagers ({@link Pager}, {@link TextPager}) read from their terminal: its size, and a search typed after {@code /}. */
final class PagerPrompt {
    private PagerPrompt() {}

    /** Reads the text after {@code /} up to Enter on {@code status}; null when Escape or Ctrl-C abandons it. */
    static String readPattern(BindingReader keys, StatusLine status) {
        StringBuilder text = new StringBuilder();
        status.show("/");
        while (true) {
            int c = keys.readCharacter();
            if (c < 0 || c == 27 || c == 3) {
                return null;
            }
            if (c == '\r' || c == '\n') {
                return text.toString();
            }
            if (c == 127 || c == 8) {
                if (!text.isEmpty()) {
                    text.setLength(text.length() - 1);
                    status.backspace();
                }
            } else if (c >= ' ') {
                text.appendCodePoint(c);
                status.append(Character.toString(c));
            }
        }
    }

    /** The terminal's rows; 24 when it does not say. */
    static int height(Terminal terminal) {
        Size size = terminal.getSize();
        return size == null || size.getRows() < 3 ? 24 : size.getRows();
    }

    /** The terminal's columns; 80 when it does not say. */
    static int width(Terminal terminal) {
        Size size = terminal.getSize();
        return size == null || size.getColumns() < 10 ? 80 : size.getColumns();
    }
}

package dev.xacct.render;

/**
 * Text from data made safe to show on a terminal. Anyone can put text into the data xacct shows
 * (a CloudTrail {@code userAgent}, a role session name, a policy, an AWS error message), so no
 * character of it may be obeyed by the terminal: every control character is shown as a visible
 * escape instead.
 *
 * <ul>
 *   <li>ESC (U+001B) → {@code \e}; newline, carriage return, tab → {@code \n}, {@code \r},
 *       {@code \t};
 *   <li>the other C0 controls, DEL (U+007F) and the C1 controls (U+0080–U+009F, e.g. the one-byte
 *       CSI U+009B) → {@code \xNN};
 *   <li>the Unicode bidirectional controls (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069),
 *       the line and paragraph separators (U+2028, U+2029) and lone surrogates → {@code \\u} and four hex digits.
 * </ul>
 *
 * Printable text, wide characters and emoji are kept as they are. A backslash is not doubled:
 * the output is for reading, and Windows paths and regular expressions stay legible.
 */
public final class TerminalText {

    private TerminalText() {}

    /** The text with every control character shown visibly; the same string when there is none. */
    public static String visible(String text) {
        if (text == null) {
            return "";
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (isUnsafe(c)) {
                appendEscape(out, c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when the text holds nothing a terminal would act on. */
    public static boolean isSafe(String text) {
        return text == null || firstUnsafe(text) < 0;
    }

    /**
     * Whether a single UTF-16 unit is a control a terminal would act on. Surrogates count only when
     * they are not half of a pair, which callers that see one {@code char} at a time cannot tell.
     */
    static boolean isUnsafe(char c) {
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
            return true;
        }
        if (c < 0x061c) {
            return false;
        }
        return c == 0x061c
                || c == 0x200e
                || c == 0x200f
                || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x2028
                || c == 0x2029
                || Character.isSurrogate(c);
    }

    /** The visible form of one control character, appended to {@code out}. */
    static void appendEscape(StringBuilder out, char c) {
        switch (c) {
            case '\u001b' -> out.append("\\e");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (c <= 0xff) {
                    out.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
                } else {
                    out.append(String.format("\\u%04x", (int) c));
                }
            }
        }
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (isUnsafe(c)) {
                return i;
            }
        }
        return -1;
    }
}

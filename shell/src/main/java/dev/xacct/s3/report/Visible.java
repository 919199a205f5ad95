package dev.xacct.s3.report;

/**
 * Text from AWS or from evidence files (ARNs, keys, policies, messages) as a terminal may show
 * it: control characters become visible escapes ({@code \n}, {@code \t}, {@code \x1b}, {@code \u009b}),
 * so hostile input cannot move the cursor or recolour the screen.
 */
public final class Visible {
    private Visible() {}

    public static String of(String text) {
        if (text == null) return "";
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0);
            if (!control) {
                if (out != null) out.append(c);
                continue;
            }
            if (out == null) out = new StringBuilder(text.substring(0, i));
            out.append(
                    switch (c) {
                        case '\n' -> "\\n";
                        case '\r' -> "\\r";
                        case '\t' -> "\\t";
                        default -> c < 0x80 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c);
                    });
        }
        return out == null ? text : out.toString();
    }
}

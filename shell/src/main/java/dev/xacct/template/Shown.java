package dev.xacct.template;

/** How a user's raw value appears in a message: one line, bounded length. */
final class Shown {
    private static final int MAX = 60;

    private Shown() {}

    static String value(String raw) {
        StringBuilder b = new StringBuilder();
        raw.codePoints().limit(MAX).forEach(cp -> {
            if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (Character.isISOControl(cp)) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return raw.codePointCount(0, raw.length()) > MAX ? b + "…" : b.toString();
    }
}

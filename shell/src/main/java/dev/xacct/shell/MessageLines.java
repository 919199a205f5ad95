package dev.xacct.shell;

/** Cutting a message (an exception's, a service's) to what fits in one line of an error. */
public final class MessageLines {
    private MessageLines() {}

    /** The text up to its first line break ({@code \n} or {@code \r}); {@code ""} for null. */
    public static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return text.substring(0, i);
            }
        }
        return text;
    }
}

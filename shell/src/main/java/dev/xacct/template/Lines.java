package dev.xacct.template;

/** Line arithmetic on template text. */
public final class Lines {
    private Lines() {}

    /** 1-based line number of a character offset. */
    public static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** As many newlines as {@code text} has: keeps line numbers when a fragment is dropped. */
    static String newlinesOf(String text) {
        return "\n".repeat((int) text.chars().filter(c -> c == '\n').count());
    }
}

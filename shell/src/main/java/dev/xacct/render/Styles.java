package dev.xacct.render;

/**
 * ANSI styling, off with {@code --no-color}, {@code NO_COLOR}, or when output is not a terminal.
 * Callers style whole phrases; nothing is styled in machine formats.
 */
public final class Styles {

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

    public String bold(String text) {
        return wrap("1", text);
    }

    public String red(String text) {
        return wrap("31", text);
    }

    private String wrap(String code, String text) {
        return enabled ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}

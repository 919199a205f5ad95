package dev.xacct.render;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Pattern;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

/**
 * The inline pager: a result as an aligned table, a screen at a time, drawn by the shell itself
 * on its JLine terminal. Keys as in {@code less}: space/f next page, b back, Enter/j one line, k
 * one line back, g/G first/last, {@code /} search forward, n next match, q quit.
 *
 * <p>It pulls a result page only when the screen needs lines it does not have, and keeps a
 * bounded window of rendered lines for going back, so the first screen appears as soon as the
 * first page arrives and memory does not grow with the result. A result that fits on one screen
 * is just printed. Quitting closes the stream, which stops a query that still runs.
 */
public final class Pager {

    public static final int DEFAULT_WINDOW_LINES = 5000;

    private static final int READ_TIMEOUT_MS = 100;
    private static final int ESC = 27;

    private final Terminal terminal;
    private final int windowLines;
    private volatile boolean resized;
    private boolean statusShown;
    private String lastSearch;
    /** The table's column names and rule: kept on screen while the rows scroll under them. */
    private List<String> header = List.of();

    public Pager(Terminal terminal) {
        this(terminal, DEFAULT_WINDOW_LINES);
    }

    /** @param windowLines rendered lines kept for going back */
    public Pager(Terminal terminal, int windowLines) {
        this.terminal = terminal;
        this.windowLines = windowLines;
    }

    /** Shows the result until the user quits; always closes it. */
    public void show(ResultStream result) {
        try (result) {
            LineWindow window = new LineWindow(result, Math.max(windowLines, 4 * height()));
            if (!window.ensure(height() - 1)) {
                // fits on one screen (status line included): nothing to page
                PrintWriter out = terminal.writer();
                window.range(0, height()).forEach(out::println);
                out.flush();
                return;
            }
            List<String> top = window.range(0, 2);
            header = top.size() == 2 && top.get(1).startsWith("-") ? top : List.of();
            interact(window);
        }
    }

    private void interact(LineWindow window) {
        Attributes saved = terminal.enterRawMode();
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.WINCH, signal -> resized = true);
        try {
            NonBlockingReader keys = terminal.reader();
            long top = header.size();
            String message = null;
            draw(window, top, message);
            while (true) {
                int c = keys.read(READ_TIMEOUT_MS);
                if (c == NonBlockingReader.READ_EXPIRED) {
                    if (resized) {
                        resized = false;
                        draw(window, top, message);
                    }
                    continue;
                }
                if (c < 0 || c == 'q' || c == 'Q' || c == 3) {
                    return;
                }
                message = null;
                int body = rows();
                switch (c) {
                    case ' ', 'f', 6, 22 -> top = forward(window, top, body);
                    case 'b', 2 -> top = top - body;
                    case '\r', '\n', 'j', 'e', 14 -> top = down(window, top, body);
                    case 'k', 'y', 16 -> top = top - 1;
                    case 'g', '<' -> top = header.size();
                    case 'G', '>' -> top = toEnd(window, body);
                    case '/' -> {
                        String pattern = readPattern(keys);
                        if (pattern != null) {
                            lastSearch = pattern.isEmpty() ? lastSearch : pattern;
                            long found = search(window, top);
                            message = found < 0 ? "Pattern not found: " + lastSearch : null;
                            top = found < 0 ? Math.max(top, window.first()) : found;
                        }
                    }
                    case 'n' -> {
                        long found = search(window, top);
                        message = found < 0
                                ? (lastSearch == null ? "No previous search" : "Pattern not found: " + lastSearch)
                                : null;
                        top = found < 0 ? Math.max(top, window.first()) : found;
                    }
                    case ESC -> top = escapeSequence(keys, window, top, body);
                    default ->
                        message = "space: next page  b: back  Enter: one line  /: search  n: next match  q: quit";
                }
                if (top < window.first() && window.first() > 0) {
                    // asked for lines the bounded window has dropped: show the oldest kept, and say why
                    message = "earlier lines are no longer kept (the pager keeps the last " + windowLines + ")";
                    top = window.first();
                }
                top = Math.max(Math.max(window.first(), header.size()), top);
                draw(window, top, message);
            }
        } catch (InterruptedIOException e) {
            // Ctrl-C: the shell interrupted us; quitting is the answer
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            clearStatus();
            terminal.handle(Terminal.Signal.WINCH, previous);
            terminal.setAttributes(saved);
            terminal.writer().flush();
        }
    }

    private long forward(LineWindow window, long top, int body) {
        window.pin(top);
        long next = top + body;
        if (!window.ensure(next)) {
            return top;
        }
        window.pin(next);
        window.ensure(next + body - 1);
        if (window.exhausted() && window.end() < next + body) {
            return Math.max(top, window.end() - body);
        }
        return next;
    }

    private static long back(LineWindow window, long top, int body) {
        return Math.max(window.first(), top - body);
    }

    private static long down(LineWindow window, long top, int body) {
        window.pin(top);
        return window.ensure(top + body) ? top + 1 : top;
    }

    private static long toEnd(LineWindow window, int body) {
        while (window.ensure(window.end())) {
            window.pin(Math.max(window.first(), window.end() - body));
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
        }
        return Math.max(window.first(), window.end() - body);
    }

    /** The first line after {@code top} holding the last search; -1 when none does. */
    private long search(LineWindow window, long top) {
        if (lastSearch == null) {
            return -1;
        }
        Pattern pattern = searchPattern(lastSearch);
        for (long i = top + 1; window.ensure(i); i++) {
            window.pin(i);
            if (pattern.matcher(window.get(i)).find()) {
                return i;
            }
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
        }
        return -1;
    }

    /** Smart case, as in less -i: lower-case text matches either case. */
    private static Pattern searchPattern(String text) {
        boolean anyUpper = !text.equals(text.toLowerCase(java.util.Locale.ROOT));
        return Pattern.compile(Pattern.quote(text), anyUpper ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Reads the text after {@code /} up to Enter; null when Escape or Ctrl-C abandons it. */
    private String readPattern(NonBlockingReader keys) throws IOException {
        StringBuilder text = new StringBuilder();
        showStatus("/");
        while (true) {
            int c = keys.read(READ_TIMEOUT_MS);
            if (c == NonBlockingReader.READ_EXPIRED) {
                continue;
            }
            if (c < 0 || c == ESC || c == 3) {
                return null;
            }
            if (c == '\r' || c == '\n') {
                return text.toString();
            }
            // echo in place rather than redrawing the status line: works on terminals without clr_eol too
            PrintWriter out = terminal.writer();
            if (c == 127 || c == 8) {
                if (text.length() > 0) {
                    text.setLength(text.length() - 1);
                    out.print("\b \b");
                }
            } else if (c >= ' ') {
                text.append((char) c);
                out.print((char) c);
            }
            out.flush();
        }
    }

    /** Arrow keys and PgUp/PgDn arrive as ESC [ A … sequences. */
    private long escapeSequence(NonBlockingReader keys, LineWindow window, long top, int body) throws IOException {
        int c1 = keys.read(50);
        if (c1 != '[' && c1 != 'O') {
            return top;
        }
        int c2 = keys.read(50);
        return switch (c2) {
            case 'A' -> Math.max(Math.max(window.first(), header.size()), top - 1);
            case 'B' -> down(window, top, body);
            case '5' -> {
                keys.read(50);
                yield back(window, top, body);
            }
            case '6' -> {
                keys.read(50);
                yield forward(window, top, body);
            }
            default -> top;
        };
    }

    private void draw(LineWindow window, long top, String message) {
        int body = rows();
        int width = width();
        List<String> lines = new java.util.ArrayList<>(header);
        lines.addAll(window.range(top, body));
        int shown = lines.size() - header.size();
        PrintWriter out = terminal.writer();
        if (!terminal.puts(Capability.clear_screen)) {
            clearStatus();
        }
        statusShown = false;
        Pattern highlight = lastSearch == null ? null : searchPattern(lastSearch);
        for (int i = 0; i < body + header.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "~";
            AttributedString text = new AttributedString(line);
            if (highlight != null) {
                text = text.styleMatches(highlight, AttributedStyle.INVERSE);
            }
            out.print(text.columnSubSequence(0, width).toAnsi(terminal));
            out.print('\n');
        }
        long first = top - header.size() + 1;
        String status = message != null
                ? message
                : (header.isEmpty() ? "lines " : "rows ") + first + "-" + (first + shown - 1)
                        + (window.exhausted() && top + shown >= window.end()
                                ? " (END)  q: quit"
                                : "  space: more  b: back  /: search  q: quit");
        showStatus(status);
    }

    private void showStatus(String text) {
        clearStatus();
        PrintWriter out = terminal.writer();
        String shown = text.length() > width() - 1 ? text.substring(0, Math.max(0, width() - 1)) : text;
        out.print(new AttributedString(shown, AttributedStyle.INVERSE).toAnsi(terminal));
        out.flush();
        statusShown = true;
    }

    /** Takes the status line away: erased in place where the terminal can, else ended with a newline. */
    private void clearStatus() {
        if (!statusShown) {
            return;
        }
        PrintWriter out = terminal.writer();
        out.print('\r');
        if (!terminal.puts(Capability.clr_eol)) {
            out.print('\n');
        }
        out.flush();
        statusShown = false;
    }

    private int height() {
        Size size = terminal.getSize();
        return size == null || size.getRows() < 3 ? 24 : size.getRows();
    }

    private int width() {
        Size size = terminal.getSize();
        return size == null || size.getColumns() < 10 ? 80 : size.getColumns();
    }

    /** Screen rows for lines: all but the status line. */
    private int body() {
        return height() - 1;
    }

    /** Screen rows that scroll: the body less the pinned header. */
    private int rows() {
        return Math.max(1, body() - header.size());
    }
}

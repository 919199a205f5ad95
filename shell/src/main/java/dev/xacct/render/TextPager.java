package dev.xacct.render;

import java.io.PrintWriter;
import java.util.List;
import org.jline.keymap.BindingReader;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp.Capability;

/**
 * The inline pager for a text report (an {@code s3 diagnose} report): its first line pinned on
 * top, the rest a screen at a time with the keys of the table {@link Pager} that make sense for
 * text (space/b, ↑↓, g/G, {@code /} and n, q). Long lines wrap as the terminal wraps them: a
 * wrapped line is written whole without a line break of ours, so a command copied from the
 * screen is the command. A report that fits on one screen is just printed.
 */
public final class TextPager {

    private final Terminal terminal;
    private final StatusLine status;

    public TextPager(Terminal terminal) {
        this.terminal = terminal;
        this.status = StatusLine.on(terminal);
    }

    /**
     * Shows {@code lines} below {@code pinned} (null: nothing pinned) until the user quits. The
     * text must already be terminal-safe ({@link TerminalText#visible}).
     */
    public void show(String pinned, List<String> lines) {
        TextView view = new TextView(pinned, lines);
        view.resize(width(), height());
        if (view.fits()) {
            PrintWriter out = terminal.writer();
            if (pinned != null) out.println(pinned);
            lines.forEach(out::println);
            out.flush();
            return;
        }
        interact(view);
    }

    private void interact(TextView view) {
        PagerKeyLoop.run(terminal, status, new PagerKeyLoop.Screen() {
            @Override
            public void draw(String notice) {
                TextPager.this.draw(view, notice);
            }

            @Override
            public String act(PagerKeys.Action action, BindingReader keys) {
                return switch (action) {
                    case NEXT_PAGE -> view.nextPage();
                    case PREVIOUS_PAGE -> view.previousPage();
                    case DOWN -> view.down();
                    case UP -> view.up();
                    case FIRST -> view.first();
                    case LAST -> view.last();
                    case SEARCH -> {
                        String pattern = PagerPrompt.readPattern(keys, status);
                        yield pattern == null ? null : view.search(pattern);
                    }
                    case NEXT_MATCH -> view.search(null);
                    default -> TextView.HELP;
                };
            }
        });
    }

    private void draw(TextView view, String notice) {
        view.resize(width(), height());
        PrintWriter out = terminal.writer();
        if (!terminal.puts(Capability.clear_screen)) status.clear();
        List<TextView.Row> rows = view.screen();
        for (int i = 0; i < rows.size(); i++) {
            TextView.Row row = rows.get(i);
            out.print(row.text().toAnsi(terminal));
            boolean joined = row.continues()
                    && i + 1 < rows.size()
                    && rows.get(i + 1).line() == row.line()
                    && row.text().columnLength() == width();
            if (!joined) out.print('\n');
        }
        status.show(notice != null ? notice : view.status(), AttributedStyle.INVERSE);
    }

    private int height() {
        return PagerPrompt.height(terminal);
    }

    private int width() {
        return PagerPrompt.width(terminal);
    }
}

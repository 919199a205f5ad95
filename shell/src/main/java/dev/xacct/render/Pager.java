package dev.xacct.render;

import java.io.PrintWriter;
import java.util.List;
import org.jline.keymap.BindingReader;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp.Capability;

/**
 * The inline pager: a result as an aligned table, a screen at a time, drawn by the shell itself
 * on its JLine terminal. Keys as in {@code less} (space/f next page, b back, Enter/↓ and ↑ move
 * the cursor row, g/G first/last, {@code /} search, n next match, q quit), plus ←/→ to scroll the
 * columns sideways (the status says {@code columns 1–4 of 10 →}), {@code v} to see the cursor's
 * row in the vertical layout and {@code V} for every row in it ({@link PagerKeys}).
 *
 * <p>It pulls a result page only when the screen needs rows it does not have, and keeps a
 * bounded window of rows for going back, so the first screen appears as soon as the first page
 * arrives and memory does not grow with the result. A result that fits on one screen is just
 * printed: as a table when its rows fit the width, in the vertical layout when they would wrap.
 * Quitting closes the stream, which stops a query that still runs.
 */
public final class Pager {

    public static final int DEFAULT_WINDOW_ROWS = 5000;

    private final Terminal terminal;
    private final int windowRows;
    private final StatusLine status;

    public Pager(Terminal terminal) {
        this(terminal, DEFAULT_WINDOW_ROWS);
    }

    /** @param windowRows rows kept in memory for going back */
    public Pager(Terminal terminal, int windowRows) {
        this.terminal = terminal;
        this.windowRows = windowRows;
        this.status = StatusLine.on(terminal);
    }

    /** Shows the result until the user quits; always closes it. */
    public void show(ResultStream result) {
        try (result) {
            RowWindow window = new RowWindow(result, Math.max(windowRows, 4 * height()));
            // header, rule, the rows and the row count, above the prompt that follows
            boolean fitsHeight = !window.ensure(height() - 4);
            if (fitsHeight && printedWhole(window)) {
                return;
            }
            interact(new PagerView(window, windowRows));
        }
    }

    /** A short result is printed rather than paged: as a table if it fits the width, else vertically if that fits the height. */
    private boolean printedWhole(RowWindow window) {
        TableLayout table = window.table();
        long rows = window.end();
        List<String> lines = new java.util.ArrayList<>();
        if (!table.wrapsOn(width())) {
            lines.add(table.header(0, table.columnCount()));
            lines.add(table.rule(0, table.columnCount()));
            window.range(0, (int) rows).forEach(cells -> lines.add(table.row(cells, 0, table.columnCount())));
            lines.add(TableLines.rowCount(rows));
        } else if (table.columnCount() > 1
                && rows > 0
                && rows * window.vertical().linesPerRecord() <= height() - 1) {
            // rows that would wrap on this screen read better one field a line
            List<String[]> all = window.range(0, (int) rows);
            for (int i = 0; i < all.size(); i++) {
                lines.addAll(window.vertical().record(i + 1, all.get(i)));
            }
        } else {
            return false;
        }
        PrintWriter out = terminal.writer();
        lines.forEach(out::println);
        out.flush();
        return true;
    }

    private void interact(PagerView view) {
        PagerKeyLoop.run(terminal, status, new PagerKeyLoop.Screen() {
            @Override
            public void draw(String notice) {
                Pager.this.draw(view, notice);
            }

            @Override
            public boolean ignores(PagerKeys.Action action) {
                // a lone Escape in the table: nothing to go back from
                return action == PagerKeys.Action.BACK && view.mode() == PagerView.Mode.TABLE;
            }

            @Override
            public String act(PagerKeys.Action action, BindingReader keys) {
                return switch (action) {
                    case NEXT_PAGE -> view.nextPage();
                    case PREVIOUS_PAGE -> view.previousPage();
                    case DOWN -> view.down();
                    case UP -> view.up();
                    case LEFT -> view.left();
                    case RIGHT -> view.right();
                    case FIRST -> view.first();
                    case LAST -> view.last();
                    case SEARCH -> {
                        String pattern = PagerPrompt.readPattern(keys, status);
                        yield pattern == null ? null : view.search(pattern);
                    }
                    case NEXT_MATCH -> view.search(null);
                    case RECORD -> view.toggleRecord();
                    case ALL_RECORDS -> view.toggleAllRecords();
                    case BACK -> view.back();
                    case HELP, QUIT -> PagerKeys.HELP;
                };
            }
        });
    }

    private void draw(PagerView view, String notice) {
        view.resize(width(), height());
        PrintWriter out = terminal.writer();
        if (!terminal.puts(Capability.clear_screen)) {
            status.clear();
        }
        for (AttributedString line : view.screen()) {
            out.print(line.toAnsi(terminal));
            out.print('\n');
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

package dev.xacct.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

class PagerTest {

    /** 5 rows a page, counting the pages handed out and whether it was closed. */
    static final class CountingStream implements ResultStream {
        final int pages;
        int pagesRead;
        boolean closed;

        CountingStream(int pages) {
            this.pages = pages;
        }

        @Override
        public List<Column> columns() {
            return List.of(Column.text("name"), Column.number("n"));
        }

        @Override
        public List<List<Object>> nextPage() {
            if (closed || pagesRead == pages) {
                return List.of();
            }
            List<List<Object>> page = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                long n = pagesRead * 5L + i;
                page.add(Arrays.asList("row " + n, n));
            }
            pagesRead++;
            return page;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private Terminal terminal(String keys, int rows) throws IOException {
        Terminal terminal = new DumbTerminal(
                "test",
                Terminal.TYPE_DUMB,
                new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
                output,
                StandardCharsets.UTF_8);
        terminal.setSize(new Size(60, rows));
        return terminal;
    }

    /** The screens drawn, each the lines above a status line. */
    private List<List<String>> screens() {
        List<List<String>> screens = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : output.toString(StandardCharsets.UTF_8).split("\n", -1)) {
            String text = line.replace("\r", "");
            if (text.startsWith("lines ")
                    || text.startsWith("rows ")
                    || text.startsWith("Pattern not found")
                    || text.startsWith("earlier lines")) {
                current.add("STATUS: " + text);
                screens.add(current);
                current = new ArrayList<>();
            } else if (text.startsWith("/")) {
                continue; // the search prompt, echoed on the status line
            } else if (!text.isEmpty() || !current.isEmpty()) {
                current.add(text);
            }
        }
        return screens;
    }

    private static String rowLine(List<String> screen, int i) {
        return screen.get(i).strip();
    }

    @Test
    void theFirstScreenShowsExactlyTheScreensRowsAndQuitClosesTheStreamEarly() throws IOException {
        CountingStream stream = new CountingStream(100);
        try (Terminal terminal = terminal("q", 10)) {
            new Pager(terminal).show(stream);
        }
        List<List<String>> screens = screens();
        assertThat(screens).hasSize(1);
        List<String> first = screens.get(0);
        assertThat(first).hasSize(10);
        assertThat(first.get(0)).contains("name").contains("n");
        assertThat(first.get(1)).startsWith("---");
        assertThat(rowLine(first, 2)).startsWith("row 0 ");
        assertThat(rowLine(first, 8)).startsWith("row 6 ");
        assertThat(first.get(9)).isEqualTo("STATUS: rows 1-7  space: more  b: back  /: search  q: quit");
        assertThat(stream.closed).isTrue();
        assertThat(stream.pagesRead).isLessThanOrEqualTo(2);
    }

    @Test
    void spaceGoesForwardAndBGoesBack() throws IOException {
        CountingStream stream = new CountingStream(100);
        try (Terminal terminal = terminal(" bq", 10)) {
            new Pager(terminal).show(stream);
        }
        List<List<String>> screens = screens();
        assertThat(screens).hasSize(3);
        // The header stays on top while the rows scroll under it.
        assertThat(screens.get(1).subList(0, 2)).isEqualTo(screens.get(0).subList(0, 2));
        assertThat(rowLine(screens.get(1), 2)).startsWith("row 7 ");
        assertThat(screens.get(1).get(9)).startsWith("STATUS: rows 8-14");
        assertThat(screens.get(2)).isEqualTo(screens.get(0));
        assertThat(stream.pagesRead).isLessThanOrEqualTo(4);
    }

    @Test
    void enterMovesOneLine() throws IOException {
        try (Terminal terminal = terminal("\rq", 10)) {
            new Pager(terminal).show(new CountingStream(100));
        }
        assertThat(screens().get(1).get(1)).startsWith("-");
        assertThat(rowLine(screens().get(1), 2)).startsWith("row 1 ");
        assertThat(screens().get(1).get(9)).startsWith("STATUS: rows 2-8");
    }

    @Test
    void slashFindsTheNextMatchAndNFindsTheOneAfter() throws IOException {
        CountingStream stream = new CountingStream(100);
        try (Terminal terminal = terminal("/row 42\rnq", 10)) {
            new Pager(terminal).show(stream);
        }
        List<List<String>> screens = screens();
        assertThat(rowLine(screens.get(1), 2)).startsWith("row 42 ");
        assertThat(rowLine(screens.get(2), 2)).startsWith("row 420 ");
        assertThat(stream.pagesRead).isLessThan(100);
    }

    @Test
    void aMissingPatternIsSaidAndTheScreenStays() throws IOException {
        try (Terminal terminal = terminal("/nowhere\rq", 10)) {
            new Pager(terminal).show(new CountingStream(20));
        }
        List<List<String>> screens = screens();
        assertThat(screens.get(1).get(9)).isEqualTo("STATUS: Pattern not found: nowhere");
        assertThat(screens.get(1).subList(0, 9)).isEqualTo(screens.get(0).subList(0, 9));
    }

    @Test
    void readingToTheEndShowsTheRowCountAndKeepsABoundedWindow() throws IOException {
        try (Terminal terminal = terminal("Ggq", 10)) {
            new Pager(terminal, 50).show(new CountingStream(1000));
        }
        List<List<String>> screens = screens();
        List<String> last = screens.get(1);
        assertThat(last.get(8)).isEqualTo("(5000 rows)");
        assertThat(last.get(9)).startsWith("STATUS: rows 4995-5001 (END)");
        // 'g' cannot go back past the window: it stops at the oldest line kept, and says so
        assertThat(screens.get(2).get(9)).startsWith("STATUS: earlier lines are no longer kept");
        assertThat(rowLine(screens.get(2), 2)).startsWith("row 49");
    }

    @Test
    void aResultThatFitsIsPrintedWithoutPaging() throws IOException {
        CountingStream stream = new CountingStream(1);
        try (Terminal terminal = terminal("", 24)) {
            new Pager(terminal).show(stream);
        }
        assertThat(output.toString(StandardCharsets.UTF_8).lines().toList())
                .hasSize(8)
                .last()
                .isEqualTo("(5 rows)");
        assertThat(stream.closed).isTrue();
    }

    @Test
    void onlyATableOnATerminalPages() {
        assertThat(PagingDecision.decide(true, false, OutputFormat.TABLE)).isEqualTo(PagingDecision.PAGE);
        assertThat(PagingDecision.decide(false, false, OutputFormat.TABLE)).isEqualTo(PagingDecision.WRITE_ALL);
        assertThat(PagingDecision.decide(true, true, OutputFormat.TABLE)).isEqualTo(PagingDecision.WRITE_ALL);
        assertThat(PagingDecision.decide(true, false, OutputFormat.CSV)).isEqualTo(PagingDecision.WRITE_ALL);
    }
}

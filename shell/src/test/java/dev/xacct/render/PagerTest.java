package dev.xacct.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

class PagerTest {

    private static final String RIGHT = "\u001b[C";
    private static final String LEFT = "\u001b[D";
    private static final Pattern STATUS = Pattern.compile(
            "^(rows |no rows|record |row \\d+ vertically|Pattern not found|earlier rows|No previous search|space/b: page).*");

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

    /** Ten columns c1..c10, each value 12 characters wide: at 60 columns only 4 fit. */
    private static ResultStream wide(int rows) {
        List<Column> columns = new ArrayList<>();
        for (int c = 1; c <= 10; c++) {
            columns.add(Column.text("c" + c));
        }
        List<List<Object>> data = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Object> row = new ArrayList<>();
            for (int c = 1; c <= 10; c++) {
                row.add(String.format("r%03d-col%02d", r, c) + (r == 30 && c == 9 ? "-needle" : ""));
            }
            data.add(row);
        }
        return ResultStream.of(columns, data);
    }

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private Terminal terminal(String keys, int rows) throws IOException {
        return terminal(keys, 60, rows);
    }

    private Terminal terminal(String keys, int columns, int rows) throws IOException {
        Terminal terminal = new DumbTerminal(
                "test",
                Terminal.TYPE_DUMB,
                new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
                output,
                StandardCharsets.UTF_8);
        terminal.setSize(new Size(columns, rows));
        return terminal;
    }

    /** The screens drawn, each the lines above a status line, the status last. */
    private List<List<String>> screens() {
        List<List<String>> screens = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : output.toString(StandardCharsets.UTF_8).split("\n", -1)) {
            String text = line.replace("\r", "");
            if (STATUS.matcher(text).matches()) {
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

    private static String status(List<String> screen) {
        return screen.get(screen.size() - 1);
    }

    @Test
    void theFirstScreenShowsExactlyTheScreensRowsWithTheCursorOnTheFirstAndQuitClosesTheStreamEarly()
            throws IOException {
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
        assertThat(first.get(2)).startsWith(">row 0 ");
        assertThat(first.get(8)).startsWith(" row 6 ");
        assertThat(status(first)).isEqualTo("STATUS: rows 1-7  space: more  /: find  v: row  ?: keys  q: quit");
        assertThat(stream.closed).isTrue();
        assertThat(stream.pagesRead).isLessThanOrEqualTo(2);
    }

    @Test
    void spaceGoesForwardAndBGoesBackWithTheHeaderKeptOnTop() throws IOException {
        CountingStream stream = new CountingStream(100);
        try (Terminal terminal = terminal(" bq", 10)) {
            new Pager(terminal).show(stream);
        }
        List<List<String>> screens = screens();
        assertThat(screens).hasSize(3);
        assertThat(screens.get(1).subList(0, 2)).isEqualTo(screens.get(0).subList(0, 2));
        assertThat(screens.get(1).get(2)).startsWith(">row 7 ");
        assertThat(status(screens.get(1))).startsWith("STATUS: rows 8-14");
        assertThat(screens.get(2)).isEqualTo(screens.get(0));
        assertThat(stream.pagesRead).isLessThanOrEqualTo(4);
    }

    @Test
    void enterAndArrowsMoveTheCursorAndScrollOnlyAtTheEdge() throws IOException {
        // Enter once, then down seven times: the cursor reaches the last screen row and the view scrolls by one
        try (Terminal terminal = terminal("\r" + "\u001b[B".repeat(7) + "\u001b[Aq", 10)) {
            new Pager(terminal).show(new CountingStream(100));
        }
        List<List<String>> screens = screens();
        assertThat(screens.get(1).get(2)).startsWith(" row 0 ");
        assertThat(screens.get(1).get(3)).startsWith(">row 1 ");
        assertThat(status(screens.get(1))).startsWith("STATUS: rows 1-7");
        List<String> scrolled = screens.get(8);
        assertThat(scrolled.get(2)).startsWith(" row 2 ");
        assertThat(scrolled.get(8)).startsWith(">row 8 ");
        assertThat(status(scrolled)).startsWith("STATUS: rows 3-9");
        assertThat(screens.get(9).get(7)).startsWith(">row 7 ");
    }

    @Test
    void slashFindsTheNextMatchAndNFindsTheOneAfter() throws IOException {
        CountingStream stream = new CountingStream(100);
        try (Terminal terminal = terminal("/row 42\rnq", 10)) {
            new Pager(terminal).show(stream);
        }
        List<List<String>> screens = screens();
        assertThat(screens.get(1).get(2)).startsWith(">row 42 ");
        assertThat(screens.get(2).get(2)).startsWith(">row 420 ");
        assertThat(stream.pagesRead).isLessThan(100);
    }

    @Test
    void aMissingPatternIsSaidAndTheScreenStays() throws IOException {
        try (Terminal terminal = terminal("/nowhere\rq", 10)) {
            new Pager(terminal).show(new CountingStream(20));
        }
        List<List<String>> screens = screens();
        assertThat(status(screens.get(1))).isEqualTo("STATUS: Pattern not found: nowhere");
        assertThat(screens.get(1).subList(0, 9)).isEqualTo(screens.get(0).subList(0, 9));
    }

    @Test
    void readingToTheEndShowsTheRowCountAndKeepsABoundedWindow() throws IOException {
        try (Terminal terminal = terminal("Ggq", 10)) {
            new Pager(terminal, 50).show(new CountingStream(1000));
        }
        List<List<String>> screens = screens();
        List<String> last = screens.get(1);
        assertThat(last.get(7)).startsWith(">row 4999 ");
        assertThat(last.get(8)).isEqualTo("(5000 rows)");
        assertThat(status(last)).startsWith("STATUS: rows 4995-5000 of 5000  (END)");
        // 'g' cannot go back past the window: it stops at the oldest row kept, and says so
        assertThat(status(screens.get(2))).startsWith("STATUS: earlier rows are no longer kept");
        assertThat(screens.get(2).get(2)).startsWith(">row 49");
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
    void aShortResultTooWideForTheScreenIsPrintedVerticallyInsteadOfWrapping() throws IOException {
        try (Terminal terminal = terminal("", 60, 40)) {
            new Pager(terminal).show(wide(2));
        }
        List<String> lines = output.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines)
                .hasSize(22)
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
        assertThat(lines.get(0)).startsWith("-[ RECORD 1 ]");
        assertThat(lines.get(10)).isEqualTo("c10 | r000-col10");
        assertThat(lines.get(11)).startsWith("-[ RECORD 2 ]");
    }

    @Test
    void arrowsScrollTheColumnsSidewaysAndTheStatusSaysWhichShow() throws IOException {
        try (Terminal terminal = terminal(RIGHT + RIGHT + LEFT + "q", 60, 10)) {
            new Pager(terminal).show(wide(100));
        }
        List<List<String>> screens = screens();
        List<String> first = screens.get(0);
        assertThat(first.get(0)).contains("c1", "c4").doesNotContain("c5");
        assertThat(first.get(2)).startsWith(">r000-col01 | r000-col02 | r000-col03 | r000-col04");
        assertThat(status(first)).contains("columns 1–4 of 10 →");
        List<String> shifted = screens.get(2);
        assertThat(shifted.get(0)).doesNotContain("c1 ").contains("c3", "c6");
        assertThat(shifted.get(2)).startsWith(">r000-col03 | r000-col04");
        assertThat(status(shifted)).contains("← columns 3–6 of 10 →");
        assertThat(screens.get(3).get(2)).startsWith(">r000-col02");
    }

    @Test
    void aSearchMatchInAColumnOffScreenScrollsToIt() throws IOException {
        try (Terminal terminal = terminal("/needle\rq", 60, 10)) {
            new Pager(terminal).show(wide(100));
        }
        List<String> found = screens().get(1);
        assertThat(found.get(2)).startsWith(">r030-col09");
        assertThat(status(found)).contains("columns 9–10 of 10");
    }

    @Test
    void vShowsTheCursorRowVerticallyAndVShowsEveryRowSo() throws IOException {
        try (Terminal terminal = terminal("\rvvVq", 60, 14)) {
            new Pager(terminal).show(wide(100));
        }
        List<List<String>> screens = screens();
        List<String> record = screens.get(2);
        assertThat(record.get(0)).startsWith("-[ RECORD 2 ]");
        assertThat(record.get(1)).isEqualTo("c1  | r001-col01");
        assertThat(record.get(10)).isEqualTo("c10 | r001-col10");
        assertThat(status(record)).startsWith("STATUS: row 2 vertically");
        assertThat(screens.get(3).get(3)).startsWith(">r001-col01"); // v again: back to the table
        List<String> all = screens.get(4);
        assertThat(all.get(0)).startsWith("-[ RECORD 2 ]");
        assertThat(all.get(11)).startsWith("-[ RECORD 3 ]");
        assertThat(status(all)).startsWith("STATUS: record 2");
    }

    @Test
    void controlCharactersInCellsAreShownVisiblyNeverSentToTheTerminal() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(List.of("\u001b[2J\u001b[H\u001b[31mFAKE" + i, "\u001b]0;pwned\u0007\u009b31m"));
        }
        try (Terminal terminal = terminal("Vq", 80, 10)) {
            new Pager(terminal).show(ResultStream.of(List.of(Column.text("ua"), Column.text("name")), rows));
        }
        String shown = output.toString(StandardCharsets.UTF_8);
        assertThat(shown).doesNotContain("\u001b[2J", "\u001b]0", "\u009b", "\u0007");
        assertThat(shown).contains("\\e[2J\\e[H\\e[31mFAKE0", "\\e]0;pwned\\x07\\x9b31m");
    }

    @Test
    void onlyATableOnATerminalPages() {
        assertThat(PagingDecision.decide(true, false, OutputFormat.TABLE)).isEqualTo(PagingDecision.PAGE);
        assertThat(PagingDecision.decide(false, false, OutputFormat.TABLE)).isEqualTo(PagingDecision.WRITE_ALL);
        assertThat(PagingDecision.decide(true, true, OutputFormat.TABLE)).isEqualTo(PagingDecision.WRITE_ALL);
        assertThat(PagingDecision.decide(true, false, OutputFormat.CSV)).isEqualTo(PagingDecision.WRITE_ALL);
    }
}

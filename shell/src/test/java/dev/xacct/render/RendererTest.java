package dev.xacct.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RendererTest {

    private final List<Column> columns = List.of(Column.text("account"), Column.number("events"), Column.text("note"));
    private final List<List<Object>> rows = List.of(
            Arrays.asList("111111111111", 42L, "plain"),
            Arrays.asList("222222222222", 7L, "has, comma and \"quote\""),
            Arrays.asList("333333333333", null, "two\nlines"));

    private String render(OutputFormat format) {
        StringWriter text = new StringWriter();
        new Renderer(new PrintWriter(text)).print(ResultStream.of(columns, rows), format);
        return text.toString();
    }

    @Test
    void tableAlignsColumnsRightAlignsNumbersAndCountsRows() {
        String table = render(OutputFormat.TABLE);
        assertThat(table.lines().toList())
                .contains(
                        "   account    | events |          note",
                        " 111111111111 |     42 | plain",
                        " 333333333333 |        | two\\nlines",
                        "(3 rows)");
    }

    private String renderOnTerminal(
            int screenColumns, List<Column> columns, List<List<Object>> rows, OutputFormat format) {
        StringWriter text = new StringWriter();
        new Renderer(new TerminalPrintWriter(text, false, () -> screenColumns))
                .print(ResultStream.of(columns, rows), format);
        return text.toString();
    }

    @Test
    void aTableOnATerminalIsVerticalWhenItsRowsWouldWrapAndAlignedWhenTheyFit() {
        // the widest line, the rule under the header, is 48 cells
        assertThat(renderOnTerminal(48, columns, rows, OutputFormat.TABLE)).isEqualTo(render(OutputFormat.TABLE));
        assertThat(renderOnTerminal(47, columns, rows, OutputFormat.TABLE)
                        .lines()
                        .toList())
                .startsWith("-[ RECORD 1 ]", "account | 111111111111", "events  | 42", "note    | plain")
                .contains("-[ RECORD 3 ]", "note    | two\\nlines");
        // unknown width (0): never re-laid out
        assertThat(renderOnTerminal(0, columns, rows, OutputFormat.TABLE)).isEqualTo(render(OutputFormat.TABLE));
    }

    @Test
    void onlyTheTableIsFittedToTheTerminalAndNeverASingleColumnOrAnEmptyResult() {
        assertThat(renderOnTerminal(10, columns, rows, OutputFormat.TSV)).isEqualTo(render(OutputFormat.TSV));
        assertThat(renderOnTerminal(10, columns, rows, OutputFormat.MARKDOWN)).isEqualTo(render(OutputFormat.MARKDOWN));
        List<Column> one = List.of(Column.text("arn"));
        List<List<Object>> longArn =
                List.of(List.of("arn:aws:iam::111111111111:role/a-role-name-longer-than-the-screen"));
        assertThat(renderOnTerminal(20, one, longArn, OutputFormat.TABLE))
                .contains(" arn:aws:iam::111111111111:role/a-role-name-longer-than-the-screen")
                .doesNotContain("RECORD");
        assertThat(renderOnTerminal(20, columns, List.of(), OutputFormat.TABLE))
                .contains("account | events | note", "(0 rows)")
                .doesNotContain("RECORD");
    }

    @Test
    void csvQuotesPerRfc4180() {
        assertThat(render(OutputFormat.CSV)).isEqualTo("""
                account,events,note
                111111111111,42,plain
                222222222222,7,"has, comma and ""quote\"""
                333333333333,,"two
                lines"
                """);
    }

    @Test
    void tsvEscapesTabsAndNewlines() {
        assertThat(render(OutputFormat.TSV).lines().toList())
                .containsExactly(
                        "account\tevents\tnote",
                        "111111111111\t42\tplain",
                        "222222222222\t7\thas, comma and \"quote\"",
                        "333333333333\t\ttwo\\nlines");
    }

    @Test
    void jsonIsOneDocumentWithTypedValues() throws Exception {
        JsonNode json = new ObjectMapper().readTree(render(OutputFormat.JSON));
        assertThat(json.isArray()).isTrue();
        assertThat(json).hasSize(3);
        assertThat(json.get(0).get("events").isNumber()).isTrue();
        assertThat(json.get(2).get("events").isNull()).isTrue();
        assertThat(json.get(2).get("note").asText()).isEqualTo("two\nlines");
    }

    @Test
    void emptyJsonResultIsAnEmptyArray() throws Exception {
        StringWriter text = new StringWriter();
        new Renderer(new PrintWriter(text)).print(ResultStream.of(columns, List.of()), OutputFormat.JSON);
        assertThat(new ObjectMapper().readTree(text.toString()).isEmpty()).isTrue();
    }

    @Test
    void markdownAndVerticalFormats() {
        assertThat(render(OutputFormat.MARKDOWN).lines().limit(3).toList())
                .containsExactly(
                        "| account | events | note |", "| --- | ---: | --- |", "| 111111111111 | 42 | plain |");
        assertThat(render(OutputFormat.VERTICAL)).contains("-[ RECORD 1 ]", "account | 111111111111", "events  | 42");
    }

    @Test
    void aRecordIsOneJsonObjectOrAlignedFieldLines() throws Exception {
        var record = Renderer.record();
        record.put("account", "111111111111");
        record.put("expires", null);
        StringWriter json = new StringWriter();
        new Renderer(new PrintWriter(json)).printRecord(record, OutputFormat.JSON);
        assertThat(new ObjectMapper().readTree(json.toString()).get("account").asText())
                .isEqualTo("111111111111");
        StringWriter table = new StringWriter();
        new Renderer(new PrintWriter(table)).printRecord(record, OutputFormat.TABLE);
        assertThat(table.toString().lines().toList()).containsExactly("account: 111111111111", "expires:");
    }

    @Test
    void rowsAreStreamedPageByPageNotHeldWhole() {
        AtomicInteger produced = new AtomicInteger();
        Iterator<List<Object>> endless = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return produced.get() < 5_000;
            }

            @Override
            public List<Object> next() {
                return List.of(produced.incrementAndGet());
            }
        };
        List<Integer> producedWhenPrinted = new ArrayList<>();
        StringWriter sink = new StringWriter() {
            @Override
            public void flush() {
                producedWhenPrinted.add(produced.get());
            }
        };
        new Renderer(new PrintWriter(sink))
                .print(
                        ResultStream.fromIterator(List.of(Column.number("n")), endless, 1000, () -> {}),
                        OutputFormat.CSV);
        // The first page was written before the rest was produced.
        assertThat(producedWhenPrinted.get(0)).isEqualTo(1000);
        assertThat(sink.toString().lines().count()).isEqualTo(5001);
    }
}

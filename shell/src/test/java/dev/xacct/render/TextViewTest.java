package dev.xacct.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextViewTest {

    private static List<String> text(List<TextView.Row> rows) {
        return rows.stream().map(r -> r.text().toString()).toList();
    }

    @Test
    void longLinesWrapWholeAndThePinnedLineStaysOnTop() {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 30; i++) lines.add("line " + i);
        lines.set(3, "x".repeat(25)); // three rows at width 10
        TextView view = new TextView("VERDICT", lines);
        view.resize(10, 10);
        assertThat(view.fits()).isFalse();
        assertThat(text(view.screen())).startsWith("VERDICT", "line 1", "line 2", "line 3", "xxxxxxxxxx");
        assertThat(view.screen().get(4).continues()).isTrue();
        assertThat(String.join("", text(view.screen()).subList(4, 7))).isEqualTo("x".repeat(25));

        view.last();
        assertThat(text(view.screen()).get(0)).isEqualTo("VERDICT");
        assertThat(text(view.screen())).endsWith("line 30");
        assertThat(view.status()).startsWith("lines 24–31 of 31  (END)");
    }

    @Test
    void aPageDoesNotSplitALineThatFitsOnAScreen() {
        List<String> lines = new ArrayList<>(List.of("a", "b", "c", "d", "e", "f", "g"));
        lines.add("y".repeat(35)); // rows 7–10 at width 10
        lines.addAll(List.of("h", "i", "j", "k", "l", "m", "n", "o"));
        TextView view = new TextView(null, lines);
        view.resize(10, 10); // nine body rows: the long line starts at row 8 and would be cut
        view.nextPage();
        assertThat(text(view.screen()).get(0)).isEqualTo("yyyyyyyyyy");
        assertThat(String.join("", text(view.screen()).subList(0, 4))).isEqualTo("y".repeat(35));
    }

    @Test
    void searchMovesToTheNextLineThatHasTheTextAndSaysWhenThereIsNone() {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 40; i++) lines.add(i == 25 ? "aws s3api put-bucket-policy" : "line " + i);
        TextView view = new TextView("V", lines);
        view.resize(80, 10);
        assertThat(view.search("PUT-BUCKET")).isNull();
        assertThat(text(view.screen()).get(1)).isEqualTo("aws s3api put-bucket-policy");
        assertThat(view.search(null)).contains("no more lines");
    }

    @Test
    void aShortReportFits() {
        TextView view = new TextView("V", List.of("a", "b"));
        view.resize(80, 24);
        assertThat(view.fits()).isTrue();
    }
}

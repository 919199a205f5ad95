package dev.xacct.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void everyControlCharacterIsShownVisibly() {
        assertThat(TerminalText.visible("\u001b[2J\u001b[H\u001b[31mFAKE")).isEqualTo("\\e[2J\\e[H\\e[31mFAKE");
        assertThat(TerminalText.visible("a\u0000b\u0007c\u007fd\u009be\u0085f"))
                .isEqualTo("a\\x00b\\x07c\\x7fd\\x9be\\x85f");
        assertThat(TerminalText.visible("two\nlines\tand\rreturn")).isEqualTo("two\\nlines\\tand\\rreturn");
        assertThat(TerminalText.visible("admin\u202etxt.exe\u2028x")).isEqualTo("admin\\u202etxt.exe\\u2028x");
    }

    @Test
    void printableTextWideCharactersAndEmojiStayAsTheyAre() {
        String text = "arn:aws:iam::111111111111:user/Zoë 日本 \ud83d\ude00 C:\\temp";
        assertThat(TerminalText.visible(text)).isSameAs(text);
        assertThat(TerminalText.isSafe(text)).isTrue();
        assertThat(TerminalText.visible("lone \ud800 half")).isEqualTo("lone \\ud800 half");
    }

    @Test
    void theTerminalWriterLetsNothingButNewlinesTabsAndXacctsOwnStylingThrough() {
        StringWriter screen = new StringWriter();
        TerminalPrintWriter out = new TerminalPrintWriter(screen, true);
        new Styles(true).print(out, "error: ", Styles.ERROR);
        out.print("\u001b]0;pwned\u0007 \u001b[31mred\r\tend\ud83d");
        out.println("\ude00");
        out.flush();
        assertThat(screen.toString())
                .startsWith("\u001b[31merror: \u001b[0m")
                .endsWith("\\e]0;pwned\\x07 \\e[31mred\\r\tend\ud83d\ude00\n");
        // a plain writer (a file, a pipe) gets no styling at all
        StringWriter file = new StringWriter();
        new Styles(true).print(new PrintWriter(file), "error: ", AttributedStyle.BOLD);
        assertThat(file.toString()).isEqualTo("error: ");
    }

    @Test
    void jsonKeepsTheDataExactWithEveryControlCharacterEscaped() {
        StringWriter json = new StringWriter();
        new Renderer(new PrintWriter(json))
                .print(
                        ResultStream.of(
                                java.util.List.of(Column.text("ua")),
                                java.util.List.of(java.util.List.of("\u001b[2J\u009b\u007f\u202e"))),
                        OutputFormat.JSON);
        assertThat(json.toString())
                .contains("\"\\u001B[2J\\u009B\\u007F\\u202E\"")
                .doesNotContain("\u001b", "\u009b");
    }
}

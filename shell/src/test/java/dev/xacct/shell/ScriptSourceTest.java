package dev.xacct.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptSourceTest {

    private static ScriptSource of(byte[] bytes) {
        return new ScriptSource(new ByteArrayInputStream(bytes), "check.xacct");
    }

    @Test
    void statementsComeWithTheirLineAndAQuoteContinuesOnTheNextLine() {
        ScriptSource source = of(
                "\ufeffversion; help\n\n# note\nsql \"SELECT 1\nFROM t\"\r\nexit\n".getBytes(StandardCharsets.UTF_8));
        assertThat(source.next())
                .containsExactly(new ScriptSource.Statement("version", 1), new ScriptSource.Statement("help", 1));
        assertThat(source.next()).containsExactly(new ScriptSource.Statement("sql \"SELECT 1\nFROM t\"", 4));
        assertThat(source.next()).containsExactly(new ScriptSource.Statement("exit", 6));
        assertThat(source.next()).isEqualTo(List.of());
    }

    @Test
    void aByteThatIsNotUtf8IsNamedWithItsOffsetAndLine() {
        byte[] script = "version\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        ScriptSource source = of(script);
        source.next();
        assertThatThrownBy(source::next)
                .isInstanceOf(UsageError.class)
                .hasMessage("check.xacct:2: not UTF-8 text: byte 0xe9 at offset 13 (save the script as UTF-8)");
    }

    @Test
    void aQuoteLeftOpenAtTheEndIsAUsageError() {
        assertThatThrownBy(of("sql \"SELECT 1\n".getBytes(StandardCharsets.UTF_8))::next)
                .isInstanceOf(UsageError.class)
                .hasMessageStartingWith("check.xacct:1: unclosed double quote");
    }
}

package dev.xacct.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommandLineSyntaxTest {

    @Test
    void semicolonsSeparateStatementsExceptInsideQuotes() {
        assertThat(CommandLineSyntax.statements("assume Admin; whoami --format json;"))
                .containsExactly("assume Admin", "whoami --format json");
        assertThat(CommandLineSyntax.statements("sql \"SELECT 1; SELECT 2\"; version"))
                .containsExactly("sql \"SELECT 1; SELECT 2\"", "version");
        assertThat(CommandLineSyntax.statements("s3 explain 'a;b'")).containsExactly("s3 explain 'a;b'");
    }

    @Test
    void quotesGroupWordsAndKeepTheOtherQuoteKind() {
        assertThat(CommandLineSyntax.words("sql \"SELECT * FROM t WHERE a = 'x y'\" --engine local"))
                .containsExactly("sql", "SELECT * FROM t WHERE a = 'x y'", "--engine", "local");
        assertThat(CommandLineSyntax.words("s3 explain 'User: arn:aws:iam::1:user/a is not \"authorized\"'"))
                .containsExactly("s3", "explain", "User: arn:aws:iam::1:user/a is not \"authorized\"");
    }

    @Test
    void backslashEscapesOutsideSingleQuotes() {
        assertThat(CommandLineSyntax.words("a\\ b \"c\\\"d\" 'e\\f'")).containsExactly("a b", "c\"d", "e\\f");
    }

    @Test
    void anEmptyQuotedWordIsStillAWord() {
        assertThat(CommandLineSyntax.words("query run x --param name=''"))
                .containsExactly("query", "run", "x", "--param", "name=");
        assertThat(CommandLineSyntax.words("a \"\" b")).containsExactly("a", "", "b");
    }

    @Test
    void anUnclosedQuoteIsAUsageError() {
        assertThatThrownBy(() -> CommandLineSyntax.words("sql \"SELECT 1"))
                .isInstanceOf(UsageError.class)
                .hasMessageContaining("unclosed double quote");
        assertThatThrownBy(() -> CommandLineSyntax.statements("x 'y"))
                .isInstanceOf(UsageError.class)
                .hasMessageContaining("unclosed single quote");
    }

    @Test
    void aNewlineSeparatesStatementsLikeASemicolonExceptInsideQuotes() {
        assertThat(CommandLineSyntax.statements("version\nhelp\r\nwhoami"))
                .containsExactly("version", "help", "whoami");
        assertThat(CommandLineSyntax.statements("sql \"SELECT 1\nFROM t\"\nversion"))
                .containsExactly("sql \"SELECT 1\nFROM t\"", "version");
    }

    @Test
    void aHashAtTheStartOfAWordCommentsOutTheRestOfTheLine() {
        assertThat(CommandLineSyntax.statements("# a comment; not a statement\nversion # trailing; words"))
                .containsExactly("version");
        assertThat(CommandLineSyntax.words("query run x --param tag=#1 '#kept'"))
                .containsExactly("query", "run", "x", "--param", "tag=#1", "#kept");
    }
}

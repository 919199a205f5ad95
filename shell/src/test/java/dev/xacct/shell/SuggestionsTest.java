package dev.xacct.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {

    private static final List<String> NAMES = List.of(
            "version", "templates", "template run", "prod", "prod-admin", "eu-west-1", "eu-west-2", "us-west-1");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "versoin | version",
                "templtes | templates",
                "prd | prod",
                "prod-amdin | prod-admin",
                "EU-WST-1 | eu-west-1,eu-west-2",
                "templ | template run,templates",
                "te | ''",
                "zzzzzz | ''"
            })
    void closestFirstThenAlphabeticalWithinOneThreshold(String typed, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(","));
        assertThat(Suggestions.closest(typed, NAMES, 3)).isEqualTo(want);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"versoin | ; did you mean version?", "prd | ; did you mean prod?"})
    void didYouMeanIsOnePhrase(String typed, String hint) {
        assertThat(Suggestions.didYouMean(typed, NAMES, 2)).contains(hint);
        assertThat(Suggestions.didYouMean("qqqqqqqq", NAMES, 2)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"one | one", "one\\ntwo | one", "one\\r\\ntwo | one", "'' | ''"})
    void firstLine(String text, String first) {
        assertThat(MessageLines.firstLine(text.replace("\\n", "\n").replace("\\r", "\r")))
                .isEqualTo(first);
        assertThat(MessageLines.firstLine(null)).isEmpty();
    }
}

package dev.xacct.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TemplateParserTest {

    private static TemplateFormatException failure(String text) {
        try {
            TemplateParser.parse("p", "bad.sql", "packs/p/bad.sql", text);
        } catch (TemplateFormatException e) {
            return e;
        }
        throw new AssertionError("parsed");
    }

    @Test
    void readsHeaderAndBody() {
        Template t = TestTemplates.parse("ok", """
                -- name: ok
                -- title: Fine
                -- description: "Has: a colon"
                -- engines: [athena]
                -- table: cloudtrail
                -- params:
                --   start: date
                --   mfa: { type: enum, values: ["Yes", "No"], description: MFA used }
                SELECT ${start}, ${mfa} FROM ${table}
                """);
        assertThat(t.id()).isEqualTo("test/ok");
        assertThat(t.engines()).containsExactly("athena");
        assertThat(t.partitionKeys()).containsExactly("date");
        assertThat(t.parameter("mfa").orElseThrow().type())
                .isEqualTo(new ParameterType.Enumerated(java.util.List.of("Yes", "No")));
        assertThat(t.source().sqlFirstLine()).isEqualTo(9);
    }

    @Test
    void invalidYamlNamesFileAndLine() {
        var e = failure("""
                -- title: x
                -- params:
                --   start: { type: date, required: true
                --   end: { type: date }
                SELECT 1
                """);
        assertThat(e.file()).isEqualTo("packs/p/bad.sql");
        assertThat(e.line()).isBetween(3, 5);
        assertThat(e.getMessage()).startsWith("packs/p/bad.sql:");
    }

    @Test
    void unknownTypeNamesTheLine() {
        var e = failure("""
                -- title: x
                -- params:
                --   start: { type: date }
                --   n: { type: integer }
                SELECT ${start}, ${n}
                """);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.reason()).contains("unknown type 'integer'");
    }

    @Test
    void undeclaredPlaceholderNamesTheFileLine() {
        var e = failure("""
                -- title: x
                SELECT 1
                FROM t
                WHERE a = ${nope}
                """);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.reason()).contains("${nope}");
    }

    static Stream<Arguments> malformations() {
        return Stream.of(
                Arguments.of("no header", "SELECT 1", "missing header"),
                Arguments.of("name differs", "-- name: other\n-- title: x\nSELECT 1", "does not match the file name"),
                Arguments.of("unknown key", "-- titel: x\nSELECT 1", "unknown header key 'titel'"),
                Arguments.of(
                        "unknown modifier",
                        "-- title: x\n-- params:\n--   d: date\nSELECT ${d:iso-start}",
                        "unknown modifier"),
                Arguments.of(
                        "iso on an int", "-- title: x\n-- params:\n--   n: int\nSELECT ${n:iso}", "date and timestamp"),
                Arguments.of(
                        "partition without a bound",
                        "-- title: x\n-- params:\n--   day: date\nSELECT ${day:partition}",
                        "partition-lower"),
                Arguments.of("table without table:", "-- title: x\nSELECT ${table}", "no 'table:'"),
                Arguments.of(
                        "default naming a parameter",
                        "-- title: x\n-- params:\n--   a: { type: int, default: \"${b}\" }\nSELECT ${a}",
                        "not another parameter"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformations")
    void otherMalformations(String what, String text, String reason) {
        assertThat(failure(text).reason()).contains(reason);
    }

    @Test
    void anUnclosedOptionalFragmentIsReportedAtItsLine() {
        assertThat(failure("-- title: x\nSELECT 1\n[[AND x = 1\n").line()).isEqualTo(3);
    }

    @Test
    void typeOfRejectsNonsense() {
        assertThatThrownBy(() -> ParameterType.of("enum", null)).hasMessageContaining("values");
        assertThat(ParameterType.of("list<region>", null).name()).isEqualTo("list<region>");
    }
}

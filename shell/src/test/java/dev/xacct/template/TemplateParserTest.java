package dev.xacct.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

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

    @Test
    void otherMalformations() {
        assertThat(failure("SELECT 1").reason()).contains("missing header");
        assertThat(failure("-- name: other\n-- title: x\nSELECT 1").reason()).contains("does not match the file name");
        assertThat(failure("-- titel: x\nSELECT 1").reason()).contains("unknown header key 'titel'");
        assertThat(failure("-- title: x\n-- params:\n--   d: date\nSELECT ${d:iso-start}")
                        .reason())
                .contains("unknown modifier");
        assertThat(failure("-- title: x\n-- params:\n--   n: int\nSELECT ${n:iso}")
                        .reason())
                .contains("date and timestamp");
        assertThat(failure("-- title: x\n-- params:\n--   day: date\nSELECT ${day:partition}")
                        .reason())
                .contains("partition-lower");
        var open = failure("-- title: x\nSELECT 1\n[[AND x = 1\n");
        assertThat(open.line()).isEqualTo(3);
        assertThat(failure("-- title: x\nSELECT ${table}").reason()).contains("no 'table:'");
        assertThat(failure("-- title: x\n-- params:\n--   a: { type: int, default: \"${b}\" }\nSELECT ${a}")
                        .reason())
                .contains("not another parameter");
    }

    @Test
    void typeOfRejectsNonsense() {
        assertThatThrownBy(() -> ParameterType.of("enum", null)).hasMessageContaining("values");
        assertThat(ParameterType.of("list<region>", null).name()).isEqualTo("list<region>");
    }
}

package dev.xacct.template.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.template.TemplateParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryLintTest {
    private static final String HEADER = """
            -- title: t
            -- table: cloudtrail
            -- params:
            --   start: { type: date, required: true }
            --   end:   { type: date, default: "${start}" }
            --   user:  { type: string }
            --   users: { type: "list<string>" }
            """;

    private static List<LintFinding> lint(String sql) throws Exception {
        String text = HEADER + sql;
        return new TemplateLinter().lint(TemplateParser.parse("p", "t.sql", "p/t.sql", text));
    }

    @Test
    void missingPartitionPredicate() throws Exception {
        var findings = lint("""
                SELECT eventname
                FROM ${table}
                WHERE eventtime >= ${start:iso} AND eventtime < ${end:iso-end}
                [[AND useridentity.username = ${user}]] [[AND x IN ${users}]]
                """);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("partition-predicate");
            assertThat(f.file()).isEqualTo("p/t.sql");
            assertThat(f.line()).isEqualTo(8);
        });
    }

    @Test
    void oneStringInList() throws Exception {
        var findings = lint("""
                SELECT eventname FROM ${table}
                WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
                  AND eventtime >= ${start:iso} AND eventtime < ${end:iso-end}
                  AND accountid IN ('111111111111,222222222222')
                [[AND useridentity.username = ${user}]] [[AND x IN ${users}]]
                """);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("in-single-string");
            assertThat(f.line()).isEqualTo(11);
        });
    }

    @Test
    void stringParameterUsedAsInList() throws Exception {
        var findings = lint("""
                SELECT eventname FROM ${table}
                WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
                  AND eventtime >= ${start:iso} AND eventtime < ${end:iso-end}
                  [[AND useridentity.username IN (${user})]] [[AND x IN (${users})]]
                """);
        assertThat(findings).extracting(LintFinding::rule).contains("in-single-string", "in-list-parens");
        assertThat(findings).allSatisfy(f -> assertThat(f.line()).isEqualTo(11));
    }

    @Test
    void quotedPlaceholder() throws Exception {
        var findings = lint("""
                SELECT eventname FROM ${table}
                WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
                  AND eventtime >= ${start:iso} AND eventtime < ${end:iso-end}
                  [[AND useridentity.username = '${user}']] [[AND x IN ${users}]]
                """);
        assertThat(findings).extracting(LintFinding::rule).contains("quoted-placeholder");
        assertThat(findings)
                .filteredOn(f -> f.rule().equals("quoted-placeholder"))
                .singleElement()
                .satisfies(f -> assertThat(f.line()).isEqualTo(11));
    }

    @Test
    void syntaxErrorNamesTheFileLine() throws Exception {
        var findings = lint("""
                SELECT eventname FROM ${table}
                WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
                  AND eventtime >= ${start:iso} AND AND eventtime < ${end:iso-end}
                [[AND useridentity.username = ${user}]] [[AND x IN ${users}]]
                """);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("syntax");
            assertThat(f.line()).isEqualTo(10);
        });
    }

    @Test
    void optionalParameterOutsideFragmentAndUnusedParameter() throws Exception {
        var findings = lint("""
                SELECT eventname FROM ${table}
                WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
                  AND eventtime >= ${start:iso} AND eventtime < ${end:iso-end}
                  AND useridentity.username = ${user}
                """);
        assertThat(findings).extracting(LintFinding::rule).contains("bind", "unused-parameter");
    }

    @Test
    void lintPathReportsMalformedFilesWithLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("broken.sql");
        Files.writeString(f, "-- title: x\n-- params:\n--   a: { type: date\nSELECT 1\n");
        assertThat(new TemplateLinter().lintPath(f)).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("format");
            assertThat(x.file()).isEqualTo(f.toString());
            assertThat(x.line()).isPositive();
        });
    }
}

package dev.xacct.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.trino.sql.parser.SqlParser;
import io.trino.sql.tree.Node;
import io.trino.sql.tree.StringLiteral;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateBinderTest {
    private final TemplateBinder binder =
            new TemplateBinder(Clock.fixed(Instant.parse("2025-03-10T08:00:00Z"), ZoneOffset.UTC));

    private static final Template ALL_TYPES = TestTemplates.parse("all-types", """
            -- title: Every type
            -- table: cloudtrail
            -- params:
            --   s:     { type: string }
            --   n:     { type: int }
            --   d:     { type: date }
            --   ts:    { type: timestamp }
            --   acct:  { type: account-id }
            --   reg:   { type: region }
            --   a:     { type: arn }
            --   e:     { type: enum, values: [Yes, No] }
            --   accts: { type: "list<account-id>" }
            SELECT ${s} AS s, ${n} AS n, ${d} AS d, ${ts} AS ts, ${acct} AS acct, ${reg} AS reg, ${a} AS a, ${e} AS e
            FROM ${table} WHERE accountid IN ${accts}
            """);

    private String sql(BindResult r) {
        assertThat(r).as(r instanceof BindResult.Failed f ? f.message() : "").isInstanceOf(BindResult.Bound.class);
        return ((BindResult.Bound) r).sql();
    }

    @Test
    void everyTypeRendersAsItsLiteral() {
        String sql = sql(binder.bind(
                ALL_TYPES,
                List.of(
                        "s=it's",
                        "n=42",
                        "d=2025/03/06",
                        "ts=2025-03-06T03:18:09Z",
                        "acct=111111111111",
                        "reg=us-east-1",
                        "a=arn:aws:iam::111111111111:role/R",
                        "e=yes",
                        "accts=111111111111, 222222222222"),
                null));
        assertThat(sql)
                .contains("SELECT 'it''s' AS s, 42 AS n, DATE '2025-03-06' AS d,"
                        + " TIMESTAMP '2025-03-06 03:18:09.000 UTC' AS ts, '111111111111' AS acct, 'us-east-1' AS reg,"
                        + " 'arn:aws:iam::111111111111:role/R' AS a, 'Yes' AS e")
                .contains("FROM cloudtrail WHERE accountid IN ('111111111111', '222222222222')");
        new SqlParser().createStatement(sql);
    }

    @Test
    void listGivenTwiceCollectsBoth() {
        var r = binder.bind(
                ALL_TYPES,
                List.of(
                        "s=x",
                        "n=1",
                        "d=today",
                        "ts=2025-03-06",
                        "acct=111111111111",
                        "reg=eu-west-1",
                        "a=arn:aws:s3:::b",
                        "e=No",
                        "accts=111111111111",
                        "accts=222222222222"),
                "db.ct");
        assertThat(sql(r))
                .contains("IN ('111111111111', '222222222222')")
                .contains("DATE '2025-03-10'")
                .contains("FROM db.ct");
    }

    @Test
    void relativeDates() {
        Template t = TestTemplates.parse("rel", """
                -- title: t
                -- params:
                --   d: { type: date, required: true }
                SELECT ${d}
                """);
        assertThat(sql(binder.bind(t, List.of("d=yesterday"), null))).contains("DATE '2025-03-09'");
        assertThat(sql(binder.bind(t, List.of("d=-7d"), null))).contains("DATE '2025-03-03'");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "n=4x2:int",
                "d=2025-13-01:date",
                "ts=yesterday noon:timestamp",
                "acct=12345:account-id",
                "reg=US_EAST:region",
                "a=role/R:arn",
                "e=maybe:enum",
                "accts=111111111111,abc:list<account-id>",
                "accts=111111111111,,222222222222:list<account-id>"
            })
    void typeErrorsNameParameterAndExpectedType(String spec) {
        int colon = spec.lastIndexOf(':');
        String param = spec.substring(0, colon);
        String type = spec.substring(colon + 1);
        String name = param.substring(0, param.indexOf('='));
        var r = binder.bind(ALL_TYPES, List.of(param), null);
        assertThat(r).isInstanceOf(BindResult.Failed.class);
        BindError e = ((BindResult.Failed) r).errors().get(0);
        assertThat(e.parameter()).isEqualTo(name);
        assertThat(e.expected()).isEqualTo(type);
        assertThat(e.message()).contains("'" + name + "'").contains(type);
    }

    @Test
    void missingRequiredNamesParameterAndType() {
        Template t = TestTemplates.parse("req", """
                -- title: t
                -- params:
                --   start: { type: date, required: true }
                SELECT ${start}
                """);
        var r = (BindResult.Failed) binder.bind(t, List.of(), null);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.parameter()).isEqualTo("start");
            assertThat(e.message())
                    .contains("missing required parameter 'start'")
                    .contains("date");
        });
    }

    @Test
    void unknownParameterSuggestsClosest() {
        var r = (BindResult.Failed) binder.bind(ALL_TYPES, List.of("acc=111111111111"), null);
        assertThat(r.message()).contains("unknown parameter 'acc'").contains("acct");
    }

    @Test
    void placeholderOfAbsentOptionalOutsideFragmentIsAnError() {
        var r = (BindResult.Failed) binder.bind(ALL_TYPES, List.of("s=x"), null);
        assertThat(r.message()).contains("'n'").contains("no value");
    }

    @Test
    void badTableNameIsRejected() {
        var r = binder.bind(ALL_TYPES, List.of(), "ct; DROP TABLE x");
        assertThat(((BindResult.Failed) r).errors())
                .anySatisfy(e -> assertThat(e.parameter()).isEqualTo("table"));
    }

    @Test
    void optionalFragmentsKeptOnlyWithValues() {
        Template t = TestTemplates.parse("frag", """
                -- title: t
                -- table: cloudtrail
                -- params:
                --   start:    { type: date, required: true }
                --   end:      { type: date, default: "${start}" }
                --   accounts: { type: "list<account-id>" }
                --   user:     { type: string }
                SELECT eventtime FROM ${table}
                WHERE "date" BETWEEN ${start:partition} AND ${end:partition}
                  [[AND accountid IN ${accounts}
                    AND 1 = 1]]
                  [[AND useridentity.username = ${user}]]
                  AND eventtime >= ${start:iso} AND eventtime < ${end:iso-end}
                """);
        String without = sql(binder.bind(t, List.of("start=2025-03-06"), null));
        assertThat(without)
                .doesNotContain("accountid")
                .doesNotContain("username")
                .doesNotContain("[[")
                .contains("\"date\" BETWEEN '2025/03/05' AND '2025/03/07'")
                .contains("eventtime >= '2025-03-06T00:00:00Z' AND eventtime < '2025-03-07T00:00:00Z'");
        // a dropped fragment keeps its newlines, so lines still match the template file
        assertThat(without.lines().count()).isEqualTo(t.sql().lines().count());
        String with = sql(binder.bind(
                t, List.of("start=2025-03-06", "end=2025-03-08", "accounts=111111111111", "user=bob"), null));
        assertThat(with)
                .contains("AND accountid IN ('111111111111')")
                .contains("AND 1 = 1")
                .contains("useridentity.username = 'bob'")
                .contains("AND '2025/03/09'");
    }

    @Test
    void defaultsMayReferenceOtherParameters() {
        Template t = TestTemplates.parse("defaults", """
                -- title: t
                -- params:
                --   start: { type: date, required: true }
                --   end:   { type: date, default: "${start}" }
                --   label: { type: string, default: "from ${start} to ${end}" }
                SELECT ${end}, ${label}
                """);
        var bound = (BindResult.Bound) binder.bind(t, List.of("start=2025-03-06"), null);
        assertThat(bound.sql()).contains("DATE '2025-03-06', 'from 2025-03-06 to 2025-03-06'");
        assertThat(bound.parameters().date("end")).contains(LocalDate.of(2025, 3, 6));
    }

    @Test
    void boundParametersGiveThePartitionScope() {
        Template t = TestTemplates.parse("scope", """
                -- title: t
                -- params:
                --   start:    { type: date, required: true }
                --   end:      { type: date, default: "${start}" }
                --   accounts: { type: "list<account-id>" }
                --   regions:  { type: "list<region>" }
                SELECT 1 WHERE "date" BETWEEN ${start:partition} AND ${end:partition} [[AND region IN ${regions}]]
                  [[AND accountid IN ${accounts}]]
                """);
        var bound = (BindResult.Bound)
                binder.bind(t, List.of("start=2025-03-06", "end=2025-03-07", "regions=us-east-1,eu-west-1"), null);
        assertThat(bound.parameters().partitionScope())
                .contains(new PartitionScope(
                        LocalDate.of(2025, 3, 5),
                        LocalDate.of(2025, 3, 8),
                        List.of(),
                        List.of("us-east-1", "eu-west-1")));
    }

    static List<String> hostile() {
        return List.of(
                "'",
                "''",
                "\\",
                "\\'",
                "'; DROP TABLE x; --",
                "' OR '1'='1",
                "a'||'b",
                "line1\nline2'\r\n--",
                "日本語 'ünïcødé' \uD83D\uDE00",
                "${table}",
                "${s}",
                "$${x}",
                "[[x]]",
                "*/ SELECT 1 /*",
                "\"quoted\"",
                "back\\\\slash\\'",
                "%_",
                "\u2019 curly \u2018",
                "\t\u000b\u000c");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("hostile")
    void hostileStringsStayOneLiteral(String value) {
        Template t = TestTemplates.parse("hostile", """
                -- title: t
                -- table: cloudtrail
                -- params:
                --   s: { type: string, required: true }
                SELECT eventname FROM ${table} WHERE eventname = ${s} AND useragent LIKE '%' || ${s} || '%'
                """);
        String sql = sql(binder.bind(t, List.of("s=" + value), null));
        List<String> literals = new ArrayList<>();
        collect(new SqlParser().createStatement(sql), literals);
        assertThat(literals).containsExactly(value, "%", value, "%");
        assertThat(sql).contains("FROM cloudtrail WHERE");
    }

    private static void collect(Node node, List<String> out) {
        if (node instanceof StringLiteral s) {
            out.add(s.getValue());
        }
        node.getChildren().forEach(c -> collect(c, out));
    }

    @Test
    void hostileListItemsStayLiterals() {
        Template t = TestTemplates.parse("hostile-list", """
                -- title: t
                -- params:
                --   e: { type: "list<string>", required: true }
                SELECT 1 WHERE x IN ${e}
                """);
        String sql = sql(binder.bind(t, List.of("e=a'),(b, '; DROP TABLE x; --"), null));
        List<String> literals = new ArrayList<>();
        collect(new SqlParser().createStatement(sql), literals);
        assertThat(literals).containsExactly("a')", "(b", "'; DROP TABLE x; --");
    }
}

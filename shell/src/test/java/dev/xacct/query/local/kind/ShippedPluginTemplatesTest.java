package dev.xacct.query.local.kind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.plugin.api.TableKind;
import dev.xacct.query.QueryRequest;
import dev.xacct.query.local.LocalEngine;
import dev.xacct.query.local.TemplateRequests;
import dev.xacct.query.local.TrinoFunctions;
import dev.xacct.render.ResultStream;
import dev.xacct.template.Template;
import dev.xacct.template.TemplateCatalog;
import dev.xacct.template.lint.TemplateLinter;
import dev.xacct.testing.ShippedPlugins;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The templates of the shipped plugins: each lints clean, calls only functions both engines have,
 * and finds rows in the demo month ({@link DemoLogs}) on the local engine, unchanged.
 */
class ShippedPluginTemplatesTest {

    private static final Pattern CALL = Pattern.compile("\\b([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");
    private static final List<String> SQL_WORDS =
            List.of("in", "and", "or", "between", "as", "distinct", "not", "count", "sum", "min", "max", "cast");
    private static LocalEngine engine;
    private static Path demo;

    @TempDir
    static Path root;

    @BeforeAll
    static void open() {
        List<TableKind> kinds = ShippedPlugins.tableKinds();
        engine = new LocalEngine(1000, () -> KindTables.of(kinds));
        demo = DemoLogs.ensure(root.resolve("demo"), kinds, "test");
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    static Stream<Template> templates() {
        TemplateCatalog catalog =
                TemplateCatalog.load(ShippedPluginTemplatesTest.class.getClassLoader(), null, ShippedPlugins.packs());
        assertThat(catalog.problems()).isEmpty();
        List<Template> out = new ArrayList<>();
        for (String pack : ShippedPlugins.NAMES) {
            List<Template> templates = catalog.pack(pack).orElseThrow().templates();
            assertThat(templates).as(pack).hasSizeBetween(4, 6);
            out.addAll(templates);
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void lintsCleanAndUsesOnlyFunctionsBothEnginesHave(Template t) {
        assertThat(new TemplateLinter().lint(t)).isEmpty();
        assertThat(t.engines()).containsExactly("athena", "local");
        List<String> known = new ArrayList<>(TrinoFunctions.NATIVE_ALIKE);
        TrinoFunctions.MACROS.forEach(m -> known.add(m.name()));
        Matcher m = CALL.matcher(t.sql().replaceAll("'(?:[^']|'')*'", "''"));
        while (m.find()) {
            String fn = m.group(1).toLowerCase(Locale.ROOT);
            if (!SQL_WORDS.contains(fn)) {
                assertThat(known).as(t.id() + " calls " + fn).contains(fn);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void findsRowsInTheDemoMonth(Template t) {
        // the demo's story: the intruder's address, a prefix the partner reads
        QueryRequest request = TemplateRequests.demoMonth(t, demo);
        List<List<Object>> rows = new ArrayList<>();
        try (ResultStream result = engine.execute(request)) {
            for (var page = result.nextPage(); !page.isEmpty(); page = result.nextPage()) {
                rows.addAll(page);
            }
        }
        assertThat(rows).as(t.id() + " over the demo month").isNotEmpty();
    }

    @Test
    void theStoryIsWhatTheTemplatesPointAt() {
        // the intruder of 2025-06-19 is the first accepted SSH from outside, and the top talker
        List<List<Object>> ssh =
                run("SELECT srcaddr, \"date\" FROM vpc_flow_logs WHERE action = 'ACCEPT' AND dstport = 22"
                        + " AND srcaddr NOT LIKE '10.%'");
        assertThat(ssh).containsExactly(List.of("203.0.113.66", "2025/06/19"));
        List<List<Object>> deletes = run("SELECT count(*) FROM s3_access_logs WHERE remoteip = '203.0.113.66'"
                + " AND operation LIKE 'REST.DELETE.%'");
        assertThat(((Number) deletes.get(0).get(0)).longValue()).isEqualTo(11);
    }

    private static List<List<Object>> run(String sql) {
        List<List<Object>> rows = new ArrayList<>();
        try (ResultStream result = engine.execute(QueryRequest.of(sql).withSource(demo))) {
            for (var page = result.nextPage(); !page.isEmpty(); page = result.nextPage()) {
                rows.addAll(page);
            }
        }
        return rows;
    }
}

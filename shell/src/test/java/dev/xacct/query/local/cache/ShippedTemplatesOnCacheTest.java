package dev.xacct.query.local.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.plugin.api.TableKind;
import dev.xacct.query.QueryRequest;
import dev.xacct.query.local.LocalEngine;
import dev.xacct.query.local.LocalTable;
import dev.xacct.query.local.Results;
import dev.xacct.query.local.TemplateRequests;
import dev.xacct.query.local.demo.DemoDataset;
import dev.xacct.query.local.kind.DemoLogs;
import dev.xacct.query.local.kind.KindTables;
import dev.xacct.template.PartitionScope;
import dev.xacct.template.Template;
import dev.xacct.template.TemplateCatalog;
import dev.xacct.testing.SharedFolder;
import dev.xacct.testing.ShippedPlugins;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped template answers from the cache exactly as from the files (the same rows, in any
 * order): CloudTrail's over the real sample and over the demo month, the shipped plugins' over
 * their demo month of each log kind. The cache is generic: every table kind is cached alike.
 */
class ShippedTemplatesOnCacheTest {

    private static final TemplateCatalog CATALOG =
            TemplateCatalog.load(ShippedTemplatesOnCacheTest.class.getClassLoader(), null, ShippedPlugins.packs());

    @TempDir
    static Path home;

    private static Path demo;
    private static Path kindsDemo;
    private static ColumnarCache cache;
    private static LocalEngine cached;
    private static LocalEngine raw;

    @BeforeAll
    static void build() throws InterruptedException {
        demo = DemoDataset.ensure(home.resolve("demo"));
        List<TableKind> kinds = ShippedPlugins.tableKinds();
        kindsDemo = DemoLogs.ensure(home.resolve("kinds"), kinds, "test");
        cache = new ColumnarCache(home.resolve("cache"), 1);
        cached = new LocalEngine(1000, () -> KindTables.of(kinds), cache);
        raw = new LocalEngine(1000, () -> KindTables.of(kinds));
        for (Path source : List.of(demo, SharedFolder.cloudTrailSample(), kindsDemo)) {
            for (LocalTable table : cached.tables()) {
                cache.refresh(table, source, p -> {}, () -> {});
                assertThat(cache.read(table, source, PartitionScope.ALL).raw())
                        .as("all of %s in %s cached", table.name(), source)
                        .isZero();
            }
        }
    }

    @AfterAll
    static void close() {
        cached.close();
        cache.close();
        raw.close();
    }

    static Stream<Template> templates() {
        List<Template> templates = CATALOG.pack("cloudtrail").orElseThrow().templates();
        assertThat(templates).hasSize(29);
        return templates.stream();
    }

    static Stream<Template> pluginTemplates() {
        return ShippedPlugins.NAMES.stream().flatMap(pack -> CATALOG.pack(pack).orElseThrow().templates().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pluginTemplates")
    void answersAsTheFilesDoOverEachKindsDemoMonth(Template template) {
        List<String> answer = assertSameAnswer(TemplateRequests.demoMonth(template, kindsDemo));
        assertThat(answer).as(template.id() + " finds rows in the demo").isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void answersAsTheFilesDoOverTheSample(Template template) {
        QueryRequest request =
                TemplateRequests.bind(template, Map.of("start", "2025-03-06"), SharedFolder.cloudTrailSample());
        List<String> answer = assertSameAnswer(request);
        if (template.id().equals("cloudtrail/event-volume-summary")) {
            assertThat(answer).as("the sample's volume").isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void answersAsTheFilesDoOverTheDemo(Template template) {
        QueryRequest request = TemplateRequests.demoMonth(template, demo);
        List<String> answer = assertSameAnswer(request);
        assertThat(answer).as(template.id() + " finds rows in the demo").isNotEmpty();
    }

    private static List<String> assertSameAnswer(QueryRequest request) {
        List<String> fromFiles = rows(raw, request);
        List<String> fromCache = rows(cached, request);
        assertThat(fromCache).isEqualTo(fromFiles);
        return fromCache;
    }

    private static List<String> rows(LocalEngine engine, QueryRequest request) {
        return Results.all(engine.execute(request)).stream()
                .map(Object::toString)
                .sorted()
                .toList();
    }
}

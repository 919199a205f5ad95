package dev.xacct.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.query.local.LocalEngine;
import dev.xacct.render.ResultStream;
import dev.xacct.template.BindResult;
import dev.xacct.template.Parameter;
import dev.xacct.template.Template;
import dev.xacct.template.TemplateBinder;
import dev.xacct.template.TemplateCatalog;
import dev.xacct.testing.DemoData;
import dev.xacct.testing.SharedFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped template runs unchanged on the local engine: over the real CloudTrail sample in
 * {@code ../shared/data/cloudtrail-sample/} and over the demo dataset, where each finds rows.
 */
class ShippedTemplatesOnLocalEngineTest {

    private static final TemplateCatalog CATALOG =
            TemplateCatalog.load(ShippedTemplatesOnLocalEngineTest.class.getClassLoader(), null, List.of());
    private static LocalEngine engine;

    @BeforeAll
    static void open() {
        engine = new LocalEngine();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    static Stream<Template> cloudtrailTemplates() {
        List<Template> templates = CATALOG.pack("cloudtrail").orElseThrow().templates();
        assertThat(templates).hasSize(29);
        return templates.stream();
    }

    private static List<List<Object>> run(Template template, Map<String, String> params, Path source) {
        Map<String, String> all = new LinkedHashMap<>(params);
        for (Parameter p : template.parameters()) {
            if (p.required() && !all.containsKey(p.name())) {
                all.put(p.name(), p.lintSample());
            }
        }
        BindResult bound = new TemplateBinder().bind(template, all, null);
        assertThat(bound).as(template.id() + " binds").isInstanceOf(BindResult.Bound.class);
        BindResult.Bound b = (BindResult.Bound) bound;
        QueryRequest request = QueryRequest.of(b.sql())
                .withSource(source)
                .withScope(b.parameters().partitionScope().orElseThrow());
        try (ResultStream result = engine.execute(request)) {
            assertThat(result.columns()).isNotEmpty();
            List<List<Object>> rows = new ArrayList<>();
            for (var page = result.nextPage(); !page.isEmpty(); page = result.nextPage()) {
                rows.addAll(page);
            }
            return rows;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cloudtrailTemplates")
    void runsUnchangedOverTheRealSample(Template template) {
        run(template, Map.of("start", "2025-03-06"), SharedFolder.cloudTrailSample());
    }

    @Test
    void theSampleAnswersTheVolumeSummary() {
        Template summary =
                CATALOG.find("cloudtrail/event-volume-summary") instanceof dev.xacct.template.TemplateLookup.Found f
                        ? f.template()
                        : null;
        assertThat(run(summary, Map.of("start", "2025-03-06"), SharedFolder.cloudTrailSample()))
                .isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cloudtrailTemplates")
    void findsRowsInTheDemoDataset(Template template) {
        Path demo = DemoData.path();
        Map<String, String> params = new LinkedHashMap<>(Map.of("start", "2025-06-01", "end", "2025-06-30"));
        // The demo's storyline: the leaked key and the intruder's address of 2025-06-19.
        template.parameter("access-key").ifPresent(p -> params.put(p.name(), "AKIAEXAMPLELEAKED001"));
        template.parameter("ip").ifPresent(p -> params.put(p.name(), "203.0.113.66"));
        template.parameter("principal").ifPresent(p -> params.put(p.name(), "user/carol"));
        template.parameter("resource")
                .filter(Parameter::required)
                .ifPresent(p -> params.put(
                        p.name(), template.id().endsWith("who-touched") ? "acme-prod-data" : "backup-admin"));
        assertThat(run(template, params, demo))
                .as(template.id() + " over the demo month")
                .isNotEmpty();
    }
}

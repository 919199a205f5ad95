package dev.xacct.query.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.query.QueryRequest;
import dev.xacct.query.local.LocalEngine;
import dev.xacct.render.ResultStream;
import dev.xacct.testing.DemoData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo dataset: reproducible, laid out like an organization trail, with the storyline's
 * intrusion in it. That every shipped template finds rows in it is
 * {@code ShippedTemplatesOnLocalEngineTest.findsRowsInTheDemoDataset}, which runs the templates
 * themselves.
 */
class CloudTrailGeneratorTest {

    private static Path demo;
    private static LocalEngine engine;

    @BeforeAll
    static void generate() {
        demo = DemoData.path();
        engine = new LocalEngine();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void sameSettingsGiveByteIdenticalFiles(@TempDir Path a, @TempDir Path b) throws IOException {
        var settings = new CloudTrailGenerator.Settings(7, CloudTrailGenerator.DEMO_LAST_DAY, 3, 2_000);
        CloudTrailGenerator.generate(settings, a);
        CloudTrailGenerator.generate(settings, b);

        Map<String, byte[]> first = files(a);
        Map<String, byte[]> second = files(b);
        assertThat(first).isNotEmpty();
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void isWrittenOnceThenReusedUntilIncomplete() throws IOException {
        Path marker = demo.resolve(DemoDataset.MARKER);
        assertThat(marker).exists();
        var before = Files.getLastModifiedTime(marker);
        assertThat(DemoDataset.ensure(demo)).isEqualTo(demo);
        assertThat(Files.getLastModifiedTime(marker)).isEqualTo(before);
    }

    @Test
    void coversThirtyDaysOfFourAccountsInTheOrganizationLayout() {
        List<List<Object>> rows = all("SELECT count(DISTINCT accountid), min(eventtime), max(eventtime), "
                + "count(DISTINCT \"date\") FROM cloudtrail");
        assertThat(rows.get(0))
                .containsExactly(4L, rows.get(0).get(1), rows.get(0).get(2), 31L);
        assertThat((String) rows.get(0).get(1)).startsWith("2025-06-01T");
        assertThat((String) rows.get(0).get(2)).startsWith("2025-06-30T");
        assertThat(demo.resolve("AWSLogs/o-demo12345/222222222222/CloudTrail/us-east-1/2025/06/18"))
                .isDirectory();
    }

    @Test
    void theIntrusionStandsOut() {
        assertThat(
                        all("SELECT count(*) FROM cloudtrail WHERE eventname = 'GetSecretValue' AND sourceipaddress = '203.0.113.66'"
                                        + " AND eventtime LIKE '"
                                        + CloudTrailGenerator.Settings.demo().incidentDay() + "T%'")
                                .get(0)
                                .get(0))
                .isEqualTo(40L);
    }

    private static List<List<Object>> all(String sql) {
        ResultStream result = engine.execute(QueryRequest.of(sql).withSource(demo));
        try (result) {
            List<List<Object>> rows = new java.util.ArrayList<>();
            for (var page = result.nextPage(); !page.isEmpty(); page = result.nextPage()) {
                rows.addAll(page);
            }
            return rows;
        }
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}

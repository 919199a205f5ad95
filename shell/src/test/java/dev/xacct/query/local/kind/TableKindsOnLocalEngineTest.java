package dev.xacct.query.local.kind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.plugin.api.KeyLayout;
import dev.xacct.plugin.api.SampleData;
import dev.xacct.plugin.api.TableKind;
import dev.xacct.query.QueryRequest;
import dev.xacct.query.local.LocalEngine;
import dev.xacct.query.local.LocalResult;
import dev.xacct.render.ResultStream;
import dev.xacct.template.PartitionScope;
import dev.xacct.testing.ShippedPlugins;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped kind, in every layout it is delivered in (and the flat folder where it has one):
 * generated files are found and read with the right counts and partition values, a one-day scope
 * opens one day, and hostile lines are skipped and counted, not fatal.
 */
class TableKindsOnLocalEngineTest {

    private static final LocalDate FROM = LocalDate.of(2025, 6, 1);
    private static final LocalDate TO = LocalDate.of(2025, 6, 3);
    private static final List<String> ACCOUNTS = List.of("111111111111", "222222222222");
    private static final List<String> REGIONS = List.of("us-east-1", "eu-west-1");
    private static LocalEngine engine;

    @TempDir
    static Path root;

    @BeforeAll
    static void open() {
        engine = new LocalEngine(500, () -> KindTables.of(ShippedPlugins.tableKinds()));
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    static Stream<Arguments> kindsAndLayouts() {
        List<Arguments> out = new ArrayList<>();
        for (TableKind kind : ShippedPlugins.tableKinds()) {
            if (kind.sampleData().isEmpty()) {
                continue;
            }
            for (KeyLayout layout : kind.layouts()) {
                out.add(Arguments.of(kind.name(), layout.name()));
            }
        }
        assertThat(out).extracting(a -> a.get()[0]).contains("vpc-flow-logs", "alb-logs", "s3-access-logs");
        return out.stream();
    }

    private static List<List<Object>> rows(String sql, Path source, PartitionScope scope) {
        try (ResultStream result =
                engine.execute(QueryRequest.of(sql).withSource(source).withScope(scope))) {
            List<List<Object>> rows = new ArrayList<>();
            for (var page = result.nextPage(); !page.isEmpty(); page = result.nextPage()) {
                rows.addAll(page);
            }
            return rows;
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("kindsAndLayouts")
    void generatedFilesInEachLayoutAreReadWithTheirCountsAndPartitions(String kindName, String layout)
            throws Exception {
        TableKind kind = ShippedPlugins.kind(kindName);
        Path source = root.resolve(kindName + "-" + layout);
        SampleData.Spec spec = new SampleData.Spec(FROM, TO, ACCOUNTS, REGIONS, 7L, layout, 25, 3);
        SampleData.Written written = kind.sampleData().orElseThrow().write(source, spec);
        assertThat(written.hostile()).isEqualTo(3);
        boolean keyHasAccount = kind.layouts().stream()
                .filter(l -> l.name().equals(layout))
                .findFirst()
                .orElseThrow()
                .pattern()
                .contains("{account}");

        String table = kind.table();
        List<List<Object>> all = rows(
                "SELECT count(*), count(DISTINCT accountid), count(DISTINCT region), min(\"date\"), max(\"date\") FROM "
                        + table,
                source,
                PartitionScope.ALL);
        assertThat(((Number) all.get(0).get(0)).longValue()).isEqualTo(written.records());
        assertThat(((Number) all.get(0).get(1)).longValue()).isEqualTo(keyHasAccount ? 2 : 0);
        assertThat(all.get(0).get(3)).isEqualTo("2025/06/01");
        assertThat(all.get(0).get(4)).isEqualTo("2025/06/03");

        // one day: only that day's files are opened and counted
        long oneDay = ((Number) rows(
                                "SELECT count(*) FROM " + table + " WHERE \"date\" = '2025/06/02'",
                                source,
                                PartitionScope.ALL)
                        .get(0)
                        .get(0))
                .longValue();
        long scoped = ((Number) rows(
                                "SELECT count(*) FROM " + table,
                                source,
                                PartitionScope.days(TO.minusDays(1), TO.minusDays(1)))
                        .get(0)
                        .get(0))
                .longValue();
        assertThat(scoped).isEqualTo(oneDay).isPositive().isLessThan(written.records());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("kindsAndLayouts")
    void hostileLinesAreSkippedAndCountedAfterTheResult(String kindName, String layout) throws Exception {
        TableKind kind = ShippedPlugins.kind(kindName);
        Path source = root.resolve("hostile-" + kindName + "-" + layout);
        SampleData.Written written = kind.sampleData()
                .orElseThrow()
                .write(source, new SampleData.Spec(FROM, FROM, ACCOUNTS, REGIONS, 11L, layout, 10, 3));
        try (ResultStream result = engine.execute(
                QueryRequest.of("SELECT count(*) FROM " + kind.table()).withSource(source))) {
            assertThat(((Number) result.nextPage().get(0).get(0)).longValue()).isEqualTo(written.records());
            assertThat(result.nextPage()).isEmpty();
            assertThat(result).isInstanceOf(LocalResult.class);
            List<String> notices = ((LocalResult) result).notices();
            assertThat(notices).hasSize(1);
            assertThat(notices.get(0))
                    .startsWith(kind.table() + ": skipped 3 malformed lines in 3 of "
                            + written.files().size() + " files")
                    .contains("SELECT * FROM " + kind.table() + "_rejects");
        }
        assertThat(rows("SELECT filename, reason, line FROM " + kind.table() + "_rejects", source, PartitionScope.ALL))
                .hasSize(3)
                .allSatisfy(r -> assertThat(r.get(1).toString()).isNotBlank());
    }
}

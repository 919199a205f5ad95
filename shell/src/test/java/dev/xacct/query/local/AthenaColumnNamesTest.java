package dev.xacct.query.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.query.QueryRequest;
import dev.xacct.render.Column;
import dev.xacct.render.ResultStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Result columns are named as Athena names them: unnamed expressions are {@code _colN}, by position. */
class AthenaColumnNamesTest {

    private static LocalEngine engine;

    @BeforeAll
    static void start() {
        engine = new LocalEngine();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "SELECT eventname, count(*) FROM cloudtrail GROUP BY 1 | eventname,_col1",
                "SELECT count(*) AS n, max(eventtime) FROM cloudtrail | n,_col1",
                "SELECT useridentity.arn, resources[1].arn, upper(eventname) FROM cloudtrail | arn,arn,_col2",
                "SELECT 1, 'a' AS x, CAST(readonly AS boolean) FROM cloudtrail | _col0,x,_col2",
                "SELECT count(*) FROM cloudtrail UNION ALL SELECT 1 | _col0",
                "WITH t AS (SELECT eventname AS e FROM cloudtrail) SELECT e, length(e) FROM t | e,_col1",
                "SELECT *, 1 FROM (SELECT eventname, awsregion FROM cloudtrail) | eventname,awsregion,_col2"
            })
    void unnamedColumnsAreNamedByPosition(String sql, String expected) {
        List<String> names;
        try (ResultStream result = engine.execute(QueryRequest.of(sql).withSource(SampleFiles.root()))) {
            names = result.columns().stream().map(Column::name).toList();
        }

        assertThat(String.join(",", names)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "SELECT * FROM range(3) a(i), range(3) b(j) | i,j",
                "SELECT max(x), min(x) FROM (VALUES (1), (2)) v(x) | _col0,_col1"
            })
    void duckDbOnlySyntaxIsNamedToo(String sql, String expected) {
        try (ResultStream result = engine.execute(QueryRequest.of(sql).withSource(Path.of(".")))) {
            assertThat(String.join(
                            ",", result.columns().stream().map(Column::name).toList()))
                    .isEqualTo(expected);
        }
    }
}

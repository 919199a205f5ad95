package dev.xacct.query.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xacct.query.QueryFailedException;
import dev.xacct.query.QueryRequest;
import dev.xacct.render.Column;
import dev.xacct.render.ResultStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real sample files through the {@code cloudtrail} view, as a template would see them. */
class LocalEngineSampleTest {

    private static LocalEngine engine;

    @BeforeAll
    static void start() {
        engine = new LocalEngine();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    private static ResultStream query(Path source, String sql) {
        return engine.execute(QueryRequest.of(sql).withSource(source));
    }

    @Test
    void readsBothKeyLayoutsWithPartitionColumnsFromThePath() {
        List<List<Object>> rows = Results.all(query(
                SampleFiles.root(),
                "SELECT accountid, region, \"date\", count(*) AS n FROM cloudtrail GROUP BY ALL ORDER BY accountid"));

        assertThat(rows)
                .containsExactly(
                        List.of("222222222222", "us-east-1", "2025/03/06", 20L),
                        List.of("333333333333", "us-east-1", "2025/03/06", 1L));
    }

    @Test
    void readsAFlatFolderOfStandardNamesGzipAndPlainJson(@TempDir Path dir) {
        Path flat = SampleFiles.flatCopy(dir);

        List<List<Object>> rows = Results.all(query(
                flat, "SELECT accountid, region, \"date\", count(*) FROM cloudtrail GROUP BY ALL ORDER BY accountid"));

        assertThat(rows)
                .containsExactly(
                        List.of("222222222222", "us-east-1", "2025/03/06", 20L),
                        List.of("333333333333", "us-east-1", "2025/03/06", 1L));
    }

    @Test
    void hasAthenasColumnNamesAndTypes() {
        List<Column> columns;
        try (ResultStream result = query(SampleFiles.root(), "SELECT * FROM cloudtrail LIMIT 0")) {
            columns = result.columns();
        }

        assertThat(columns)
                .extracting(Column::name)
                .containsExactly(
                        "eventversion",
                        "useridentity",
                        "eventtime",
                        "eventsource",
                        "eventname",
                        "awsregion",
                        "sourceipaddress",
                        "useragent",
                        "errorcode",
                        "errormessage",
                        "requestparameters",
                        "responseelements",
                        "additionaleventdata",
                        "requestid",
                        "eventid",
                        "readonly",
                        "resources",
                        "eventtype",
                        "apiversion",
                        "recipientaccountid",
                        "serviceeventdetails",
                        "sharedeventid",
                        "vpcendpointid",
                        "vpcendpointaccountid",
                        "eventcategory",
                        "addendum",
                        "sessioncredentialfromconsole",
                        "edgedevicedetails",
                        "tlsdetails",
                        "accountid",
                        "region",
                        "date");
        Map<String, String> types =
                columns.stream().collect(java.util.stream.Collectors.toMap(Column::name, Column::type));
        assertThat(types.get("eventtime")).isEqualTo("varchar");
        assertThat(types.get("requestparameters")).isEqualTo("varchar");
        assertThat(types.get("readonly")).isEqualTo("varchar");
        assertThat(types.get("date")).isEqualTo("varchar");
        assertThat(types.get("useridentity"))
                .startsWith("struct(")
                .contains("principalid varchar")
                .contains("sessioncontext struct(attributes struct(mfaauthenticated varchar, creationdate varchar)")
                .contains(
                        "sessionissuer struct(\"type\" varchar, principalid varchar, arn varchar, accountid varchar, username varchar)")
                .contains("sourceidentity varchar");
        assertThat(types.get("resources")).isEqualTo("struct(arn varchar, accountid varchar, \"type\" varchar)[]");
    }

    @Test
    void nestedFieldsReadWithLowerCaseNames() {
        List<List<Object>> rows = Results.all(query(
                SampleFiles.root(),
                "SELECT useridentity.sessioncontext.sessionissuer.username, useridentity.sessioncontext.attributes.mfaauthenticated, "
                        + "readonly, resources[1].arn FROM cloudtrail WHERE eventname = 'UpdateInstanceInformation'"));

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsExactly("ecs-cluster-instance", "false", "false", null);
    }

    @Test
    void fieldsAbsentFromEveryFileAreNullColumns() {
        List<List<Object>> rows = Results.all(query(
                SampleFiles.root(),
                "SELECT count(*), count(errorcode), count(addendum), count(useridentity.sessioncontext.sourceidentity), "
                        + "count(serviceeventdetails) FROM cloudtrail"));

        assertThat(rows).containsExactly(List.of(21L, 0L, 0L, 0L, 0L));
    }

    @Test
    void jsonStringColumnsWorkWithJsonExtractScalar() {
        List<List<Object>> rows = Results.all(query(
                SampleFiles.root(),
                "SELECT json_extract_scalar(requestparameters, '$.instanceId'), "
                        + "json_extract_scalar(requestparameters, '$[\"agentName\"]'), "
                        + "json_extract_scalar(requestparameters, '$.availabilityZone') "
                        + "FROM cloudtrail WHERE eventname = 'UpdateInstanceInformation'"));

        assertThat(rows).containsExactly(List.of("i-06125b883c50e9d63", "amazon-ssm-agent", "us-east-1c"));
        assertThat(
                        Results.single(
                                query(
                                        SampleFiles.root(),
                                        "SELECT count(*) FROM cloudtrail WHERE json_extract_scalar(responseelements, '$.assumedRoleUser.arn') LIKE 'arn:aws:sts::%'")))
                .isEqualTo(2L);
    }

    @Test
    void badSqlFailsWithOneLineFromDuckDb() {
        assertThatThrownBy(() -> query(SampleFiles.root(), "SELEC eventname FROM cloudtrail"))
                .isInstanceOf(QueryFailedException.class)
                .hasMessageContaining("syntax error")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> query(SampleFiles.root(), "SELECT evntname FROM cloudtrail"))
                .isInstanceOf(QueryFailedException.class)
                .hasMessageContaining("evntname")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void withoutASourceFolderSaysWhatToGive() {
        assertThatThrownBy(() -> engine.execute(QueryRequest.of("SELECT count(*) FROM cloudtrail")))
                .isInstanceOf(QueryFailedException.class)
                .hasMessageContaining("--source");
        assertThatThrownBy(() -> engine.execute(
                        QueryRequest.of("SELECT count(*) FROM cloudtrail").withSource(Path.of("/nonexistent/ct"))))
                .isInstanceOf(QueryFailedException.class)
                .hasMessageContaining("/nonexistent/ct");
    }

    @Test
    void anEmptyFolderIsAnEmptyTableWithAllColumns(@TempDir Path dir) {
        try (ResultStream result = query(dir, "SELECT * FROM cloudtrail")) {
            assertThat(result.columns()).hasSize(32);
            assertThat(result.nextPage()).isEmpty();
        }
    }
}

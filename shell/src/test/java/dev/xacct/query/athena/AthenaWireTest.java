package dev.xacct.query.athena;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xacct.query.QueryFailedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.athena.AthenaClient;

/** What moto cannot show: paged results with read-ahead, failures and their hints, data limits, history. */
class AthenaWireTest {

    private final AthenaStub stub;
    private final AthenaClient client;
    private final AthenaQueries engine;
    private final AthenaSettings settings =
            AthenaSettings.builder().workgroup("audit").build();

    AthenaWireTest() throws Exception {
        stub = new AthenaStub();
        client = stub.client();
        engine = new AthenaQueries(client, new Backoff(Duration.ofMillis(1), Duration.ofMillis(5), 2), 3);
        stub.on("StartQueryExecution", r -> "{\"QueryExecutionId\": \"q-1\"}");
    }

    @AfterEach
    void close() {
        client.close();
        stub.close();
    }

    private static String page(String nextToken, String... rows) {
        String columns =
                "{\"ColumnInfo\": [{\"Name\": \"eventname\", \"Type\": \"varchar\"}, {\"Name\": \"n\", \"Type\": \"integer\"}]}";
        return "{\"ResultSet\": {\"Rows\": [" + String.join(",", rows) + "], \"ResultSetMetadata\": " + columns + "}"
                + (nextToken == null ? "" : ", \"NextToken\": \"" + nextToken + "\"") + "}";
    }

    private static String row(String name, String n) {
        return "{\"Data\": [{\"VarCharValue\": \"" + name + "\"}, {\"VarCharValue\": \"" + n + "\"}]}";
    }

    @Test
    void resultsArePagedWithNextTokenAndTheNextPageIsFetchedWhileThisOneIsRead() throws Exception {
        AtomicInteger polls = new AtomicInteger();
        stub.on(
                "GetQueryExecution",
                r -> AthenaStub.execution(
                        "q-1", polls.incrementAndGet() < 3 ? "RUNNING" : "SUCCEEDED", null, 5L << 30, "DML"));
        stub.on("GetQueryResults", r -> switch (r.path("NextToken").asText("")) {
            case "" -> page("t1", row("eventname", "n"), row("ConsoleLogin", "1"), row("AssumeRole", "2"));
            case "t1" -> page("t2", row("GetObject", "3"), row("PutObject", "4"), row("eventname", "5"));
            case "t2" -> page(null, row("ListBuckets", "6"));
            default -> throw new IllegalStateException("unknown token");
        });
        List<QueryProgress> seen = new ArrayList<>();
        try (AthenaResults results = engine.run("SELECT eventname, n FROM cloudtrail", settings, new QueryListener() {
            @Override
            public void progress(QueryProgress progress) {
                seen.add(progress);
            }
        })) {
            assertThat(seen)
                    .extracting(QueryProgress::state)
                    .containsExactly(QueryState.RUNNING, QueryState.RUNNING, QueryState.SUCCEEDED);
            assertThat(results.outcome().statistics().bytesScanned()).isEqualTo(5L << 30);
            assertThat(results.outcome().statistics().cost()).isEqualTo("$0.024");
            assertThat(results.nextPage())
                    .containsExactly(Arrays.asList("ConsoleLogin", 1L), Arrays.asList("AssumeRole", 2L));
            // read-ahead: the second page is requested while the caller still holds the first, and no further
            for (int i = 0; i < 1000 && stub.count("GetQueryResults") < 2; i++) {
                Thread.sleep(5);
            }
            assertThat(stub.count("GetQueryResults")).isEqualTo(2);
            // only the first page's first row is Athena's header; a data row that looks like one stays
            assertThat(results.nextPage())
                    .containsExactly(
                            Arrays.asList("GetObject", 3L),
                            Arrays.asList("PutObject", 4L),
                            Arrays.asList("eventname", 5L));
            assertThat(results.nextPage()).containsExactly(Arrays.asList("ListBuckets", 6L));
            assertThat(results.nextPage()).isEmpty();
            assertThat(stub.count("GetQueryResults")).isEqualTo(3);
        }
        assertThat(stub.requests.get(0).path("WorkGroup").asText()).isEqualTo("audit");
        assertThat(stub.requests
                        .get(0)
                        .path("QueryExecutionContext")
                        .path("Database")
                        .asText())
                .isEqualTo("default");
    }

    @Test
    void closingTheStreamEarlyStopsReadingPages() {
        stub.on("GetQueryExecution", r -> AthenaStub.execution("q-1", "SUCCEEDED", null, 1, "DML"));
        stub.on("GetQueryResults", r -> page("more-" + r.path("NextToken").asText("0"), row("a", "1"), row("b", "2")));
        AthenaResults results = engine.run("SELECT 1", settings, QueryListener.NONE);
        results.nextPage();
        results.close();
        long fetched = stub.count("GetQueryResults");
        assertThat(results.nextPage()).isEmpty();
        assertThat(stub.count("GetQueryResults")).isEqualTo(fetched).isLessThanOrEqualTo(2);
    }

    @Test
    void aFailedQueryGivesAthenasReasonAndAHint() {
        AtomicInteger polls = new AtomicInteger();
        stub.on(
                "GetQueryExecution",
                r -> polls.incrementAndGet() == 1
                        ? AthenaStub.execution("q-1", "RUNNING", null, 0, "DDL")
                        : AthenaStub.execution(
                                "q-1",
                                "FAILED",
                                "line 1:8: no viable alternative at input 'create external'",
                                0,
                                "DDL"));
        assertThatThrownBy(() -> engine.run("create external table x ...", settings, QueryListener.NONE))
                .isInstanceOf(QueryFailedException.class)
                .hasMessageStartingWith("query q-1 failed: line 1:8: no viable alternative at input 'create external'")
                .hasMessageContaining("hint: check the statement's clause order")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aQueryStoppedByTheWorkgroupDataLimitIsAFailureNotACancel() {
        stub.on(
                "GetQueryExecution",
                r -> AthenaStub.execution(
                        "q-1", "CANCELLED", "Query cancelled! : Bytes scanned limit was exceeded", 10L << 30, "DML"));
        stub.on("GetWorkGroup", r -> """
                {"WorkGroup": {"Name": "audit", "State": "ENABLED",
                  "Configuration": {"BytesScannedCutoffPerQuery": 10737418240, "EnforceWorkGroupConfiguration": true}}}
                """);
        assertThat(engine.bytesScannedCutoff("audit")).isEqualTo(OptionalLong.of(10L << 30));
        assertThatThrownBy(() -> engine.run("SELECT * FROM cloudtrail", settings, QueryListener.NONE))
                .isInstanceOf(QueryFailedException.class)
                .hasMessageContaining("Bytes scanned limit was exceeded")
                .hasMessageContaining("BytesScannedCutoffPerQuery");
        assertThat(CostGuard.check(new ScanEstimate(1, 1, 1), 1L << 30, false, engine.bytesScannedCutoff("audit"))
                        .message())
                .contains("the workgroup stops any query at 10 GB");
    }

    @Test
    void aWorkgroupWithoutALimitHasNoCutoff() {
        stub.on("GetWorkGroup", r -> "{\"WorkGroup\": {\"Name\": \"primary\", \"Configuration\": {}}}");
        assertThat(engine.bytesScannedCutoff("primary")).isEmpty();
    }

    @Test
    void aStartRefusedByAthenaSaysWhatToDo() {
        stub.fails(
                "StartQueryExecution",
                "InvalidRequestException",
                "No output location provided. An output location is"
                        + " required either through the Workgroup result configuration setting or as an API input.");
        assertThatThrownBy(() -> engine.run("SELECT 1", settings, QueryListener.NONE))
                .isInstanceOf(QueryFailedException.class)
                .hasMessageContaining("No output location provided")
                .hasMessageContaining("athena config --output");
    }

    @Test
    void historyListsTheWorkgroupsQueriesNewestFirst() {
        stub.on("ListQueryExecutions", r -> "{\"QueryExecutionIds\": [\"q-3\", \"q-2\", \"q-1\"]}");
        stub.on(
                "BatchGetQueryExecution",
                r -> "{\"QueryExecutions\": ["
                        + AthenaStub.execution("q-1", "SUCCEEDED", null, 100, "DML")
                                .strip()
                                .replaceFirst("^\\{\"QueryExecution\": ", "")
                                .replaceFirst("}$", "")
                        + ","
                        + AthenaStub.execution("q-3", "FAILED", "Table not found cloudtrail", 0, "DML")
                                .strip()
                                .replaceFirst("^\\{\"QueryExecution\": ", "")
                                .replaceFirst("}$", "")
                        + ","
                        + AthenaStub.execution("q-2", "CANCELLED", null, 50L << 20, "DML")
                                .strip()
                                .replaceFirst("^\\{\"QueryExecution\": ", "")
                                .replaceFirst("}$", "")
                        + "], \"UnprocessedQueryExecutionIds\": []}");
        List<QueryInfo> history = engine.history("audit", 20);
        assertThat(history).extracting(QueryInfo::queryId).containsExactly("q-3", "q-2", "q-1");
        assertThat(history.get(0).reasonWithHint()).get().asString().contains("table create cloudtrail");
        assertThat(history.get(1).toRecord())
                .containsEntry("scanned", "50 MB")
                .containsEntry("cost", "$0.00024")
                .containsEntry("elapsed", "3.5 s");
        assertThat(stub.requests.get(0).path("WorkGroup").asText()).isEqualTo("audit");
    }
}

package dev.xacct.query.athena;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.render.Column;
import dev.xacct.template.PartitionScope;
import dev.xacct.testing.AwsEmulator;
import dev.xacct.testing.MotoServerExtension;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.s3.S3Client;

@ExtendWith(MotoServerExtension.class)
class AthenaOnMotoTest {

    private final AwsEmulator aws;
    private final AthenaClient athena;
    private final S3Client s3;
    private final AthenaQueries engine;
    private final AthenaSettings settings = AthenaSettings.builder()
            .outputLocation("s3://query-results/athena/")
            .build();

    AthenaOnMotoTest(AwsEmulator aws) {
        this.aws = aws;
        this.athena = AthenaClient.builder()
                .endpointOverride(aws.endpoint())
                .region(AwsEmulator.REGION)
                .credentialsProvider(aws.credentials())
                .build();
        this.s3 = S3Client.builder()
                .endpointOverride(aws.endpoint())
                .region(AwsEmulator.REGION)
                .credentialsProvider(aws.credentials())
                .forcePathStyle(true)
                .build();
        this.engine = new AthenaQueries(athena, new Backoff(Duration.ofMillis(5), Duration.ofMillis(20), 2), 1000);
    }

    @AfterEach
    void closeClients() {
        motoApi("/moto-api/state-manager/unset-transition", "{\"model_name\": \"athena::execution\"}");
        athena.close();
        s3.close();
    }

    private void motoApi(String path, String json) {
        aws.motoApi(path, json);
    }

    @Test
    void aSelectRunsToSucceededAndItsRowsArriveTypedWithoutTheHeaderRow() {
        s3.createBucket(b -> b.bucket("query-results"));
        motoApi("/moto-api/static/athena/query-results", """
                {"results": [{
                  "rows": [
                    {"Data": [{"VarCharValue": "eventname"}, {"VarCharValue": "events"}, {"VarCharValue": "day"}]},
                    {"Data": [{"VarCharValue": "ConsoleLogin"}, {"VarCharValue": "42"}, {"VarCharValue": "2024-03-09"}]},
                    {"Data": [{"VarCharValue": "AssumeRole"}, {}, {"VarCharValue": "2024-03-10"}]}
                  ],
                  "column_info": [
                    {"Name": "eventname", "Label": "eventname", "Type": "varchar"},
                    {"Name": "events", "Label": "events", "Type": "bigint"},
                    {"Name": "day", "Label": "day", "Type": "date"}
                  ]}]}
                """);
        RecordingListener listener = new RecordingListener();
        try (AthenaResults results = engine.run(
                "SELECT eventname, count(*) AS events, day FROM cloudtrail GROUP BY 1, 3", settings, listener)) {
            assertThat(results.outcome()).isInstanceOf(QueryOutcome.Succeeded.class);
            assertThat(results.columns())
                    .containsExactly(
                            new Column("eventname", "varchar"),
                            new Column("events", "bigint"),
                            new Column("day", "date"));
            assertThat(results.nextPage())
                    .containsExactly(
                            Arrays.asList("ConsoleLogin", 42L, LocalDate.of(2024, 3, 9)),
                            Arrays.asList("AssumeRole", null, LocalDate.of(2024, 3, 10)));
            assertThat(results.nextPage()).isEmpty();
            assertThat(listener.started).isEqualTo(results.queryId());
            assertThat(listener.finished).isEqualTo(results.outcome());
            assertThat(engine.status(results.queryId()).state()).isEqualTo(QueryState.SUCCEEDED);
        }
    }

    @Test
    void ddlGoesThroughTheSamePath() {
        String ddl = "CREATE EXTERNAL TABLE cloudtrail (eventname STRING) PARTITIONED BY (`date` STRING) "
                + "ROW FORMAT SERDE 'org.apache.hive.hcatalog.data.JsonSerDe' LOCATION 's3://trail/AWSLogs/'";
        try (AthenaResults results = engine.run(ddl, settings, QueryListener.NONE)) {
            assertThat(results.outcome())
                    .isInstanceOfSatisfying(
                            QueryOutcome.Succeeded.class,
                            s -> assertThat(s.statementType()).isEqualTo("DDL"));
            assertThat(results.nextPage()).isEmpty();
        }
    }

    @Test
    void queryCancelStopsARunningQuery() {
        motoApi(
                "/moto-api/state-manager/set-transition",
                "{\"model_name\": \"athena::execution\", \"transition\": {\"progression\": \"manual\", \"times\": 1000}}");
        AthenaExecution execution = engine.start("SELECT 1", settings);
        assertThat(engine.status(execution.queryId()).state()).isEqualTo(QueryState.QUEUED);
        QueryInfo after = engine.cancel(execution.queryId());
        assertThat(after.state()).isEqualTo(QueryState.CANCELLED);
        // cancelling what has ended changes nothing and says where it ended
        assertThat(engine.cancel(execution.queryId()).state()).isEqualTo(QueryState.CANCELLED);
    }

    @Test
    void anInterruptWhilePollingStopsTheQueryAndEndsCancelled() throws Exception {
        motoApi(
                "/moto-api/state-manager/set-transition",
                "{\"model_name\": \"athena::execution\", \"transition\": {\"progression\": \"manual\", \"times\": 100000}}");
        RecordingListener listener = new RecordingListener();
        AthenaResults[] result = new AthenaResults[1];
        Throwable[] failure = new Throwable[1];
        Thread runner = new Thread(() -> {
            try {
                result[0] = engine.run("SELECT 1", settings, listener);
            } catch (Throwable e) {
                failure[0] = e;
            }
        });
        runner.start();
        for (int i = 0; i < 2000 && listener.polls == 0 && runner.isAlive(); i++) {
            Thread.sleep(5);
        }
        runner.interrupt();
        runner.join(30_000);
        assertThat(failure[0]).isNull();
        assertThat(result[0].outcome()).isInstanceOf(QueryOutcome.Cancelled.class);
        assertThat(result[0].columns()).isEmpty();
        assertThat(result[0].nextPage()).isEmpty();
        assertThat(engine.status(result[0].queryId()).state()).isEqualTo(QueryState.CANCELLED);
        assertThat(listener.finished).isInstanceOf(QueryOutcome.Cancelled.class);
    }

    private void put(String key, int size) {
        s3.putObject(b -> b.bucket("trail").key(key), RequestBody.fromBytes(new byte[size]));
    }

    @Test
    void theEstimateSumsTheDayPrefixesOfEveryAccountAndRegionFoundInTheRange() {
        s3.createBucket(b -> b.bucket("trail"));
        String base = "logs/AWSLogs/";
        put(base + "111111111111/CloudTrail/eu-west-1/2024/03/09/a.json.gz", 1000);
        put(base + "111111111111/CloudTrail/eu-west-1/2024/03/10/b.json.gz", 2000);
        put(base + "111111111111/CloudTrail/us-east-1/2024/03/10/c.json.gz", 300);
        put(base + "222222222222/CloudTrail/eu-west-1/2024/03/11/d.json.gz", 40);
        put(base + "222222222222/CloudTrail/eu-west-1/2024/03/12/outside.json.gz", 50_000);
        put(base + "222222222222/CloudTrail/eu-west-1/2024/03/08/outside.json.gz", 60_000);
        put(base + "222222222222/CloudTrail-Digest/eu-west-1/2024/03/10/digest.json.gz", 70_000);
        put(base + "not-an-account/CloudTrail/eu-west-1/2024/03/10/x.json.gz", 80_000);
        CloudTrailLocation location = CloudTrailLocation.parse("s3://trail/logs/AWSLogs/");
        S3ScanEstimator estimator = new S3ScanEstimator(s3, 4);

        ScanEstimate all = estimator.estimate(
                location,
                new PartitionScope(LocalDate.of(2024, 3, 9), LocalDate.of(2024, 3, 11), List.of(), List.of()));
        assertThat(all.bytes()).isEqualTo(3340);
        assertThat(all.objects()).isEqualTo(4);
        assertThat(all.prefixes()).isEqualTo(3 * 3); // 111…/eu-west-1, 111…/us-east-1, 222…/eu-west-1 × 3 days

        ScanEstimate one = estimator.estimate(
                location,
                new PartitionScope(
                        LocalDate.of(2024, 3, 9),
                        LocalDate.of(2024, 3, 11),
                        List.of("111111111111"),
                        List.of("eu-west-1")));
        assertThat(one.bytes()).isEqualTo(3000);
        assertThat(one.prefixes()).isEqualTo(3);
    }

    @Test
    void theEstimateReadsAnOrganizationTrailLayout() {
        s3.createBucket(b -> b.bucket("trail"));
        put("AWSLogs/o-abcde12345/111111111111/CloudTrail/eu-west-1/2024/03/10/a.json.gz", 700);
        put("AWSLogs/o-abcde12345/333333333333/CloudTrail/ap-south-1/2024/03/10/b.json.gz", 70);
        put("AWSLogs/111111111111/CloudTrail/eu-west-1/2024/03/10/not-the-org-trail.json.gz", 7000);
        ScanEstimate estimate = new S3ScanEstimator(s3)
                .estimate(
                        new CloudTrailLocation("trail", "", Optional.of("o-abcde12345")),
                        new PartitionScope(LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 10), List.of(), List.of()));
        assertThat(estimate.bytes()).isEqualTo(770);
        assertThat(estimate.describe()).startsWith("will scan ≈ 770 B ≈ $0.000048");
    }

    static final class RecordingListener implements QueryListener {
        volatile String started;
        volatile int polls;
        volatile QueryOutcome finished;

        @Override
        public void started(String queryId) {
            started = queryId;
        }

        @Override
        public void progress(QueryProgress progress) {
            polls++;
        }

        @Override
        public void finished(QueryOutcome outcome) {
            finished = outcome;
        }
    }
}

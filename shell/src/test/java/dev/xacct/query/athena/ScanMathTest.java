package dev.xacct.query.athena;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ScanMathTest {

    @Test
    void sizesParseAsUsersTypeThem() {
        assertThat(ByteSize.parse("10GB")).isEqualTo(10 * ByteSize.GB);
        assertThat(ByteSize.parse("500MB")).isEqualTo(500 * ByteSize.MB);
        assertThat(ByteSize.parse("1TB")).isEqualTo(ByteSize.TB);
        assertThat(ByteSize.parse("1.5 gb")).isEqualTo(3 * ByteSize.GB / 2);
        assertThat(ByteSize.parse("2GiB")).isEqualTo(2 * ByteSize.GB);
        assertThat(ByteSize.parse("2048")).isEqualTo(2048);
        assertThatThrownBy(() -> ByteSize.parse("ten gigs")).hasMessageContaining("use e.g. 500MB, 10GB, 1TB");
    }

    @Test
    void sizesReadShort() {
        assertThat(ByteSize.format(512)).isEqualTo("512 B");
        assertThat(ByteSize.format((long) (3.2 * ByteSize.GB))).isEqualTo("3.2 GB");
        assertThat(ByteSize.format(12 * ByteSize.GB + 100)).isEqualTo("12 GB");
        assertThat(ByteSize.format(ByteSize.GB - 1)).isEqualTo("1.0 GB");
        assertThat(ByteSize.format(500 * ByteSize.MB)).isEqualTo("500 MB");
    }

    @Test
    void costIsFiveDollarsPerTerabyteWithATenMegabyteMinimum() {
        assertThat(ScanCost.dollars(ByteSize.TB)).isEqualByComparingTo(BigDecimal.valueOf(5));
        assertThat(ScanCost.formatFor((long) (3.2 * ByteSize.GB))).isEqualTo("$0.016");
        assertThat(ScanCost.billedBytes(1)).isEqualTo(10 * ByteSize.MB);
        assertThat(ScanCost.billedBytes(10 * ByteSize.MB + 1)).isEqualTo(11 * ByteSize.MB);
        assertThat(ScanCost.dollars(1)).isEqualByComparingTo(ScanCost.dollars(10 * ByteSize.MB));
        assertThat(ScanCost.formatFor(0)).isEqualTo("$0");
        assertThat(ScanCost.formatFor(3 * ByteSize.TB)).isEqualTo("$15.00");
    }

    @Test
    void dayPrefixesFollowTheCloudTrailLayoutWithAndWithoutAnOrganization() {
        CloudTrailLocation single = new CloudTrailLocation("trail", "logs", Optional.empty());
        assertThat(single.dayPrefix("111122223333", "eu-west-1", LocalDate.of(2024, 3, 9)))
                .isEqualTo("logs/AWSLogs/111122223333/CloudTrail/eu-west-1/2024/03/09/");
        CloudTrailLocation org = CloudTrailLocation.parse("s3://trail/AWSLogs/o-abcde12345/");
        assertThat(org.bucket()).isEqualTo("trail");
        assertThat(org.accountsPrefix()).isEqualTo("AWSLogs/o-abcde12345/");
        assertThat(org.regionsPrefix("111122223333")).isEqualTo("AWSLogs/o-abcde12345/111122223333/CloudTrail/");
        assertThat(CloudTrailLocation.parse("s3://trail/a/b").accountsPrefix()).isEqualTo("a/b/AWSLogs/");
        assertThatThrownBy(() -> CloudTrailLocation.parse("https://trail/")).hasMessageContaining("s3://");
    }

    @Test
    void theGuardRefusesAboveTheLimitAndSaysHowToGoAhead() {
        ScanEstimate big = new ScanEstimate(25 * ByteSize.GB, 4000, 62);
        CostGuard.Decision refused = CostGuard.check(big, 10 * ByteSize.GB, false, OptionalLong.empty());
        assertThat(refused).isInstanceOf(CostGuard.Decision.Refused.class);
        assertThat(refused.message())
                .contains("will scan ≈ 25 GB ≈ $0.12")
                .contains("--max-scan 25GB")
                .contains("--yes");
        assertThat(CostGuard.check(big, 10 * ByteSize.GB, true, OptionalLong.empty()))
                .isInstanceOf(CostGuard.Decision.Proceed.class);
        CostGuard.Decision small = CostGuard.check(
                new ScanEstimate((long) (3.2 * ByteSize.GB), 10, 3),
                10 * ByteSize.GB,
                false,
                OptionalLong.of(20 * ByteSize.GB));
        assertThat(small).isInstanceOf(CostGuard.Decision.Proceed.class);
        assertThat(small.message())
                .startsWith("will scan ≈ 3.2 GB ≈ $0.016")
                .contains("workgroup stops any query at 20 GB");
    }

    @Test
    void afterTheRunTheGuardReportsWhatWasScanned() {
        var outcome = new QueryOutcome.Succeeded(
                "q1", "DML", new QueryStatistics(java.time.Duration.ofSeconds(3), 2 * ByteSize.GB));
        assertThat(CostGuard.afterRun(outcome, new ScanEstimate(3 * ByteSize.GB, 1, 1)))
                .isEqualTo("scanned 2.0 GB, cost $0.0098 (estimated 3.0 GB)");
    }

    @Test
    void knownFailuresGetAHint() {
        assertThat(FailureHints.describe("line 1:8: no viable alternative at input 'create external'"))
                .contains("clause order")
                .contains("`date`");
        assertThat(FailureHints.forReason("HIVE_PARTITION_SCHEMA_MISMATCH: There is a mismatch"))
                .get()
                .asString()
                .contains("table create cloudtrail");
        assertThat(FailureHints.forReason("Insufficient permissions to execute the query."))
                .get()
                .asString()
                .contains("s3:PutObject")
                .contains("athena config --output");
        assertThat(FailureHints.forReason(
                        "Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied)"))
                .get()
                .asString()
                .contains("s3:PutObject");
        assertThat(FailureHints.forReason(
                        "TABLE_NOT_FOUND: line 1:15: Table 'awsdatacatalog.default.cloudtrail' does not exist"))
                .get()
                .asString()
                .contains("table create cloudtrail")
                .contains("athena config --database");
        assertThat(FailureHints.forReason("Query exhausted resources at this scale factor"))
                .get()
                .asString()
                .contains("narrow the date range");
        assertThat(FailureHints.forReason("Query cancelled! : Bytes scanned limit was exceeded"))
                .get()
                .asString()
                .contains("BytesScannedCutoffPerQuery");
        assertThat(FailureHints.forReason("SYNTAX_ERROR: something new")).isEmpty();
    }

    @Test
    void cellsBecomeJavaValuesOfTheirColumnType() {
        assertThat(AthenaValues.convert("bigint", "42")).isEqualTo(42L);
        assertThat(AthenaValues.convert("double", "1.5")).isEqualTo(1.5);
        assertThat(AthenaValues.convert("boolean", "true")).isEqualTo(true);
        assertThat(AthenaValues.convert("date", "2024-03-09")).isEqualTo(LocalDate.of(2024, 3, 9));
        assertThat(AthenaValues.convert("timestamp", "2024-03-09 10:11:12.123"))
                .isEqualTo(LocalDateTime.of(2024, 3, 9, 10, 11, 12, 123_000_000));
        assertThat(AthenaValues.convert("decimal(10,2)", "3.10")).isEqualTo(new BigDecimal("3.10"));
        assertThat(AthenaValues.convert("varchar", "x")).isEqualTo("x");
        assertThat(AthenaValues.convert("bigint", null)).isNull();
        assertThat(AthenaValues.convert("bigint", "not a number")).isEqualTo("not a number");
    }

    @Test
    void settingsAreBuiltWithDefaultsAndCheckTheOutputLocation() {
        AthenaSettings s = AthenaSettings.builder()
                .workgroup("audit")
                .outputLocation("s3://results/athena/")
                .build();
        assertThat(s.database()).isEqualTo("default");
        assertThat(s.catalog()).isEqualTo("AwsDataCatalog");
        assertThat(s.toBuilder().database("trails").build().workgroup()).isEqualTo("audit");
        assertThatThrownBy(() ->
                        AthenaSettings.builder().outputLocation("results/").build())
                .hasMessageContaining("s3://");
    }

    @Test
    void pollingBacksOffToACap() {
        assertThat(Backoff.DEFAULT.delay(0).toMillis()).isEqualTo(100);
        assertThat(Backoff.DEFAULT.delay(1).toMillis()).isEqualTo(160);
        assertThat(Backoff.DEFAULT.delay(50).toMillis()).isEqualTo(2000);
    }
}

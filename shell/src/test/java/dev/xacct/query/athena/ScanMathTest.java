package dev.xacct.query.athena;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ScanMathTest {

    @ParameterizedTest
    @CsvSource({
        "10GB, 10737418240",
        "500MB, 524288000",
        "1TB, 1099511627776",
        "1.5 gb, 1610612736",
        "2GiB, 2147483648",
        "2048, 2048"
    })
    void sizesParseAsUsersTypeThem(String typed, long bytes) {
        assertThat(ByteSize.parse(typed)).isEqualTo(bytes);
    }

    @Test
    void aSizeThatIsNotOneSaysWhatToType() {
        assertThatThrownBy(() -> ByteSize.parse("ten gigs")).hasMessageContaining("use e.g. 500MB, 10GB, 1TB");
    }

    @ParameterizedTest
    @CsvSource({
        "512, 512 B",
        "1023, 1023 B",
        "1024, 1.0 KB",
        "1048575, 1.0 MB",
        "524288000, 500 MB",
        "1073741823, 1.0 GB",
        "3435973836, 3.2 GB",
        "3221225472, 3.0 GB",
        "12884902988, 12 GB"
    })
    void sizesReadShortInBinaryUnits(long bytes, String shown) {
        assertThat(ByteSize.format(bytes)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({"1, 10485760", "10485760, 10485760", "10485761, 11534336", "1099511627776, 1099511627776", "0, 0"})
    void eachQueryIsBilledByTheMegabyteWithATenMegabyteMinimum(long scanned, long billed) {
        assertThat(ScanCost.billedBytes(scanned)).isEqualTo(billed);
    }

    @ParameterizedTest
    @CsvSource({"3435973836, $0.016", "3298534883328, $15.00", "0, $0"})
    void costIsShownInDollars(long scanned, String shown) {
        assertThat(ScanCost.formatFor(scanned)).isEqualTo(shown);
    }

    @Test
    void aTerabyteIsFiveDollarsAndTheMinimumIsTenMegabytes() {
        assertThat(ScanCost.dollars(ByteSize.TB)).isEqualByComparingTo(BigDecimal.valueOf(5));
        assertThat(ScanCost.dollars(1)).isEqualByComparingTo(ScanCost.dollars(10 * ByteSize.MB));
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
    void aMisplacedClauseGetsTheClauseOrder() {
        assertThat(FailureHints.describe("line 1:8: no viable alternative at input 'create external'"))
                .contains("clause order")
                .contains("`date`");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "HIVE_PARTITION_SCHEMA_MISMATCH: There is a mismatch | table create cloudtrail",
                "Insufficient permissions to execute the query. | s3:PutObject",
                "Insufficient permissions to execute the query. | athena config --output",
                "Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied) | s3:PutObject",
                "TABLE_NOT_FOUND: line 1:15: Table 'awsdatacatalog.default.cloudtrail' does not exist"
                        + " | table create cloudtrail",
                "TABLE_NOT_FOUND: line 1:15: Table 'awsdatacatalog.default.cloudtrail' does not exist"
                        + " | athena config --database",
                "Query exhausted resources at this scale factor | narrow the date range",
                "Query cancelled! : Bytes scanned limit was exceeded | BytesScannedCutoffPerQuery"
            })
    void knownFailuresGetAHint(String reason, String advice) {
        assertThat(FailureHints.forReason(reason)).get().asString().contains(advice);
    }

    @Test
    void anUnknownFailureGetsNoHint() {
        assertThat(FailureHints.forReason("SYNTAX_ERROR: something new")).isEmpty();
    }

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("bigint", "42", 42L),
                Arguments.of("double", "1.5", 1.5),
                Arguments.of("boolean", "true", true),
                Arguments.of("date", "2024-03-09", LocalDate.of(2024, 3, 9)),
                Arguments.of(
                        "timestamp", "2024-03-09 10:11:12.123", LocalDateTime.of(2024, 3, 9, 10, 11, 12, 123_000_000)),
                Arguments.of("decimal(10,2)", "3.10", new BigDecimal("3.10")),
                Arguments.of("varchar", "x", "x"),
                Arguments.of("bigint", null, null),
                Arguments.of("bigint", "not a number", "not a number"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cells")
    void cellsBecomeJavaValuesOfTheirColumnType(String type, String cell, Object value) {
        assertThat(AthenaValues.convert(type, cell)).isEqualTo(value);
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

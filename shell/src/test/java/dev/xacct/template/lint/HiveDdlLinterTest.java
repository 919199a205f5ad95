package dev.xacct.template.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HiveDdlLinterTest {
    private static final String GOOD = """
            CREATE EXTERNAL TABLE t (
              eventtime STRING COMMENT 'when',
              useridentity STRUCT<type: STRING, arn: STRING>
            )
            PARTITIONED BY (accountid STRING, `date` STRING)
            ROW FORMAT SERDE 'com.amazon.emr.hive.serde.CloudTrailSerde'
            STORED AS INPUTFORMAT 'com.amazon.emr.cloudtrail.CloudTrailInputFormat'
            OUTPUTFORMAT 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat'
            LOCATION 's3://b/AWSLogs/'
            TBLPROPERTIES (
              'projection.enabled'='true',
              'projection.accountid.type'='enum',
              'projection.accountid.values'='111111111111',
              'projection.date.type'='date',
              'projection.date.format'='yyyy/MM/dd',
              'projection.date.range'='2025/01/01,NOW',
              'projection.date.interval.unit'='DAYS',
              'storage.location.template'='s3://b/AWSLogs/${accountid}/CloudTrail/us-east-1/${date}'
            )
            """;

    private static List<LintFinding> lint(String ddl) {
        return new HiveDdlLinter().lint(ddl, "t.ddl");
    }

    @Test
    void goodDdlIsClean() {
        assertThat(lint(GOOD)).isEmpty();
    }

    @Test
    void wrongClauseOrder() {
        String ddl = GOOD.replace("LOCATION 's3://b/AWSLogs/'\n", "")
                .replace("PARTITIONED BY", "LOCATION 's3://b/AWSLogs/'\nPARTITIONED BY");
        assertThat(lint(ddl))
                .filteredOn(f -> f.rule().equals("clause-order"))
                .isNotEmpty()
                .first()
                .satisfies(f -> {
                    assertThat(f.line()).isEqualTo(6);
                    assertThat(f.message()).contains("PARTITIONED BY must come before LOCATION");
                    assertThat(f.hint()).contains("no viable alternative at input");
                });
    }

    @Test
    void unquotedReservedColumn() {
        assertThat(lint(GOOD.replace("`date` STRING", "date STRING")))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("reserved-word");
                    assertThat(f.line()).isEqualTo(5);
                    assertThat(f.hint()).contains("`date`");
                });
    }

    static Stream<Arguments> inconsistencies() {
        return Stream.of(
                Arguments.of(
                        "a partition without projection type",
                        GOOD.replace("'projection.accountid.type'='enum',\n", ""),
                        "'accountid' has no projection"),
                Arguments.of(
                        "a partition missing from the template",
                        GOOD.replace("${accountid}", "111111111111"),
                        "'accountid' does not appear"),
                Arguments.of(
                        "a template variable that is no partition",
                        GOOD.replace("/${date}'", "/${region}/${date}'"),
                        "${region}"),
                Arguments.of(
                        "a date range in another format",
                        GOOD.replace(
                                "'projection.date.range'='2025/01/01,NOW'", "'projection.date.range'='2025-01-01,NOW'"),
                        "does not match the format"),
                Arguments.of(
                        "an enum without values",
                        GOOD.replace("'projection.accountid.values'='111111111111',\n", ""),
                        "needs projection.accountid.values"),
                Arguments.of(
                        "a projection of a non-partition column",
                        GOOD.replace(
                                "'projection.enabled'='true',",
                                "'projection.enabled'='true',\n  'projection.region.type'='enum',"),
                        "'region' is not a partition column"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inconsistencies")
    void inconsistentProjection(String what, String ddl, String message) {
        assertThat(lint(ddl)).extracting(LintFinding::message).anyMatch(m -> m.contains(message));
    }
}

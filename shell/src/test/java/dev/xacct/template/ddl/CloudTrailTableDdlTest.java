package dev.xacct.template.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xacct.template.lint.HiveDdlLinter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CloudTrailTableDdlTest {
    private static CloudTrailTableDdl.Builder base() {
        return CloudTrailTableDdl.builder()
                .bucket("ct-bucket")
                .accounts(List.of("111111111111", "222222222222"))
                .regions(List.of("us-east-1", "eu-west-1"))
                .from(LocalDate.of(2025, 1, 1));
    }

    @Test
    void singleAccountLayout() {
        String ddl = base().prefix("/logs/").build().ddl();
        assertThat(new HiveDdlLinter().lint(ddl, "ddl")).isEmpty();
        assertThat(ddl)
                .startsWith("CREATE EXTERNAL TABLE IF NOT EXISTS cloudtrail (")
                .contains("LOCATION 's3://ct-bucket/logs/AWSLogs/'")
                .contains(
                        "'storage.location.template'='s3://ct-bucket/logs/AWSLogs/${accountid}/CloudTrail/${region}/${date}'")
                .contains("'projection.enabled'='true'")
                .contains("'projection.date.type'='date'")
                .contains("'projection.date.format'='yyyy/MM/dd'")
                .contains("'projection.date.range'='2025/01/01,NOW'")
                .contains("'projection.date.interval.unit'='DAYS'")
                .contains("'projection.accountid.type'='enum'")
                .contains("'projection.accountid.values'='111111111111,222222222222'")
                .contains("'projection.region.type'='enum'")
                .contains("'projection.region.values'='us-east-1,eu-west-1'")
                .contains("PARTITIONED BY (\n  accountid STRING,\n  region STRING,\n  `date` STRING\n)")
                .contains("ROW FORMAT SERDE 'com.amazon.emr.hive.serde.CloudTrailSerde'")
                .contains("STORED AS INPUTFORMAT 'com.amazon.emr.cloudtrail.CloudTrailInputFormat'")
                .contains("sessionissuer: STRUCT<")
                .contains("tlsdetails STRUCT<");
    }

    @Test
    void organizationTrailLayout() {
        String ddl = base().orgId("o-1234abcdef")
                .table("org_trail")
                .database("audit")
                .build()
                .ddl();
        assertThat(new HiveDdlLinter().lint(ddl, "ddl")).isEmpty();
        assertThat(ddl)
                .startsWith("CREATE EXTERNAL TABLE IF NOT EXISTS audit.org_trail (")
                .contains("LOCATION 's3://ct-bucket/AWSLogs/o-1234abcdef/'")
                .contains(
                        "'storage.location.template'='s3://ct-bucket/AWSLogs/o-1234abcdef/${accountid}/CloudTrail/${region}/${date}'");
    }

    @Test
    void regionsDefaultToAllCommercialRegions() {
        String ddl = CloudTrailTableDdl.builder()
                .bucket("ct-bucket")
                .accounts(List.of("111111111111"))
                .from(LocalDate.of(2024, 6, 1))
                .build()
                .ddl();
        assertThat(ddl).contains("us-east-1,us-east-2,us-west-1,us-west-2'");
        assertThat(new HiveDdlLinter().lint(ddl, "ddl")).isEmpty();
    }

    @Test
    void badOptionsNameTheOption() {
        assertThatThrownBy(() -> base().bucket("Bad_Bucket").build()).hasMessageStartingWith("--bucket");
        assertThatThrownBy(() -> base().prefix("a'b").build()).hasMessageStartingWith("--prefix");
        assertThatThrownBy(() -> base().orgId("org-1").build()).hasMessageStartingWith("--org");
        assertThatThrownBy(() -> base().accounts(List.of()).build()).hasMessageStartingWith("--accounts");
        assertThatThrownBy(() -> base().accounts(List.of("1234")).build()).hasMessageStartingWith("--accounts");
        assertThatThrownBy(() -> base().regions(List.of("mars-1")).build()).hasMessageStartingWith("--regions");
        assertThatThrownBy(() -> base().from(null).build()).hasMessageStartingWith("--from");
        assertThatThrownBy(() -> base().table("x; drop").build()).hasMessageStartingWith("--name");
    }
}

package dev.xacct.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One key pattern: the partition values of a path, the S3 prefixes of a date range, the projection template. */
class KeyLayoutTest {

    private static final KeyLayout VPC =
            KeyLayout.s3("default", "AWSLogs/{account}/vpcflowlogs/{region}/{yyyy}/{MM}/{dd}/", "");
    private static final KeyLayout HIVE = KeyLayout.s3(
            "hive",
            "AWSLogs/aws-account-id={account}/aws-service=vpcflowlogs/aws-region={region}/year={yyyy}/month={MM}/day={dd}/",
            "");
    private static final KeyLayout SIMPLE = KeyLayout.s3("simple", "{yyyy}-{MM}-{dd}-{HH}-{mm}-{ss}-{*}", "");
    private static final KeyLayout S3 =
            KeyLayout.s3("partitioned", "{account}/{region}/{sourcebucket}/{yyyy}/{MM}/{dd}/", "");

    @Test
    void matchGivesThePartitionValuesOfAPathAndRejectsWhatDoesNotFit() {
        assertThat(VPC.match("/tmp/x/AWSLogs/111111111111/vpcflowlogs/eu-west-1/2025/06/19/f.log.gz"))
                .contains(new KeyLayout.Values("111111111111", "eu-west-1", LocalDate.of(2025, 6, 19), Map.of()));
        assertThat(VPC.match("AWSLogs/111111111111/vpcflowlogs/eu-west-1/2025/06/19/23/f.log.gz"))
                .isEmpty();
        assertThat(VPC.match("AWSLogs/111111111111/vpcflowlogs/eu-west-1/2025/02/30/f.log.gz"))
                .isEmpty();
        assertThat(HIVE.match(
                                "C:\\logs\\AWSLogs\\aws-account-id=222222222222\\aws-service=vpcflowlogs\\aws-region=us-east-1"
                                        + "\\year=2025\\month=06\\day=01\\f.log.parquet")
                        .orElseThrow()
                        .account())
                .isEqualTo("222222222222");
        assertThat(SIMPLE.match("logs/2025-06-19-03-18-00-ABCDEF0123456789").orElseThrow())
                .isEqualTo(new KeyLayout.Values(null, null, LocalDate.of(2025, 6, 19), Map.of()));
        assertThat(S3.match("s3/111111111111/us-east-1/shop-data/2025/06/19/2025-06-19-03-18-00-AB")
                        .orElseThrow()
                        .keyValues())
                .containsEntry("sourcebucket", "shop-data");
    }

    @Test
    void dayPrefixesFillWhatIsGivenAndListTheRest() {
        List<String> listed = new ArrayList<>();
        KeyLayout.FolderLister lister = prefix -> {
            listed.add(prefix);
            return switch (prefix) {
                case "p/AWSLogs/" -> List.of("p/AWSLogs/111111111111/", "p/AWSLogs/o-abcdefghij/", "p/AWSLogs/notes/");
                case "p/AWSLogs/111111111111/vpcflowlogs/" ->
                    List.of(
                            "p/AWSLogs/111111111111/vpcflowlogs/us-east-1/",
                            "p/AWSLogs/111111111111/vpcflowlogs/eu-west-1/");
                default -> List.of();
            };
        };
        assertThat(VPC.dayPrefixes("p/", LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1), Map.of(), lister))
                .containsExactly(
                        "p/AWSLogs/111111111111/vpcflowlogs/us-east-1/2025/06/30/",
                        "p/AWSLogs/111111111111/vpcflowlogs/us-east-1/2025/07/01/",
                        "p/AWSLogs/111111111111/vpcflowlogs/eu-west-1/2025/06/30/",
                        "p/AWSLogs/111111111111/vpcflowlogs/eu-west-1/2025/07/01/");
        assertThat(listed).containsExactly("p/AWSLogs/", "p/AWSLogs/111111111111/vpcflowlogs/");

        listed.clear();
        assertThat(VPC.dayPrefixes(
                        "",
                        LocalDate.of(2025, 6, 1),
                        LocalDate.of(2025, 6, 1),
                        Map.of("account", List.of("222222222222"), "region", List.of("us-east-1")),
                        lister))
                .containsExactly("AWSLogs/222222222222/vpcflowlogs/us-east-1/2025/06/01/");
        assertThat(listed).isEmpty();

        assertThat(SIMPLE.dayPrefixes("logs/", LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 2), Map.of(), lister))
                .containsExactly("logs/2025-06-01-", "logs/2025-06-02-");
    }

    @Test
    void theProjectionTemplateNamesThePartitionColumns() {
        assertThat(VPC.storageLocationTemplate("s3://b/p/"))
                .isEqualTo("s3://b/p/AWSLogs/${accountid}/vpcflowlogs/${region}/${date}");
        assertThat(S3.storageLocationTemplate("s3://b/"))
                .isEqualTo("s3://b/${accountid}/${region}/${sourcebucket}/${date}");
        assertThatThrownBy(() -> HIVE.storageLocationTemplate("s3://b/")).hasMessageContaining("cannot be projected");
        assertThatThrownBy(() -> SIMPLE.storageLocationTemplate("s3://b/")).hasMessageContaining("cannot be projected");
        assertThatThrownBy(() -> KeyLayout.s3("x", "AWSLogs/{account}/", "")).hasMessageContaining("{yyyy}");
    }
}

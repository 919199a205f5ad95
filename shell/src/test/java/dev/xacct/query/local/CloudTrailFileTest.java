package dev.xacct.query.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.template.PartitionScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Partition values from paths and names, and which files a scope selects: no DuckDB involved. */
class CloudTrailFileTest {

    @Test
    void readsTheSingleAccountLayout() {
        assertThat(CloudTrailFile.parse(Path.of("/d/AWSLogs/123456789012/CloudTrail/eu-west-1/2025/03/06/x.json.gz")))
                .hasValueSatisfying(f -> {
                    assertThat(f.account()).isEqualTo("123456789012");
                    assertThat(f.region()).isEqualTo("eu-west-1");
                    assertThat(f.datePartition()).isEqualTo("2025/03/06");
                });
    }

    @Test
    void readsTheOrganizationLayoutAndFlatStandardNames() {
        assertThat(CloudTrailFile.parse(Path.of("AWSLogs/o-abc/123456789012/CloudTrail/us-east-1/2025/12/31/a.json")))
                .map(SourceFile::datePartition)
                .hasValue("2025/12/31");
        assertThat(CloudTrailFile.parse(
                        Path.of("/tmp/flat/123456789012_CloudTrail_ap-south-1_20240229T2355Z_abcDEF.json.gz")))
                .hasValueSatisfying(f -> {
                    assertThat(f.region()).isEqualTo("ap-south-1");
                    assertThat(f.date()).isEqualTo(LocalDate.of(2024, 2, 29));
                });
    }

    @Test
    void ignoresDigestsOtherFilesAndImpossibleDates() {
        assertThat(CloudTrailFile.parse(Path.of("/d/123456789012_CloudTrail-Digest_us-east-1_20250306T0230Z.json.gz")))
                .isEmpty();
        assertThat(CloudTrailFile.parse(Path.of("/d/AWSLogs/123456789012/CloudTrail/us-east-1/2025/03/06/notes.txt")))
                .isEmpty();
        assertThat(CloudTrailFile.parse(Path.of("/d/123456789012_CloudTrail_us-east-1_20250231T0230Z_x.json.gz")))
                .isEmpty();
    }

    @Test
    void scopeSelectsByDateAccountAndRegion(@TempDir Path root) throws IOException {
        for (String account : List.of("111111111111", "222222222222")) {
            for (String region : List.of("us-east-1", "eu-west-1")) {
                for (int day = 1; day <= 3; day++) {
                    Path dir = root.resolve("AWSLogs/o-x/" + account + "/CloudTrail/" + region + "/2025/01/0" + day);
                    Files.createDirectories(dir);
                    Files.writeString(
                            dir.resolve(account + "_CloudTrail_" + region + "_2025010" + day + "T0100Z_a.json.gz"), "");
                }
            }
        }
        Files.createDirectories(root.resolve("AWSLogs/o-x/111111111111/CloudTrail-Digest/us-east-1/2025/01/02"));
        Files.writeString(
                root.resolve("AWSLogs/o-x/111111111111/CloudTrail-Digest/us-east-1/2025/01/02/d.json.gz"), "");

        assertThat(CloudTrailFileFinder.find(root, PartitionScope.ALL)).hasSize(12);
        PartitionScope oneDay = PartitionScope.days(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 2));
        assertThat(CloudTrailFileFinder.find(root, oneDay))
                .hasSize(4)
                .allSatisfy(f -> assertThat(f.datePartition()).isEqualTo("2025/01/02"));
        assertThat(CloudTrailFileFinder.find(
                        root, oneDay.withAccounts(Set.of("222222222222")).withRegions(Set.of("EU-WEST-1"))))
                .singleElement()
                .satisfies(
                        f -> assertThat(f.path().toString()).contains("222222222222/CloudTrail/eu-west-1/2025/01/02"));
        assertThat(CloudTrailFileFinder.find(
                        root,
                        PartitionScope.forEventDates(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1), null, null)))
                .as("an event day also reads the delivery days either side")
                .hasSize(8);
    }
}

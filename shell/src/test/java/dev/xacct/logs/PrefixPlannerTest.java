package dev.xacct.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xacct.template.PartitionScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PrefixPlannerTest {

    private static final LocalDate MAR_5 = LocalDate.of(2025, 3, 5);
    private static final LocalDate MAR_6 = LocalDate.of(2025, 3, 6);

    /** A bucket given as its keys; records which prefixes were listed. */
    private static final class Bucket implements FolderLister {
        final List<String> keys;
        final List<String> listed = new ArrayList<>();

        Bucket(String... keys) {
            this.keys = List.of(keys);
        }

        @Override
        public List<String> folders(String prefix) {
            listed.add(prefix);
            Set<String> folders = new TreeSet<>();
            for (String key : keys) {
                if (key.startsWith(prefix)) {
                    int slash = key.indexOf('/', prefix.length());
                    if (slash >= 0) {
                        folders.add(key.substring(0, slash + 1));
                    }
                }
            }
            return List.copyOf(folders);
        }
    }

    private static Bucket singleAndOrg() {
        return new Bucket(
                "AWSLogs/111111111111/CloudTrail/us-east-1/2025/03/06/a.json.gz",
                "AWSLogs/111111111111/CloudTrail/eu-west-1/2025/03/06/b.json.gz",
                "AWSLogs/111111111111/CloudTrail-Digest/us-east-1/2025/03/06/d.json.gz",
                "AWSLogs/o-1234abcdef/222222222222/CloudTrail/us-east-1/2025/03/06/c.json.gz",
                "AWSLogs/o-1234abcdef/333333333333/CloudTrail/us-west-2/2025/03/05/e.json.gz",
                "AWSLogs/o-1234abcdef/333333333333/CloudTrail-Insight/us-west-2/2025/03/05/i.json.gz",
                "AWSLogs/o-1234abcdef/not-an-account/CloudTrail/us-west-2/2025/03/05/x.json.gz",
                "other/stuff.txt");
    }

    @Test
    void discoversBothLayoutsAccountsAndRegionsThenOnePrefixPerDay() {
        Bucket bucket = singleAndOrg();
        PrefixPlan plan = PrefixPlanner.plan(
                LogSource.parse("s3://trail"), Optional.empty(), PartitionScope.days(MAR_5, MAR_6), bucket);

        assertThat(plan.dayPrefixes())
                .containsExactly(
                        "AWSLogs/111111111111/CloudTrail/eu-west-1/2025/03/05/",
                        "AWSLogs/111111111111/CloudTrail/eu-west-1/2025/03/06/",
                        "AWSLogs/111111111111/CloudTrail/us-east-1/2025/03/05/",
                        "AWSLogs/111111111111/CloudTrail/us-east-1/2025/03/06/",
                        "AWSLogs/o-1234abcdef/222222222222/CloudTrail/us-east-1/2025/03/05/",
                        "AWSLogs/o-1234abcdef/222222222222/CloudTrail/us-east-1/2025/03/06/",
                        "AWSLogs/o-1234abcdef/333333333333/CloudTrail/us-west-2/2025/03/05/",
                        "AWSLogs/o-1234abcdef/333333333333/CloudTrail/us-west-2/2025/03/06/");
        assertThat(plan.organizations()).containsExactly("o-1234abcdef");
        assertThat(plan.accounts()).containsExactly("111111111111", "222222222222", "333333333333");
        assertThat(plan.regions()).containsExactly("eu-west-1", "us-east-1", "us-west-2");
        // never the bucket root, never a digest or insight folder, never below CloudTrail/
        assertThat(bucket.listed)
                .containsExactly(
                        "AWSLogs/",
                        "AWSLogs/111111111111/CloudTrail/",
                        "AWSLogs/o-1234abcdef/",
                        "AWSLogs/o-1234abcdef/222222222222/CloudTrail/",
                        "AWSLogs/o-1234abcdef/333333333333/CloudTrail/");
        assertThat(plan.listings()).isEqualTo(bucket.listed.size());
    }

    @Test
    void givenOrgAccountsAndRegionsNothingIsListed() {
        Bucket bucket = singleAndOrg();
        PrefixPlan plan = PrefixPlanner.plan(
                LogSource.parse("s3://trail/"),
                Optional.of("o-1234abcdef"),
                new PartitionScope(MAR_6, MAR_6, List.of("333333333333"), List.of("US-WEST-2", "eu-west-1")),
                bucket);

        assertThat(plan.dayPrefixes())
                .containsExactly(
                        "AWSLogs/o-1234abcdef/333333333333/CloudTrail/us-west-2/2025/03/06/",
                        "AWSLogs/o-1234abcdef/333333333333/CloudTrail/eu-west-1/2025/03/06/");
        assertThat(bucket.listed).isEmpty();
    }

    @Test
    void theTrailPrefixGoesBeforeAwsLogsAndAnAccountWithoutRegionsIsLeftOut() {
        Bucket bucket = new Bucket(
                "trails/prod/AWSLogs/111111111111/CloudTrail/us-east-1/2025/03/06/a.json.gz",
                "trails/prod/AWSLogs/444444444444/CloudTrail-Digest/us-east-1/2025/03/06/d.json.gz");
        PrefixPlan plan = PrefixPlanner.plan(
                LogSource.parse("s3://logs/trails/prod/"), Optional.empty(), PartitionScope.days(MAR_6, MAR_6), bucket);

        assertThat(plan.dayPrefixes())
                .containsExactly("trails/prod/AWSLogs/111111111111/CloudTrail/us-east-1/2025/03/06/");
        assertThat(plan.accounts()).containsExactly("111111111111");
        assertThat(bucket.listed).allMatch(p -> p.startsWith("trails/prod/AWSLogs/"));
    }

    @Test
    void aPrefixEndingInAwsLogsIsThatFolder() {
        assertThat(LogSource.parse("s3://logs/x/AWSLogs").awsLogsFolder()).isEqualTo("x/AWSLogs/");
        assertThat(LogSource.parse("s3://logs/AWSLogs/").awsLogsFolder()).isEqualTo("AWSLogs/");
        assertThat(LogSource.parse("s3://logs").awsLogsFolder()).isEqualTo("AWSLogs/");
    }

    @Test
    void anEmptyBucketPlansNothing() {
        PrefixPlan plan = PrefixPlanner.plan(
                LogSource.parse("s3://trail"), Optional.empty(), PartitionScope.days(MAR_5, MAR_6), new Bucket());
        assertThat(plan.dayPrefixes()).isEmpty();
        assertThat(plan.accounts()).isEmpty();
    }

    @Test
    void aRangeCrossingMonthAndYearEnds() {
        PrefixPlan plan = PrefixPlanner.plan(
                LogSource.parse("s3://trail"),
                Optional.of("o-1234abcdef"),
                new PartitionScope(
                        LocalDate.of(2024, 12, 31),
                        LocalDate.of(2025, 1, 1),
                        List.of("111111111111"),
                        List.of("us-east-1")),
                new Bucket());
        assertThat(plan.dayPrefixes())
                .containsExactly(
                        "AWSLogs/o-1234abcdef/111111111111/CloudTrail/us-east-1/2024/12/31/",
                        "AWSLogs/o-1234abcdef/111111111111/CloudTrail/us-east-1/2025/01/01/");
    }

    @Test
    void sourceUrisThatAreNotS3AreRefusedWithTheExpectedShape() {
        assertThatThrownBy(() -> LogSource.parse("https://trail/AWSLogs"))
                .hasMessageContaining("not an S3 URI")
                .hasMessageContaining("s3://BUCKET[/PREFIX]");
        assertThatThrownBy(() -> LogSource.parse("s3://")).hasMessageContaining("no valid bucket name");
        assertThatThrownBy(() -> LogSource.parse("s3://bkt/../x")).hasMessageContaining("unusable prefix");
        assertThat(LogSource.parse("s3://trail-logs/a/b/")).isEqualTo(new LogSource("trail-logs", "a/b"));
    }
}

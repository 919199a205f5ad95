package dev.xacct.query.fanout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganizationTrailTest {

    private static final Set<String> MEMBERS = Set.of("111111111111", "222222222222", "333333333333");

    private static OrganizationTrail.Facts facts(String location, String org, List<String> targets, boolean whole) {
        return new OrganizationTrail.Facts(
                "cloudtrail", Optional.ofNullable(location), Optional.ofNullable(org), MEMBERS, targets, whole);
    }

    @Test
    void anOrganizationTrailOfTheSameOrganizationHoldingEveryTargetOffersTheSingleQuery() {
        Optional<String> notice = OrganizationTrail.advise(facts(
                "s3://org-trail/logs/AWSLogs/o-abcde12345/",
                "o-abcde12345",
                List.of("111111111111", "333333333333"),
                false));

        assertThat(notice)
                .contains("one organization trail table (cloudtrail over s3://org-trail/logs/AWSLogs/o-abcde12345/) "
                        + "already holds these 2 accounts: run without --accounts and add --param accounts=111111111111,333333333333 "
                        + "to query it once");
    }

    @Test
    void forTheWholeOrganizationNoAccountFilterIsNeeded() {
        assertThat(OrganizationTrail.advise(facts(
                        "s3://org-trail/AWSLogs/o-abcde12345",
                        "o-abcde12345",
                        List.copyOf(new java.util.TreeSet<>(MEMBERS)),
                        true)))
                .contains(
                        "one organization trail table (cloudtrail over s3://org-trail/AWSLogs/o-abcde12345/) already holds every "
                                + "account of o-abcde12345 (3 accounts): run without --accounts to query it once instead of 3 times");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "a single-account trail layout | s3://trail/AWSLogs/ | o-abcde12345 | 111111111111,222222222222",
                "another organization's trail | s3://trail/AWSLogs/o-zzzzz99999/ | o-abcde12345 | 111111111111,222222222222",
                "an account outside the organization | s3://trail/AWSLogs/o-abcde12345/ | o-abcde12345"
                        + " | 111111111111,999999999999",
                "the table's location unknown | - | o-abcde12345 | 111111111111,222222222222",
                "the caller's organization unknown | s3://trail/AWSLogs/o-abcde12345/ | - | 111111111111,222222222222",
                "not a CloudTrail location | s3://data/AWSLogs/not-an-org/ | o-abcde12345 | 111111111111,222222222222",
                "not an S3 location | hdfs://x | o-abcde12345 | 111111111111,222222222222"
            })
    void noNoticeWhenTheTableIsNotAnOrganizationTrailOfThisOrganizationOrMissesAnAccount(
            String why, String location, String org, String targets) {
        // unknown facts: say nothing rather than guess
        assertThat(OrganizationTrail.advise(facts(location, org, List.of(targets.split(",")), false)))
                .as(why)
                .isEmpty();
    }
}

package dev.xacct.query.fanout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

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

    @Test
    void noNoticeWhenTheTableIsNotAnOrganizationTrailOfThisOrganizationOrMissesAnAccount() {
        List<String> two = List.of("111111111111", "222222222222");
        // a single-account trail layout
        assertThat(OrganizationTrail.advise(facts("s3://trail/AWSLogs/", "o-abcde12345", two, false)))
                .isEmpty();
        // another organization's trail
        assertThat(OrganizationTrail.advise(facts("s3://trail/AWSLogs/o-zzzzz99999/", "o-abcde12345", two, false)))
                .isEmpty();
        // an account outside the organization
        assertThat(OrganizationTrail.advise(facts(
                        "s3://trail/AWSLogs/o-abcde12345/",
                        "o-abcde12345",
                        List.of("111111111111", "999999999999"),
                        false)))
                .isEmpty();
        // facts unknown: say nothing rather than guess
        assertThat(OrganizationTrail.advise(facts(null, "o-abcde12345", two, false)))
                .isEmpty();
        assertThat(OrganizationTrail.advise(facts("s3://trail/AWSLogs/o-abcde12345/", null, two, false)))
                .isEmpty();
        // not a CloudTrail location at all
        assertThat(OrganizationTrail.advise(facts("s3://data/AWSLogs/not-an-org/", "o-abcde12345", two, false)))
                .isEmpty();
        assertThat(OrganizationTrail.advise(facts("hdfs://x", "o-abcde12345", two, false)))
                .isEmpty();
    }
}

package dev.xacct.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.testing.AwsEmulator;
import dev.xacct.testing.MotoServerExtension;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.OrganizationFeatureSet;

@ExtendWith(MotoServerExtension.class)
class AccountCheckerMotoTest {

    @Test
    void listsEveryAccountOfTheOrganizationAcrossPagesAndChecksARoleInEach(AwsEmulator aws) {
        try (OrganizationsClient org = OrganizationsClient.builder()
                .endpointOverride(aws.endpoint())
                .region(AwsEmulator.REGION)
                .credentialsProvider(aws.credentials())
                .build()) {
            org.createOrganization(b -> b.featureSet(OrganizationFeatureSet.ALL));
            for (int i = 0; i < 25; i++) { // more than one ListAccounts page (moto pages at 20)
                int n = i;
                org.createAccount(b -> b.accountName("member-" + n).email("member-" + n + "@example.com"));
            }
        }
        SessionManager sessions = Sessions.manager(
                aws.endpoint(), AwsEmulator.ACCESS_KEY, AwsEmulator.SECRET_KEY, new ScriptedMfa(), Clock.systemUTC());
        AccountChecker checker = new AccountChecker(sessions.clients());

        List<OrgAccount> accounts = checker.list(sessions.current());

        assertThat(accounts).hasSize(26);
        assertThat(accounts).extracting(OrgAccount::name).contains("member-0", "member-24");
        assertThat(accounts).allSatisfy(a -> assertThat(a.id()).matches("\\d{12}"));

        List<AccountReach> reach = checker.check(sessions.current(), accounts, "OrganizationAccountAccessRole", 8);

        assertThat(reach).hasSize(26);
        assertThat(reach)
                .extracting(r -> r.account().id())
                .containsExactlyElementsOf(accounts.stream().map(OrgAccount::id).toList());
        assertThat(reach).allSatisfy(r -> {
            assertThat(r.reachable()).isTrue();
            assertThat(r.roleArn())
                    .isEqualTo("arn:aws:iam::" + r.account().id() + ":role/OrganizationAccountAccessRole");
        });
    }
}

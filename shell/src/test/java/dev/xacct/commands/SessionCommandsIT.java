package dev.xacct.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xacct.testing.AwsEmulator;
import dev.xacct.testing.MotoServerExtension;
import dev.xacct.testing.XacctCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through {@code ./xacct -c …} as a user runs it, against moto. Runs after packaging (Failsafe
 * runs {@code *IT}).
 */
@ExtendWith(MotoServerExtension.class)
class SessionCommandsIT {

    /** moto accepts any keys: a distinctive secret lets the test look for it in every output. */
    private static final String SECRET = "XacctItSecretNeverShown/K7MDENG+bPxRfiCY";

    private static XacctCli.Result xacct(AwsEmulator aws, Path home, String... args) {
        return new XacctCli(home)
                .env(aws.environment())
                .env("AWS_SECRET_ACCESS_KEY", SECRET)
                .run(args);
    }

    @Test
    void assumeThenWhoamiPrintsTheRoleAccountAsOneJsonObject(AwsEmulator aws, @TempDir Path home) throws Exception {
        XacctCli.Result run =
                xacct(aws, home, "-c", "assume arn:aws:iam::111111111111:role/Admin; whoami --format json");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode who = new ObjectMapper().readTree(run.stdout());
        assertThat(who.get("account").asText()).isEqualTo("111111111111");
        assertThat(who.get("arn").asText()).startsWith("arn:aws:sts::111111111111:assumed-role/Admin/");
        assertThat(who.get("userId").asText()).isNotEmpty();
        assertThat(who.get("region").asText()).isEqualTo("us-east-1");
        assertThat(who.get("source").asText()).isEqualTo("assumed from default");
        assertThat(who.get("expires").asText()).isNotEmpty();
        assertThat(run.stderr()).contains("now on 'Admin' (111111111111/Admin)");
        assertNoSecrets(run, home);
    }

    @Test
    void chainingSessionsAndMistakesThroughTheCli(AwsEmulator aws, @TempDir Path home) throws Exception {
        XacctCli.Result run = xacct(
                aws,
                home,
                "--debug",
                "-c",
                "assume 111111111111:Admin --as prod; assume 333333333333:Auditor --duration 2h; back; sessions --format json");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode sessions = new ObjectMapper().readTree(run.stdout());
        assertThat(sessions).extracting(s -> s.get("alias").asText()).containsExactly("default", "prod", "Auditor");
        assertThat(sessions).extracting(s -> s.get("current").asBoolean()).containsExactly(false, true, false);
        assertThat(run.stderr()).contains("AWS caps a role assumed from role credentials (role chaining) at 1 hour");
        assertNoSecrets(run, home);

        XacctCli.Result typo = xacct(aws, home, "-c", "assume 111111111111:Admin --as prod; switch prd");
        assertThat(typo.exitCode()).isEqualTo(1);
        assertThat(typo.stderr()).contains("error: no session 'prd'; did you mean prod?");

        XacctCli.Result malformed = xacct(aws, home, "-c", "assume arn:aws:iam:111111111111:role/Admin");
        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.stderr().strip())
                .isEqualTo("error: malformed role ARN 'arn:aws:iam:111111111111:role/Admin': "
                        + "expected arn:aws:iam::111111111111:role/NAME");
    }

    @Test
    void profilesUseAndRegionFromTheUsersAwsFiles(AwsEmulator aws, @TempDir Path home) throws Exception {
        Files.writeString(home.resolve("aws-config"), """
                [profile prod]
                role_arn = arn:aws:iam::111111111111:role/Admin
                source_profile = base
                region = eu-west-1
                """);
        Files.writeString(
                home.resolve("aws-credentials"),
                "[base]\naws_access_key_id = AKIAEXAMPLEBASE00001\n" + "aws_secret_access_key = " + SECRET + "\n");

        XacctCli.Result listed = xacct(aws, home, "-c", "profiles --format csv");
        assertThat(listed.exitCode()).as(listed.stderr()).isZero();
        assertThat(listed.stdout())
                .contains("prod")
                .contains("arn:aws:iam::111111111111:role/Admin")
                .contains("base");

        XacctCli.Result used = xacct(aws, home, "-c", "use prod; region us-west-2; whoami --format json");
        assertThat(used.exitCode()).as(used.stderr()).isZero();
        JsonNode who = new ObjectMapper().readTree(used.stdout());
        assertThat(who.get("account").asText()).isEqualTo("111111111111");
        assertThat(who.get("region").asText()).isEqualTo("us-west-2");
        assertNoSecrets(used, home);

        XacctCli.Result typo = xacct(aws, home, "-c", "use prd");
        assertThat(typo.exitCode()).isNotZero();
        assertThat(typo.stderr()).contains("prd").contains("prod");
    }

    @Test
    void accountsListsTheOrganizationAndChecksARole(AwsEmulator aws, @TempDir Path home) throws Exception {
        try (var org = software.amazon.awssdk.services.organizations.OrganizationsClient.builder()
                .endpointOverride(aws.endpoint())
                .region(software.amazon.awssdk.regions.Region.AWS_GLOBAL)
                .credentialsProvider(aws.credentials())
                .build()) {
            org.createOrganization(r -> r.featureSet("ALL"));
            org.createAccount(r -> r.accountName("prod").email("prod@example.com"));
            org.createAccount(r -> r.accountName("dev").email("dev@example.com"));
        }
        XacctCli.Result listed = xacct(aws, home, "-c", "accounts --format json");
        assertThat(listed.exitCode()).as(listed.stderr()).isZero();
        JsonNode accounts = new ObjectMapper().readTree(listed.stdout());
        assertThat(accounts.findValuesAsText("name")).contains("prod", "dev");

        XacctCli.Result checked = xacct(aws, home, "-c", "accounts --role-name Auditor --check --format json");
        assertThat(checked.exitCode()).as(checked.stderr()).isZero();
        JsonNode reach = new ObjectMapper().readTree(checked.stdout());
        assertThat(reach).hasSize(accounts.size());
        assertThat(reach)
                .allSatisfy(a -> assertThat(a.get("reachable").asBoolean()).isTrue());
    }

    private static void assertNoSecrets(XacctCli.Result run, Path home) throws Exception {
        String history = Files.exists(home.resolve("history")) ? Files.readString(home.resolve("history")) : "";
        for (String text : List.of(run.stdout(), run.stderr(), history)) {
            assertThat(text)
                    .doesNotContain(SECRET)
                    .doesNotContainIgnoringCase("secretAccessKey")
                    .doesNotContainIgnoringCase("sessionToken");
        }
    }
}

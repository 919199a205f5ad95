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
        writeBaseKeys(home.resolve("aws-credentials"));

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

    /** A credentials file with the profile {@code base}: keys moto accepts, with the secret no output may show. */
    private static void writeBaseKeys(Path file) throws Exception {
        Files.writeString(
                file, "[base]\naws_access_key_id = AKIAEXAMPLEBASE00001\naws_secret_access_key = " + SECRET + "\n");
    }

    /** Keys of a profile that moto accepts; a role profile on top tells them apart from the environment's. */
    private static void writeRoleProfiles(Path home, String extraConfig) throws Exception {
        Files.writeString(home.resolve("aws-config"), """
                [profile readonly]
                role_arn = arn:aws:iam::111111111111:role/ReadOnly
                source_profile = base
                mfa_serial = arn:aws:iam::123456789012:mfa/alice

                [profile ops]
                role_arn = arn:aws:iam::222222222222:role/Ops
                source_profile = base
                mfa_serial = arn:aws:iam::123456789012:mfa/alice
                """ + extraConfig);
        writeBaseKeys(home.resolve("aws-credentials"));
    }

    @Test
    void oneMfaCodeOnStdinServesTwoRoleProfilesWithTheSameSourceAndSerial(AwsEmulator aws, @TempDir Path home)
            throws Exception {
        writeRoleProfiles(home, "");

        XacctCli.Result run = new XacctCli(home)
                .env(aws.environment())
                .runWithInput("123456\n", "-c", "use readonly; use ops; whoami --format json");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr().split("MFA code for arn:aws:iam::123456789012:mfa/alice", -1))
                .as("asked once: " + run.stderr())
                .hasSize(2);
        assertThat(new ObjectMapper().readTree(run.stdout()).get("account").asText())
                .isEqualTo("222222222222");
        assertThat(run.stdout()).doesNotContain("MFA").doesNotContain("123456");
        assertNoSecrets(run, home);

        XacctCli.Result none = new XacctCli(home).env(aws.environment()).run("-c", "use readonly");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.stderr().lines().filter(l -> l.startsWith("error: ")).toList())
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .contains("an MFA code is needed to assume arn:aws:iam::111111111111:role/ReadOnly")
                        .contains("pipe it on stdin"));
        assertThat(none.stderr().split("MFA code for", -1))
                .as("the question is not repeated")
                .hasSizeLessThan(3);
    }

    @Test
    void profileOptionBeatsEnvironmentKeysWhichBeatAwsProfile(AwsEmulator aws, @TempDir Path home) throws Exception {
        writeRoleProfiles(home, """

                [profile plain-role]
                role_arn = arn:aws:iam::333333333333:role/Plain
                source_profile = base
                """);

        XacctCli.Result explicit = xacct(aws, home, "--profile", "plain-role", "-c", "whoami --format json");
        assertThat(explicit.exitCode()).as(explicit.stderr()).isZero();
        JsonNode who = new ObjectMapper().readTree(explicit.stdout());
        assertThat(who.get("account").asText()).isEqualTo("333333333333");
        assertThat(who.get("alias").asText()).isEqualTo("plain-role");

        XacctCli.Result fromEnv = new XacctCli(home)
                .env(aws.environment())
                .env("AWS_PROFILE", "plain-role")
                .run("-c", "whoami --format json");
        assertThat(fromEnv.exitCode()).as(fromEnv.stderr()).isZero();
        JsonNode envWho = new ObjectMapper().readTree(fromEnv.stdout());
        assertThat(envWho.get("account").asText()).isEqualTo(AwsEmulator.DEFAULT_ACCOUNT);
        assertThat(envWho.get("source").asText()).startsWith("environment keys");
    }

    @Test
    void homeIsWhereHomeSays(AwsEmulator aws, @TempDir Path dir) throws Exception {
        Path home = Files.createDirectories(dir.resolve("someone"));
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), """
                [profile prod]
                role_arn = arn:aws:iam::111111111111:role/Admin
                source_profile = base
                """);
        writeBaseKeys(home.resolve(".aws/credentials"));

        XacctCli.Result run = new XacctCli(dir)
                .env(aws.environment())
                .env("HOME", home.toString())
                .without("XACCT_HOME", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE")
                .run("-c", "use prod; whoami --format json; athena config --workgroup wg1");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("\"account\" : \"111111111111\"");
        assertThat(home.resolve(".xacct/athena.properties")).exists();
    }

    @Test
    void durationsAndSourcesSayWhatIsTrue(AwsEmulator aws, @TempDir Path home) throws Exception {
        Files.writeString(home.resolve("aws-config"), """
                [profile admin]
                role_arn = arn:aws:iam::111111111111:role/Admin
                source_profile = base

                [profile chained]
                role_arn = arn:aws:iam::222222222222:role/Deep
                source_profile = admin
                duration_seconds = 7200

                [profile forever]
                credential_process = printf '{"Version": 1, "AccessKeyId": "AKIAEXAMPLEPROC00001", "SecretAccessKey": "%s"}' SECRET

                [profile broken]
                credential_process = sh -c 'echo "token service unreachable" >&2; echo second line >&2; exit 3'

                [profile loop-a]
                role_arn = arn:aws:iam::111111111111:role/A
                source_profile = loop-b

                [profile loop-b]
                role_arn = arn:aws:iam::111111111111:role/B
                source_profile = loop-a

                [profile console-login]
                login_session = arn:aws:iam::111111111111:user/alice
                """.replace("SECRET", SECRET));
        writeBaseKeys(home.resolve("aws-credentials"));

        XacctCli.Result chained = xacct(aws, home, "-c", "use chained");
        assertThat(chained.exitCode()).as(chained.stderr()).isZero();
        assertThat(chained.stderr())
                .contains("note: profile chained: AWS caps a role assumed from role credentials (role chaining) "
                        + "at 1 hour: asked for 1h instead of 2h");

        XacctCli.Result forever = xacct(aws, home, "-c", "use forever; sessions --format json");
        assertThat(forever.exitCode()).as(forever.stderr()).isZero();
        JsonNode rows = new ObjectMapper().readTree(forever.stdout());
        assertThat(rows.get(1).get("alias").asText()).isEqualTo("forever");
        assertThat(rows.get(1).get("expiresIn").isNull()).isTrue();
        assertThat(forever.stderr()).contains("now on 'forever'").doesNotContain("expires in");

        XacctCli.Result broken = xacct(aws, home, "-c", "use broken");
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.stderr().strip())
                .isEqualTo(
                        "error: profile 'broken': credential_process failed with exit code 3: token service unreachable");

        XacctCli.Result loop = xacct(aws, home, "-c", "use loop-a");
        assertThat(loop.stderr().strip())
                .isEqualTo("error: profile cycle: loop-a → loop-b → loop-a (source_profile); point one of them at a "
                        + "profile with keys, sso_session or credential_process");

        XacctCli.Result login = xacct(aws, home, "-c", "use console-login");
        assertThat(login.stderr().strip())
                .isEqualTo("error: profile 'console-login' signs in with login_session ('aws login'), which xacct "
                        + "does not support yet; meanwhile add a profile with credential_process = aws configure "
                        + "export-credentials --profile console-login --format process, and use that one");
        for (XacctCli.Result run : List.of(chained, forever, broken, loop, login)) {
            assertNoSecrets(run, home);
        }
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

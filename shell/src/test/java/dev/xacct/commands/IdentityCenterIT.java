package dev.xacct.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xacct.testing.AwsEmulator;
import dev.xacct.testing.IdentityCenterStub;
import dev.xacct.testing.MotoServerExtension;
import dev.xacct.testing.XacctCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * IAM Identity Center through {@code ./xacct -c …} as a user runs it: SSO OIDC and the portal are
 * the in-process stub ({@code AWS_ENDPOINT_URL_SSO_OIDC}, {@code AWS_ENDPOINT_URL_SSO}), STS is
 * moto ({@code AWS_ENDPOINT_URL}), the token cache is {@code $HOME/.aws/sso/cache}.
 */
@ExtendWith(MotoServerExtension.class)
class IdentityCenterIT {

    private static final String CORP_CACHE = "ee0bfd2552fbd840c02cc48b6e823320543c450f.json"; // sha1("corp")

    @TempDir
    Path home;

    private AwsEmulator aws;
    private IdentityCenterStub stub;

    @BeforeEach
    void start(AwsEmulator aws) throws Exception {
        this.aws = aws;
        stub = new IdentityCenterStub(Optional.of(aws.endpoint()))
                .grant("111111111111", "prod", "ReadOnly", "Admin")
                .grant("222222222222", "dev", "Admin")
                .grant("333333333333", "audit", "Auditor");
        Files.writeString(home.resolve("aws-config"), """
                [sso-session corp]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = us-east-1
                sso_registration_scopes = sso:account:access

                [profile prod-ro]
                sso_session = corp
                sso_account_id = 111111111111
                sso_role_name = ReadOnly
                region = eu-west-1
                """);
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private XacctCli.Result xacct(String... args) {
        return new XacctCli(home).env(aws.environment()).env(stub.environment()).run(args);
    }

    @Test
    void loginShowsTheCodeWritesTheCliCacheAndEveryLaterProcessUsesIt() throws Exception {
        XacctCli.Result login = xacct("-c", "sso login --sso-session corp --no-browser");

        assertThat(login.exitCode()).as(login.stderr()).isZero();
        assertThat(login.stderr())
                .contains("To sign in, open https://device.sso.us-east-1.amazonaws.com/ and enter the code WXYZ-")
                .contains("signed in to sso-session corp (https://corp.awsapps.com/start)")
                .contains("and refreshes itself");
        Path cached = home.resolve(".aws/sso/cache").resolve(CORP_CACHE);
        assertThat(cached).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cached)))
                .isEqualTo("rw-------");
        JsonNode token = new ObjectMapper().readTree(Files.readString(cached));
        List<String> fields = new java.util.ArrayList<>();
        token.fieldNames().forEachRemaining(fields::add);
        assertThat(fields)
                .containsExactly(
                        "startUrl",
                        "region",
                        "accessToken",
                        "expiresAt",
                        "clientId",
                        "clientSecret",
                        "registrationExpiresAt",
                        "refreshToken");
        assertThat(token.get("expiresAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

        XacctCli.Result accounts = xacct("-c", "sso accounts --format json");
        assertThat(accounts.exitCode()).as(accounts.stderr()).isZero();
        JsonNode rows = new ObjectMapper().readTree(accounts.stdout());
        assertThat(rows)
                .extracting(
                        r -> r.get("accountName").asText() + "/" + r.get("role").asText())
                .containsExactly("prod/ReadOnly", "prod/Admin", "dev/Admin", "audit/Auditor");
        assertThat(stub.count("/assignment/accounts")).as("two pages of two").isEqualTo(2);

        XacctCli.Result profile = xacct("-c", "use prod-ro; whoami --format json");
        assertThat(profile.exitCode()).as(profile.stderr()).isZero();
        JsonNode who = new ObjectMapper().readTree(profile.stdout());
        assertThat(who.get("account").asText()).isEqualTo("111111111111");
        assertThat(who.get("arn").asText()).contains(":assumed-role/ReadOnly/");
        assertThat(who.get("region").asText()).isEqualTo("eu-west-1");
        assertThat(who.get("source").asText()).isEqualTo("profile prod-ro (sso-session corp)");

        XacctCli.Result direct = xacct("-c", "sso use dev/Admin; sessions --format json");
        assertThat(direct.exitCode()).as(direct.stderr()).isZero();
        assertThat(direct.stderr()).contains("now on 'dev.Admin' (222222222222/Admin), expires in ");
        JsonNode sessions = new ObjectMapper().readTree(direct.stdout());
        assertThat(sessions.get(1).get("alias").asText()).isEqualTo("dev.Admin");
        assertThat(sessions.get(1).get("expiresIn").asText()).matches("\\d+m|\\dh\\d\\dm");

        assertThat(stub.count("/device_authorization"))
                .as("signed in once, for every process")
                .isEqualTo(1);
        for (XacctCli.Result run : List.of(login, accounts, profile, direct)) {
            assertNoSecrets(run);
        }
    }

    @Test
    void aTokenTheAwsCliCachedIsUsedAndAnExpiredOneSaysToSignIn() throws Exception {
        Path cache = Files.createDirectories(home.resolve(".aws/sso/cache"));
        String token = stub.issueAccessToken(Instant.now().plus(Duration.ofHours(8)));
        // Exactly what 'aws sso login' writes (awscli/customizations/sso/utils.py, v2).
        Files.writeString(
                cache.resolve(CORP_CACHE),
                "{\"startUrl\": \"https://corp.awsapps.com/start\", \"region\": \"us-east-1\", \"accessToken\": \""
                        + token + "\", \"expiresAt\": \""
                        + Instant.now().plus(Duration.ofHours(8)).truncatedTo(ChronoUnit.SECONDS) + "\"}");

        XacctCli.Result accounts = xacct("-c", "sso accounts --sso-session corp --format csv");
        assertThat(accounts.exitCode()).as(accounts.stderr()).isZero();
        assertThat(accounts.stdout()).contains("111111111111,prod,prod@example.com,ReadOnly");
        assertThat(stub.count("/device_authorization")).isZero();

        Files.writeString(
                cache.resolve(CORP_CACHE),
                "{\"startUrl\": \"https://corp.awsapps.com/start\", \"region\": \"us-east-1\", \"accessToken\": \""
                        + token + "\", \"expiresAt\": \"2020-01-01T00:00:00Z\"}");
        XacctCli.Result expired = xacct("-c", "use prod-ro");
        assertThat(expired.exitCode()).isEqualTo(1);
        assertThat(expired.stderr().strip())
                .isEqualTo("error: the IAM Identity Center login for sso-session corp has expired: "
                        + "run 'sso login --sso-session corp'");
    }

    @Test
    void badSsoInputIsOneLineThatSaysWhatToDo() throws Exception {
        xacct("-c", "sso login --sso-session corp --no-browser");

        XacctCli.Result role = xacct("--debug", "-c", "sso use dev/ReadOnly");
        assertThat(role.exitCode()).isEqualTo(1);
        assertThat(role.stderr())
                .startsWith("error: the login for sso-session corp grants no role 'ReadOnly' in dev (222222222222); "
                        + "roles there: Admin\n");
        assertNoSecrets(role);

        XacctCli.Result account = xacct("-c", "sso use prdo/Admin");
        assertThat(account.stderr().strip())
                .isEqualTo("error: the login for sso-session corp grants no account 'prdo'; did you mean prod?");

        XacctCli.Result session = xacct("-c", "sso login --sso-session crop");
        assertThat(session.exitCode()).isEqualTo(1);
        assertThat(session.stderr().strip())
                .startsWith("error: no sso-session 'crop' in ")
                .endsWith("did you mean corp?");

        XacctCli.Result http =
                xacct("-c", "sso login --start-url http://corp.awsapps.com/start --sso-region us-east-1");
        assertThat(http.exitCode()).isEqualTo(2);
        assertThat(http.stderr().strip()).contains("is not an https start URL");

        XacctCli.Result shape = xacct("-c", "sso use prod");
        assertThat(shape.exitCode()).isEqualTo(2);
        assertThat(shape.stderr().strip()).startsWith("error: give ACCOUNT/ROLE, e.g. sso use prod/ReadOnly");
    }

    @Test
    void profilesGenerateAppendsAProfilePerAccountAndRoleAfterABackup() throws Exception {
        xacct("-c", "sso login --sso-session corp --no-browser");

        XacctCli.Result printed = xacct("-c", "profiles generate --role admin");
        assertThat(printed.exitCode()).as(printed.stderr()).isZero();
        assertThat(printed.stdout()).isEqualTo("""
                        [profile prod.Admin]
                        sso_session = corp
                        sso_account_id = 111111111111
                        sso_role_name = Admin

                        [profile dev.Admin]
                        sso_session = corp
                        sso_account_id = 222222222222
                        sso_role_name = Admin
                        """);

        String before = Files.readString(home.resolve("aws-config"));
        XacctCli.Result written = xacct("-c", "profiles generate --write --yes --region eu-central-1");
        assertThat(written.exitCode()).as(written.stderr()).isZero();
        assertThat(written.stderr()).contains("added 4 profiles to ").contains("(backup: ");
        String after = Files.readString(home.resolve("aws-config"));
        assertThat(after).startsWith(before).contains("[profile audit.Auditor]\nsso_session = corp\n");
        try (Stream<Path> files = Files.list(home)) {
            Path backup = files.filter(f -> f.getFileName().toString().startsWith("aws-config.xacct-backup-"))
                    .findFirst()
                    .orElseThrow();
            assertThat(Files.readString(backup)).isEqualTo(before);
        }

        XacctCli.Result used = xacct("-c", "use audit.Auditor; whoami --format json");
        assertThat(used.exitCode()).as(used.stderr()).isZero();
        assertThat(new ObjectMapper().readTree(used.stdout()).get("account").asText())
                .isEqualTo("333333333333");

        XacctCli.Result again = xacct("-c", "profiles generate --write --yes");
        assertThat(again.stderr()).contains("every profile is already in");
        assertThat(Files.readString(home.resolve("aws-config"))).isEqualTo(after);
    }

    @Test
    void consoleGivesASignInUrlForRoleSessionsAndSaysWhyNotForKeys() throws Exception {
        xacct("-c", "sso login --sso-session corp --no-browser");

        XacctCli.Result url = xacct("-c", "sso use prod/ReadOnly; console --print");
        assertThat(url.exitCode()).as(url.stderr()).isZero();
        assertThat(url.stdout().strip())
                .startsWith(stub.endpoint() + "/federation?Action=login&Issuer=xacct&Destination=")
                .contains("console%2Fhome%3Fregion%3Dus-east-1")
                .contains("&SigninToken=StubSigninToken");
        assertThat(stub.signinSessions())
                .singleElement()
                .satisfies(id -> assertThat(id).startsWith("ASIA"));

        XacctCli.Result keys = xacct("-c", "console --print");
        assertThat(keys.exitCode()).isEqualTo(1);
        assertThat(keys.stderr().strip())
                .startsWith("error: a console sign-in URL needs role credentials, and 'default' is ")
                .endsWith("then run 'console' there");
    }

    @Test
    void logoutRemovesTheTokenAndTheSessionsOpenedFromIt() throws Exception {
        xacct("-c", "sso login --sso-session corp --no-browser");

        XacctCli.Result out = xacct("-c", "sso use prod/ReadOnly; sso logout; sessions --format json");
        assertThat(out.exitCode()).as(out.stderr()).isZero();
        assertThat(out.stderr())
                .contains("signed out of https://corp.awsapps.com/start")
                .contains("forgot the sessions opened from it: prod.ReadOnly");
        assertThat(new ObjectMapper().readTree(out.stdout()))
                .extracting(s -> s.get("alias").asText())
                .containsExactly("default");
        assertThat(home.resolve(".aws/sso/cache").resolve(CORP_CACHE)).doesNotExist();
        assertThat(stub.count("/logout")).isEqualTo(1);
    }

    @Test
    void loginOpensTheBrowserNamedByBrowser() throws Exception {
        Path opened = home.resolve("opened.txt");
        Path script = home.resolve("browser.sh");
        Files.writeString(script, "#!/bin/sh\necho \"$1\" > " + opened + "\n");
        script.toFile().setExecutable(true);

        XacctCli.Result login = new XacctCli(home)
                .env(aws.environment())
                .env(stub.environment())
                .env("BROWSER", script.toString())
                .run("-c", "sso login");

        assertThat(login.exitCode()).as(login.stderr()).isZero();
        assertThat(login.stderr()).contains("The page is opening in your browser.");
        assertThat(Files.readString(opened).strip())
                .startsWith("https://device.sso.us-east-1.amazonaws.com/?user_code=WXYZ-");
    }

    @Test
    void endpointsComeFromTheConfigServicesSectionToo() throws Exception {
        Files.writeString(
                home.resolve("aws-config"),
                Files.readString(home.resolve("aws-config"))
                        + """

                        [default]
                        services = local

                        [services local]
                        sts =
                          endpoint_url = %s
                        sso =
                          endpoint_url = %s
                        sso_oidc =
                          endpoint_url = %s
                        """.formatted(aws.endpoint(), stub.endpoint(), stub.endpoint()));
        XacctCli cli = new XacctCli(home)
                .env("AWS_ACCESS_KEY_ID", AwsEmulator.ACCESS_KEY)
                .env("AWS_SECRET_ACCESS_KEY", AwsEmulator.SECRET_KEY)
                .env("AWS_REGION", "us-east-1");

        XacctCli.Result run = cli.run("-c", "sso login --no-browser; sso use audit/Auditor; whoami --format json");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode who = new ObjectMapper().readTree(run.stdout());
        assertThat(who.get("account").asText()).isEqualTo("333333333333");
        assertThat(who.get("endpoint").asText()).isEqualTo(aws.endpoint().toString());
    }

    @Test
    void aFanOutTakesEachAccountsRoleFromIdentityCenter() throws Exception {
        for (String account : List.of("111111111111", "222222222222")) {
            // moto answers the account's next Athena query with one row naming the account
            String rows = "{\"account_id\": \"" + account + "\", \"region\": \"us-east-1\", \"results\": [{\"rows\": ["
                    + "{\"Data\": [{\"VarCharValue\": \"eventname\"}, {\"VarCharValue\": \"events\"}]},"
                    + "{\"Data\": [{\"VarCharValue\": \"Seen-" + account + "\"}, {\"VarCharValue\": \"1\"}]}],"
                    + "\"column_info\": [{\"Name\": \"eventname\", \"Type\": \"varchar\"},"
                    + "{\"Name\": \"events\", \"Type\": \"bigint\"}]}]}";
            var sent = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(
                                            aws.endpoint().resolve("/moto-api/static/athena/query-results"))
                                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(rows))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding());
            assertThat(sent.statusCode()).isLessThan(300);
        }
        xacct("-c", "sso login --sso-session corp --no-browser");

        XacctCli.Result run = xacct(
                "-c",
                "athena config --output s3://athena-results/q/; query run cloudtrail/event-volume-summary "
                        + "--param start=2025-03-06 --accounts 111111111111,222222222222 --sso-role Admin --format json");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).contains("running in 2 accounts as Admin (IAM Identity Center)");
        JsonNode rows =
                new ObjectMapper().readTree(run.stdout().substring(run.stdout().indexOf('[')));
        assertThat(rows.findValuesAsText("account")).containsExactlyInAnyOrder("111111111111", "222222222222");
        assertThat(rows.findValuesAsText("eventname")).contains("Seen-222222222222");
        assertThat(stub.count("/federation/credentials")).isEqualTo(2);
        assertThat(stub.count("/device_authorization")).as("no new sign-in").isEqualTo(1);
        assertNoSecrets(run);

        XacctCli.Result refused = xacct(
                "-c",
                "query run cloudtrail/event-volume-summary --param start=2025-03-06 --accounts 333333333333 "
                        + "--sso-role Admin --format json");
        assertThat(refused.stderr())
                .contains("333333333333")
                .contains("the login for sso-session corp grants no role 'Admin' in account 333333333333");
    }

    private void assertNoSecrets(XacctCli.Result run) throws Exception {
        String history = Files.exists(home.resolve("history")) ? Files.readString(home.resolve("history")) : "";
        for (String text : List.of(run.stdout(), run.stderr(), history)) {
            assertThat(text)
                    .doesNotContain(IdentityCenterStub.SECRET_MARK)
                    .doesNotContainIgnoringCase("secretAccessKey")
                    .doesNotContainIgnoringCase("sessionToken")
                    .doesNotContain("accessToken");
        }
    }
}

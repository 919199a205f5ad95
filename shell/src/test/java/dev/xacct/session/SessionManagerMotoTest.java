package dev.xacct.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xacct.shell.UserError;
import dev.xacct.testing.AwsEmulator;
import dev.xacct.testing.MotoServerExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

@ExtendWith(MotoServerExtension.class)
class SessionManagerMotoTest {

    private static SessionManager manager(AwsEmulator aws) {
        return Sessions.manager(
                aws.endpoint(), AwsEmulator.ACCESS_KEY, AwsEmulator.SECRET_KEY, new ScriptedMfa(), Clock.systemUTC());
    }

    private static Assumer.Options duration(String d) {
        return new Assumer.Options(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(SessionDurations.parse(d)),
                Optional.empty(),
                Optional.empty());
    }

    @Test
    void assumingARoleMakesWhoamiThatAccount(AwsEmulator aws) {
        SessionManager sessions = manager(aws);
        assertThat(sessions.identify(sessions.current()).account()).isEqualTo(AwsEmulator.DEFAULT_ACCOUNT);

        SessionManager.Opened opened =
                sessions.assume("arn:aws:iam::111111111111:role/Admin", Assumer.Options.none(), Optional.empty());

        assertThat(opened.session().alias()).isEqualTo("Admin");
        assertThat(sessions.current().alias()).isEqualTo("Admin");
        Identity who = sessions.identify(sessions.current());
        assertThat(who.account()).isEqualTo("111111111111");
        assertThat(who.arn()).contains(":assumed-role/Admin/");
        assertThat(sessions.current().expires()).isPresent();
    }

    @Test
    void chainsFromTheAssumedRoleIntoAnotherAccountCappedAtOneHour(AwsEmulator aws) {
        SessionManager sessions = manager(aws);
        sessions.assume("111111111111:Admin", Assumer.Options.none(), Optional.of("prod"));

        SessionManager.Opened chained =
                sessions.assume("arn:aws:iam::333333333333:role/Auditor", duration("2h"), Optional.of("audit"));

        assertThat(chained.note())
                .hasValueSatisfying(note -> assertThat(note).contains("1 hour").contains("2h"));
        assertThat(sessions.identify(sessions.current()).account()).isEqualTo("333333333333");
        assertThat(chained.session().source()).isEqualTo("assumed from prod");
    }

    @Test
    void aBareRoleNameIsInTheCurrentAccount(AwsEmulator aws) {
        SessionManager sessions = manager(aws);
        sessions.assume("111111111111:Admin", Assumer.Options.none(), Optional.empty());
        sessions.assume("ReadOnly", Assumer.Options.none(), Optional.empty());
        assertThat(sessions.identify(sessions.current()).arn())
                .startsWith("arn:aws:sts::111111111111:assumed-role/ReadOnly/");
    }

    @Test
    void switchBackAndForget(AwsEmulator aws) {
        SessionManager sessions = manager(aws);
        sessions.assume("111111111111:Admin", Assumer.Options.none(), Optional.of("prod"));
        sessions.assume("333333333333:Auditor", Assumer.Options.none(), Optional.of("audit"));
        assertThat(sessions.aliases()).containsExactly("default", "prod", "audit");

        assertThat(sessions.switchTo("default").alias()).isEqualTo("default");
        assertThat(sessions.identify(sessions.current()).account()).isEqualTo(AwsEmulator.DEFAULT_ACCOUNT);
        assertThat(sessions.back().alias()).isEqualTo("audit");
        assertThat(sessions.back().alias()).isEqualTo("default");

        sessions.switchTo("audit");
        assertThat(sessions.forget("audit").alias()).isEqualTo("default");
        assertThat(sessions.aliases()).containsExactly("default", "prod");
        // prod still works after the session beside it went
        sessions.switchTo("prod");
        assertThat(sessions.identify(sessions.current()).account()).isEqualTo("111111111111");

        assertThatThrownBy(() -> sessions.switchTo("prd"))
                .isInstanceOf(UserError.class)
                .hasMessage("no session 'prd'; did you mean prod?");
        assertThatThrownBy(() -> sessions.forget("default"))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("base session");
    }

    @Test
    void eachSessionHasItsOwnRegion(AwsEmulator aws) {
        SessionManager sessions = manager(aws);
        sessions.assume("111111111111:Admin", Assumer.Options.none(), Optional.of("prod"));
        sessions.setRegion("eu-west-1");
        assertThat(sessions.current().region()).isEqualTo(Region.EU_WEST_1);
        sessions.switchTo("default");
        assertThat(sessions.current().region()).isEqualTo(Region.US_EAST_1);
        assertThatThrownBy(() -> sessions.setRegion("eu-wst-1"))
                .hasMessageContaining("did you mean")
                .hasMessageContaining("eu-west-1");
    }

    @Test
    void clientsAreBuiltOncePerSessionTypeAndRegionAndGoWithTheSession(AwsEmulator aws) {
        SessionManager sessions = manager(aws);
        AwsClients clients = sessions.clients();
        Session prod = sessions.assume("111111111111:Admin", Assumer.Options.none(), Optional.of("prod"))
                .session();

        S3Client first = clients.get(prod, S3Client.class);
        assertThat(clients.get(prod, S3Client.class)).isSameAs(first);
        assertThat(clients.s3(prod)).isSameAs(first);
        assertThat(sessions.client(S3Client.class)).isSameAs(first);
        assertThat(clients.get(prod, S3Client.class, Region.EU_WEST_1)).isNotSameAs(first);
        // the endpoint override reaches every client, S3 path-style included
        first.createBucket(b -> b.bucket("evidence"));
        assertThat(first.listBuckets().buckets()).extracting(b -> b.name()).contains("evidence");

        int before = clients.size();
        sessions.forget("prod");
        assertThat(clients.size()).isLessThan(before);
        assertThat(clients.get(sessions.current(), StsClient.class)
                        .getCallerIdentity()
                        .account())
                .isEqualTo(AwsEmulator.DEFAULT_ACCOUNT);
    }

    @Test
    void aRoleProfileAssumesFromItsSourceProfile(AwsEmulator aws, @TempDir Path dir) throws Exception {
        Path config = dir.resolve("config");
        Files.writeString(config, """
                [profile keys]
                aws_access_key_id = testing
                aws_secret_access_key = testing
                region = eu-central-1

                [profile prod-admin]
                role_arn = arn:aws:iam::111111111111:role/Admin
                source_profile = keys
                role_session_name = alice
                duration_seconds = 1800
                region = eu-west-3
                """);
        SessionManager sessions = Sessions.manager(
                aws.endpoint(),
                AwsEmulator.ACCESS_KEY,
                AwsEmulator.SECRET_KEY,
                new ScriptedMfa(),
                Clock.systemUTC(),
                config);

        assertThat(sessions.profiles().names()).containsExactly("keys", "prod-admin");
        SessionManager.Opened opened = sessions.use("prod-admin", Optional.of("prod"));

        assertThat(opened.session().region()).isEqualTo(Region.US_EAST_1); // --region (us-east-1 in the fixture) wins
        Identity who = sessions.identify(sessions.current());
        assertThat(who.arn()).isEqualTo("arn:aws:sts::111111111111:assumed-role/Admin/alice");
        assertThat(opened.session().source()).contains("profile prod-admin");
        assertThat(Duration.between(
                        java.time.Instant.now(), opened.session().expires().orElseThrow()))
                .isLessThanOrEqualTo(Duration.ofMinutes(30));

        assertThatThrownBy(() -> sessions.use("prod-admn", Optional.empty()))
                .isInstanceOf(UserError.class)
                .hasMessage("no profile 'prod-admn'; did you mean prod-admin?");
    }
}

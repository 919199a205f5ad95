package dev.xacct.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xacct.session.sso.SsoSessionConfig;
import dev.xacct.session.sso.SsoToken;
import dev.xacct.session.sso.SsoTokenCache;
import dev.xacct.shell.UserError;
import dev.xacct.testing.IdentityCenterStub;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;

/** Sessions from IAM Identity Center next to others: one login failing leaves the rest alone. */
class SsoSessionsTest {

    @TempDir
    Path home;

    private IdentityCenterStub stub;
    private AwsClients clients;
    private SessionManager sessions;

    @BeforeEach
    void start() throws Exception {
        stub = new IdentityCenterStub(Optional.empty()).grant("111111111111", "prod", "ReadOnly");
        clients = new AwsClients(Optional.of(stub.endpoint()));
        String config = """
                [sso-session corp]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = us-east-1

                [sso-session old]
                sso_start_url = https://old.awsapps.com/start
                sso_region = us-east-1

                [profile old-ro]
                sso_session = old
                sso_account_id = 111111111111
                sso_role_name = ReadOnly
                """;
        AwsSettings settings = new AwsSettings(
                Optional.empty(), Optional.of("us-east-1"), Optional.empty(), Map.of("HOME", home.toString()));
        java.nio.file.Files.createDirectories(settings.configFile().getParent());
        java.nio.file.Files.writeString(settings.configFile(), config);
        sessions = new SessionManager(
                settings,
                new ProfileCatalog(() -> ProfileFile.builder()
                        .content(settings.configFile())
                        .type(ProfileFile.Type.CONFIGURATION)
                        .build()),
                clients,
                (serial, purpose) -> {
                    throw new AssertionError("no MFA here");
                },
                () -> StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAEXAMPLEBASE00001", "x")));
        SsoTokenCache cache = new SsoTokenCache(settings.ssoCache());
        cache.store(
                sessions.ssoSessions()
                        .select(Optional.of("corp"), Optional.empty(), Optional.empty(), Optional.empty()),
                token(
                        stub.issueAccessToken(Instant.now().plus(Duration.ofHours(8))),
                        Instant.now().plus(Duration.ofHours(8))));
        cache.store(
                new SsoSessionConfig(Optional.of("old"), "https://old.awsapps.com/start", "us-east-1", List.of()),
                token("expired", Instant.now().minusSeconds(600)));
    }

    private static SsoToken token(String accessToken, Instant expires) {
        return new SsoToken(
                accessToken,
                expires,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    @AfterEach
    void stop() {
        clients.close();
        stub.close();
    }

    @Test
    void anExpiredLoginSaysToSignInAndLeavesEveryOtherSessionAlone() {
        SsoSessionConfig corp = sessions.ssoSessions()
                .select(Optional.of("corp"), Optional.empty(), Optional.empty(), Optional.empty());
        Session prod = sessions.add(sessions.ssoSessions().open(corp, "prod", "ReadOnly", Optional.empty()));
        assertThat(prod.alias()).isEqualTo("prod.ReadOnly");
        assertThat(prod.kind()).isEqualTo(Session.Kind.SSO);
        assertThat(prod.expires()).isPresent();

        assertThatThrownBy(() -> sessions.use("old-ro", Optional.empty()))
                .isInstanceOf(UserError.class)
                .hasMessage("the IAM Identity Center login for sso-session old has expired: run "
                        + "'sso login --sso-session old'");

        assertThat(sessions.aliases()).containsExactly("default", "prod.ReadOnly");
        assertThat(sessions.currentIfOpen()).map(Session::alias).contains("prod.ReadOnly");
        assertThat(sessions.all().toString()).doesNotContain(IdentityCenterStub.SECRET_MARK);
    }

    @Test
    void completesAccountNamesThenTheirRoles() {
        var provider =
                SessionCompletions.ssoRoles(new org.springframework.beans.factory.support.StaticListableBeanFactory(
                                Map.of("sessionManager", sessions))
                        .getBeanProvider(SessionManager.class));
        var accounts = provider.apply(new org.springframework.shell.core.command.completion.CompletionContext(
                List.of("sso", "use", "pro"), 2, 3, null, null));
        assertThat(accounts)
                .extracting(org.springframework.shell.core.command.completion.CompletionProposal::value)
                .containsExactly("prod/", "111111111111/");
        var roles = provider.apply(new org.springframework.shell.core.command.completion.CompletionContext(
                List.of("sso", "use", "prod/"), 2, 5, null, null));
        assertThat(roles)
                .extracting(org.springframework.shell.core.command.completion.CompletionProposal::value)
                .containsExactly("prod/ReadOnly");
    }
}

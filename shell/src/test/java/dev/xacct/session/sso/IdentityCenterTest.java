package dev.xacct.session.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xacct.shell.UserError;
import dev.xacct.testing.IdentityCenterStub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;

/** Sign-in, refresh, listing and role credentials against the Identity Center stub, in process. */
class IdentityCenterTest {

    private static final SsoSessionConfig CORP = new SsoSessionConfig(
            Optional.of("corp"), IdentityCenterStub.START_URL, "us-east-1", List.of("sso:account:access"));

    @TempDir
    Path home;

    private IdentityCenterStub stub;
    private SsoClient portal;
    private SsoOidcClient oidc;
    private SsoTokenCache cache;
    private final List<Duration> waits = new ArrayList<>();
    private IdentityCenter identityCenter;

    @BeforeEach
    void start() throws Exception {
        stub = new IdentityCenterStub(Optional.empty())
                .grant("111111111111", "prod", "ReadOnly", "Admin", "Billing")
                .grant("222222222222", "dev", "Admin")
                .grant("333333333333", "audit", "Auditor");
        portal = SsoClient.builder()
                .endpointOverride(stub.endpoint())
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .build();
        oidc = SsoOidcClient.builder()
                .endpointOverride(stub.endpoint())
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .build();
        cache = new SsoTokenCache(home.resolve(".aws/sso/cache"));
        SsoConfigs configs = new SsoConfigs(
                () -> ProfileFile.builder()
                        .content("")
                        .type(ProfileFile.Type.CONFIGURATION)
                        .build(),
                () -> home.resolve(".aws/config"));
        identityCenter =
                new IdentityCenter(region -> portal, region -> oidc, configs, cache, Clock.systemUTC(), waits::add);
    }

    @AfterEach
    void stop() {
        portal.close();
        oidc.close();
        stub.close();
    }

    @Test
    void theDeviceFlowWaitsThroughPendingAndSlowDownThenCachesTheToken() throws Exception {
        stub.pendingPolls = 2;
        stub.slowDownFirst = true;
        List<DeviceCode> shown = new ArrayList<>();

        IdentityCenter.LoggedIn in = identityCenter.login(CORP, shown::add);

        assertThat(shown).singleElement().satisfies(code -> {
            assertThat(code.userCode()).startsWith("WXYZ-");
            assertThat(code.verificationUriComplete().toString()).contains("user_code=");
        });
        // interval 1 s; slow_down adds 5 s for every later poll (RFC 8628 §3.5)
        assertThat(waits)
                .containsExactly(
                        Duration.ofSeconds(1), Duration.ofSeconds(6), Duration.ofSeconds(6), Duration.ofSeconds(6));
        assertThat(in.refreshable()).isTrue();
        assertThat(in.tokenFile()).isEqualTo(cache.tokenFile(CORP));
        assertThat(Files.readString(in.tokenFile())).contains("\"refreshToken\": \"" + IdentityCenterStub.SECRET_MARK);

        identityCenter.login(CORP, shown::add);
        assertThat(stub.count("/client/register"))
                .as("the cached registration is reused")
                .isEqualTo(1);
    }

    @Test
    void anExpiredCodeSaysToSignInAgain() {
        stub.expireDeviceCodes = true;
        assertThatThrownBy(() -> identityCenter.login(CORP, code -> {}))
                .isInstanceOf(UserError.class)
                .hasMessage("the sign-in code expired before it was approved; run 'sso login --sso-session corp' "
                        + "and approve it within the time shown");
        assertThat(cache.token(CORP)).isEmpty();
    }

    @Test
    void listsEveryAccountAndRoleAcrossPages() {
        identityCenter.login(CORP, code -> {});
        List<SsoAssignment> all = identityCenter.assignments(CORP);
        assertThat(all)
                .extracting(a -> a.account().name() + "/" + a.roleName())
                .containsExactly("prod/ReadOnly", "prod/Admin", "prod/Billing", "dev/Admin", "audit/Auditor");
        assertThat(stub.count("/assignment/accounts")).isEqualTo(2);
        assertThat(identityCenter.account(CORP, "PROD").id()).isEqualTo("111111111111");
        assertThat(identityCenter.account(CORP, "222222222222").name()).isEqualTo("dev");
        assertThatThrownBy(() -> identityCenter.account(CORP, "prdo"))
                .isInstanceOf(UserError.class)
                .hasMessage("the login for sso-session corp grants no account 'prdo'; did you mean prod?");
        assertThatThrownBy(() -> identityCenter.role(CORP, identityCenter.account(CORP, "dev"), "ReadOnly"))
                .isInstanceOf(UserError.class)
                .hasMessage("the login for sso-session corp grants no role 'ReadOnly' in dev (222222222222); "
                        + "roles there: Admin");
    }

    @Test
    void aTokenNearExpiryIsRefreshedAndWrittenBack() throws Exception {
        String[] client = stub.registerClient();
        String old = stub.issueAccessToken(Instant.now().plus(Duration.ofMinutes(2)));
        cache.store(
                CORP,
                new SsoToken(
                        old,
                        Instant.now().plus(Duration.ofMinutes(2)),
                        Optional.of(stub.issueRefreshToken(client[0])),
                        Optional.of(client[0]),
                        Optional.of(client[1]),
                        Optional.of(Instant.now().plus(Duration.ofDays(30))),
                        Optional.empty(),
                        Optional.empty()));

        String token = identityCenter.accessToken(CORP);

        assertThat(token).isNotEqualTo(old);
        assertThat(stub.count("grant=refresh_token")).isEqualTo(1);
        assertThat(cache.token(CORP).orElseThrow().accessToken()).isEqualTo(token);
        assertThat(cache.token(CORP).orElseThrow().expiresAt())
                .isAfter(Instant.now().plus(Duration.ofHours(7)));
        assertThat(identityCenter.accessToken(CORP))
                .as("fresh now: no second refresh")
                .isEqualTo(token);
        assertThat(stub.count("grant=refresh_token")).isEqualTo(1);
    }

    @Test
    void anExpiredTokenWithoutRefreshSaysToSignIn() {
        cache.store(
                CORP,
                new SsoToken(
                        stub.issueAccessToken(Instant.now().minusSeconds(60)),
                        Instant.now().minusSeconds(60),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));
        assertThatThrownBy(() -> identityCenter.accounts(CORP))
                .isInstanceOf(UserError.class)
                .hasMessage("the IAM Identity Center login for sso-session corp has expired: run "
                        + "'sso login --sso-session corp'");
        assertThatThrownBy(() -> identityCenter.accounts(
                        SsoSessionConfig.legacy("https://other.awsapps.com/start", "eu-west-1")))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("not signed in to https://other.awsapps.com/start")
                .hasMessageEndingWith(
                        "run 'sso login --start-url https://other.awsapps.com/start --sso-region eu-west-1'");
    }

    @Test
    void roleCredentialsComeFromTheLoginAndRefusalsAreOneLine() {
        identityCenter.login(CORP, code -> {});
        AwsCredentials credentials = identityCenter.roleCredentials(CORP, "111111111111", "ReadOnly");
        assertThat(credentials.accessKeyId()).startsWith("ASIA");
        assertThat(credentials.expirationTime()).isPresent();
        assertThatThrownBy(() -> identityCenter.roleCredentials(CORP, "222222222222", "ReadOnly"))
                .isInstanceOf(UserError.class)
                .hasMessage("the login for sso-session corp grants no role 'ReadOnly' in account 222222222222: "
                        + "'sso accounts' lists the accounts and roles it grants")
                .hasMessageNotContaining(IdentityCenterStub.SECRET_MARK);
    }

    @Test
    void logoutSignsOutAndRemovesTheToken() {
        identityCenter.login(CORP, code -> {});
        assertThat(identityCenter.logout(Optional.empty())).containsExactly(IdentityCenterStub.START_URL);
        assertThat(stub.count("/logout")).isEqualTo(1);
        assertThat(cache.token(CORP)).isEmpty();
        assertThatThrownBy(() -> identityCenter.accounts(CORP))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("not signed in to sso-session corp");
    }
}

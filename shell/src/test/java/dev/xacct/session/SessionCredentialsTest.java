package dev.xacct.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

class SessionCredentialsTest {

    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final String TOKEN = "FwoGZXIvYXdzEXAMPLETOKEN";

    @Test
    void remembersExpiryAndMaskedKeyButNeverShowsSecrets() {
        Instant expires = Instant.parse("2030-01-01T00:00:00Z");
        SessionCredentials credentials =
                new SessionCredentials(StaticCredentialsProvider.create(AwsSessionCredentials.builder()
                        .accessKeyId("ASIAEXAMPLE1234WXYZ")
                        .secretAccessKey(SECRET)
                        .sessionToken(TOKEN)
                        .expirationTime(expires)
                        .build()));
        assertThat(credentials.expires()).isEmpty();
        credentials.resolveCredentials();
        assertThat(credentials.expires()).contains(expires);
        assertThat(credentials.maskedAccessKeyId()).isEqualTo("ASIA…WXYZ");
        Session session = new Session(
                "s0",
                "x",
                Session.Kind.BASE,
                "test",
                software.amazon.awssdk.regions.Region.US_EAST_1,
                java.util.Optional.empty(),
                credentials,
                java.util.Optional.empty());
        assertThat(session.toString())
                .doesNotContain(SECRET)
                .doesNotContain(TOKEN)
                .contains("hidden");
    }

    @Test
    void credentialsThatDoNotExpireShowNoExpiry() {
        // A credential_process answer without Expiration: the SDK reports Instant.MAX.
        SessionCredentials credentials =
                new SessionCredentials(StaticCredentialsProvider.create(AwsSessionCredentials.builder()
                        .accessKeyId("ASIAEXAMPLE1234WXYZ")
                        .secretAccessKey(SECRET)
                        .sessionToken(TOKEN)
                        .expirationTime(Instant.MAX)
                        .build()));
        credentials.resolveCredentials();
        assertThat(credentials.expires()).isEmpty();
        assertThat(SessionPrompt.text(
                        "proc",
                        java.util.Optional.empty(),
                        credentials.expires(),
                        Instant.parse("2026-01-01T00:00:00Z")))
                .isEqualTo("proc");
    }

    @Test
    void namesWhereCredentialsCameFrom() {
        assertThat(SessionCredentials.describeOrigin("g")).contains("environment variables");
        assertThat(SessionCredentials.describeOrigin("n,p")).contains("profile");
        assertThat(SessionCredentials.describeOrigin("s")).contains("SSO");
        assertThat(SessionCredentials.describeOrigin("")).isEmpty();
    }

    @Test
    void masksAccessKeyIds() {
        assertThat(AccessKeyMask.mask("AKIAIOSFODNN7EXAMPLE")).isEqualTo("AKIA…MPLE");
        assertThat(AccessKeyMask.mask("short")).isEqualTo("****");
    }
}

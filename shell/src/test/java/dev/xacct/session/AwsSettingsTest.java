package dev.xacct.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The AWS CLI's order of precedence and the home, from the environment alone. */
class AwsSettingsTest {

    private static final Map<String, String> KEYS_AND_PROFILE =
            Map.of("AWS_ACCESS_KEY_ID", "AKIAEXAMPLE000000001", "AWS_PROFILE", "prod", "HOME", "/home/alice");

    @Test
    void profileOptionBeatsEnvironmentKeysWhichBeatAwsProfile() {
        assertThat(AwsSettings.of(Optional.of("ops"), Optional.empty(), Optional.empty(), KEYS_AND_PROFILE)
                        .profile())
                .contains("ops");
        AwsSettings keys = AwsSettings.of(Optional.empty(), Optional.empty(), Optional.empty(), KEYS_AND_PROFILE);
        assertThat(keys.profile()).isEmpty();
        assertThat(keys.environmentKeys()).isTrue();
        assertThat(keys.shadowedProfile()).contains("prod");
        assertThat(new SessionBanner(keys).lines().get(0))
                .isEqualTo("AWS identity: the environment's keys (AWS_ACCESS_KEY_ID); AWS_PROFILE=prod is not used "
                        + "while they are set (--profile prod would be).");
        assertThat(AwsSettings.of(Optional.empty(), Optional.empty(), Optional.empty(), Map.of("AWS_PROFILE", "prod"))
                        .profile())
                .contains("prod");
    }

    @Test
    void homeIsHomeAndTheAwsFilesFollowIt() {
        AwsSettings settings = AwsSettings.of(Optional.empty(), Optional.empty(), Optional.empty(), KEYS_AND_PROFILE);
        assertThat(settings.home()).isEqualTo(Path.of("/home/alice"));
        assertThat(settings.configFile()).isEqualTo(Path.of("/home/alice/.aws/config"));
        assertThat(settings.credentialsFile()).isEqualTo(Path.of("/home/alice/.aws/credentials"));
        assertThat(settings.ssoCache()).isEqualTo(Path.of("/home/alice/.aws/sso/cache"));
        assertThat(AwsSettings.of(
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Map.of("HOME", "/home/alice", "AWS_CONFIG_FILE", "/etc/aws/config"))
                        .configFile())
                .isEqualTo(Path.of("/etc/aws/config"));
    }

    @Test
    void onlyTheCommandLineEndpointOverridesEveryService() {
        Map<String, String> env = Map.of(
                "AWS_ENDPOINT_URL", "http://127.0.0.1:5000",
                "AWS_ENDPOINT_URL_SSO", "http://127.0.0.1:6000",
                "AWS_ENDPOINT_URL_SSO_OIDC", "http://127.0.0.1:6000");
        AwsSettings fromEnv =
                AwsSettings.of(Optional.empty(), Optional.empty(), Optional.of("http://127.0.0.1:5000"), env);
        assertThat(fromEnv.endpoint()).contains(URI.create("http://127.0.0.1:5000"));
        assertThat(fromEnv.explicitEndpoint()).isEmpty();
        assertThat(fromEnv.serviceEndpoints())
                .containsExactly(
                        Map.entry("SSO", "http://127.0.0.1:6000"), Map.entry("SSO_OIDC", "http://127.0.0.1:6000"));
        assertThat(new SessionBanner(fromEnv).lines())
                .contains(
                        "AWS endpoint: http://127.0.0.1:5000 (every service but those below)",
                        "AWS endpoint for SSO: http://127.0.0.1:6000 (AWS_ENDPOINT_URL_SSO)");

        AwsSettings given =
                AwsSettings.of(Optional.empty(), Optional.empty(), Optional.of("http://127.0.0.1:4566"), env);
        assertThat(given.explicitEndpoint()).contains(URI.create("http://127.0.0.1:4566"));
    }
}

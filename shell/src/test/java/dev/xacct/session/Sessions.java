package dev.xacct.session;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;

/** Builds a {@link SessionManager} for tests: an endpoint, base keys, optional profile files, scripted MFA, a clock. */
final class Sessions {

    private Sessions() {}

    static SessionManager manager(URI endpoint, String accessKey, String secretKey, MfaCodeSource mfa, Clock clock) {
        return manager(endpoint, accessKey, secretKey, mfa, clock, null);
    }

    static SessionManager manager(
            URI endpoint, String accessKey, String secretKey, MfaCodeSource mfa, Clock clock, Path config) {
        AwsSettings settings =
                new AwsSettings(Optional.empty(), Optional.of("us-east-1"), Optional.of(endpoint), Map.of());
        ProfileCatalog catalog = new ProfileCatalog(() -> config == null
                ? ProfileFile.builder()
                        .content("")
                        .type(ProfileFile.Type.CONFIGURATION)
                        .build()
                : ProfileFile.builder()
                        .content(config)
                        .type(ProfileFile.Type.CONFIGURATION)
                        .build());
        return new SessionManager(
                settings,
                catalog,
                new AwsClients(Optional.of(endpoint)),
                mfa,
                () -> StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)),
                Duration.ofMinutes(1),
                Duration.ofMinutes(5),
                clock);
    }
}

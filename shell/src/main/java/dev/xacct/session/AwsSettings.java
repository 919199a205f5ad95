package dev.xacct.session;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the run was told about AWS, before any AWS call: the profile of the base session
 * ({@code --profile}, else {@code AWS_PROFILE}), the region ({@code --region}), the endpoint
 * override ({@code --endpoint-url}, else {@code AWS_ENDPOINT_URL}) and the environment.
 */
public record AwsSettings(
        Optional<String> profile, Optional<String> region, Optional<URI> endpoint, Map<String, String> env) {

    public AwsSettings {
        env = Map.copyOf(env);
    }

    /** From the launch options; {@code AWS_PROFILE} fills in when {@code --profile} is absent. */
    public static AwsSettings of(
            Optional<String> profile, Optional<String> region, Optional<String> endpoint, Map<String, String> env) {
        Optional<String> effectiveProfile = profile.filter(p -> !p.isBlank())
                .or(() -> Optional.ofNullable(env.get("AWS_PROFILE")).filter(p -> !p.isBlank()));
        return new AwsSettings(
                effectiveProfile,
                region.filter(r -> !r.isBlank()),
                endpoint.filter(e -> !e.isBlank()).map(String::strip).map(URI::create),
                env);
    }

    /** The region from the environment, before profiles: {@code AWS_REGION}, then {@code AWS_DEFAULT_REGION}. */
    public Optional<String> envRegion() {
        return Optional.ofNullable(env.get("AWS_REGION"))
                .filter(r -> !r.isBlank())
                .or(() -> Optional.ofNullable(env.get("AWS_DEFAULT_REGION")).filter(r -> !r.isBlank()));
    }

    /**
     * A cheap guess, from environment variables and file existence only, that the default chain
     * will find nothing: then the base session shows as "none" until something proves otherwise.
     */
    public boolean credentialsLikelyAbsent() {
        if (profile.isPresent()) {
            return false;
        }
        for (String variable : new String[] {
            "AWS_ACCESS_KEY_ID",
            "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
            "AWS_CONTAINER_CREDENTIALS_FULL_URI",
            "AWS_WEB_IDENTITY_TOKEN_FILE"
        }) {
            if (env.get(variable) != null && !env.get(variable).isBlank()) {
                return false;
            }
        }
        String home = System.getProperty("user.home");
        Path config = Path.of(Optional.ofNullable(env.get("AWS_CONFIG_FILE")).orElse(home + "/.aws/config"));
        Path credentials = Path.of(
                Optional.ofNullable(env.get("AWS_SHARED_CREDENTIALS_FILE")).orElse(home + "/.aws/credentials"));
        return !Files.exists(config) && !Files.exists(credentials);
    }
}

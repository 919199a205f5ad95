package dev.xacct.session;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the run was told about AWS, before any AWS call: the profile of the base session, the
 * region ({@code --region}), the endpoint ({@code --endpoint-url}, else {@code AWS_ENDPOINT_URL})
 * and the environment.
 *
 * <p>The base profile follows the AWS CLI's order (<a
 * href="https://docs.aws.amazon.com/cli/latest/userguide/cli-chap-configure.html#configure-precedence">configuration
 * precedence</a>): {@code --profile} beats environment keys, which beat {@code AWS_PROFILE}, which
 * beats the default chain. So {@link #profile()} is empty when {@code AWS_ACCESS_KEY_ID} is set and
 * no {@code --profile} was given, even if {@code AWS_PROFILE} is.
 *
 * @param profile  the profile the base session comes from; empty for the default chain
 * @param region   {@code --region}
 * @param endpoint the endpoint for every service ({@code --endpoint-url}, else {@code AWS_ENDPOINT_URL})
 * @param env      the environment ({@code HOME}, {@code AWS_*})
 */
public record AwsSettings(
        Optional<String> profile, Optional<String> region, Optional<URI> endpoint, Map<String, String> env) {

    private static final String ENDPOINT_PREFIX = "AWS_ENDPOINT_URL_";

    public AwsSettings {
        env = Map.copyOf(env);
    }

    /** From the launch options and the environment, in the AWS CLI's order of precedence (see above). */
    public static AwsSettings of(
            Optional<String> profile, Optional<String> region, Optional<String> endpoint, Map<String, String> env) {
        Optional<String> effectiveProfile = profile.filter(p -> !p.isBlank())
                .or(() -> hasEnvironmentKeys(env) ? Optional.empty() : nonBlank(env.get("AWS_PROFILE")));
        return new AwsSettings(
                effectiveProfile,
                region.filter(r -> !r.isBlank()),
                endpoint.filter(e -> !e.isBlank()).map(String::strip).map(URI::create),
                env);
    }

    /**
     * The endpoint given on the command line, which beats every other endpoint setting (as code
     * does in the SDK). An endpoint from {@code AWS_ENDPOINT_URL} is not one: the SDK resolves it
     * per client, after {@code AWS_ENDPOINT_URL_<SERVICE>}, so one service can point elsewhere.
     */
    public Optional<URI> explicitEndpoint() {
        Optional<String> fromEnv = nonBlank(env.get("AWS_ENDPOINT_URL")).map(String::strip);
        return endpoint.filter(e -> fromEnv.isEmpty() || !fromEnv.get().equals(e.toString()));
    }

    /** {@code AWS_ENDPOINT_URL_<SERVICE>} variables set, by service key ({@code SSO_OIDC → http://…}), sorted. */
    public Map<String, String> serviceEndpoints() {
        Map<String, String> found = new TreeMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith(ENDPOINT_PREFIX) && value != null && !value.isBlank()) {
                found.put(name.substring(ENDPOINT_PREFIX.length()), value.strip());
            }
        });
        return found;
    }

    /** Whether {@code AWS_ACCESS_KEY_ID} is set: then environment keys are the default chain's first source. */
    public boolean environmentKeys() {
        return hasEnvironmentKeys(env);
    }

    /** {@code AWS_PROFILE} when environment keys hide it (the banner says so). */
    public Optional<String> shadowedProfile() {
        return profile.isEmpty() && environmentKeys() ? nonBlank(env.get("AWS_PROFILE")) : Optional.empty();
    }

    /**
     * The user's home, as the SDK and the AWS CLI read it: {@code $HOME}, else the JVM's
     * {@code user.home}. {@code ~/.aws} and {@code ~/.xacct} live here.
     */
    public Path home() {
        return nonBlank(env.get("HOME")).map(Path::of).orElseGet(() -> Path.of(System.getProperty("user.home")));
    }

    /** {@code AWS_CONFIG_FILE}, else {@code ~/.aws/config}. */
    public Path configFile() {
        return nonBlank(env.get("AWS_CONFIG_FILE"))
                .map(Path::of)
                .orElseGet(() -> home().resolve(".aws").resolve("config"));
    }

    /** {@code AWS_SHARED_CREDENTIALS_FILE}, else {@code ~/.aws/credentials}. */
    public Path credentialsFile() {
        return nonBlank(env.get("AWS_SHARED_CREDENTIALS_FILE"))
                .map(Path::of)
                .orElseGet(() -> home().resolve(".aws").resolve("credentials"));
    }

    /** The AWS CLI's SSO token cache: {@code ~/.aws/sso/cache}. */
    public Path ssoCache() {
        return home().resolve(".aws").resolve("sso").resolve("cache");
    }

    /** The region from the environment, before profiles: {@code AWS_REGION}, then {@code AWS_DEFAULT_REGION}. */
    public Optional<String> envRegion() {
        return nonBlank(env.get("AWS_REGION")).or(() -> nonBlank(env.get("AWS_DEFAULT_REGION")));
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
            if (nonBlank(env.get(variable)).isPresent()) {
                return false;
            }
        }
        return !Files.exists(configFile()) && !Files.exists(credentialsFile());
    }

    private static boolean hasEnvironmentKeys(Map<String, String> env) {
        return nonBlank(env.get("AWS_ACCESS_KEY_ID")).isPresent();
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}

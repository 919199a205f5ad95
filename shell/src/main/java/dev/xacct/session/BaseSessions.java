package dev.xacct.session;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * The session a run starts on, in the AWS CLI's order: {@code --profile} (or {@code AWS_PROFILE}
 * without environment keys) opens that profile like {@code use} does, never the default chain;
 * otherwise the SDK's default chain (environment keys first). And the region sessions get when
 * nothing names one.
 */
final class BaseSessions {

    private final AwsSettings settings;
    private final ProfileCatalog profiles;
    private final Supplier<AwsCredentialsProvider> given;

    /** @param given the base session's provider (tests); {@code null} for the rules above */
    BaseSessions(AwsSettings settings, ProfileCatalog profiles, Supplier<AwsCredentialsProvider> given) {
        this.settings = settings;
        this.profiles = profiles;
        this.given = given;
    }

    /** Opens the base session (no AWS call unless its profile is a role, IAM Identity Center or process profile). */
    Session open(ProfileSessions profileSessions, Consumer<String> notes) {
        Optional<String> profile = settings.profile();
        if (profile.isPresent() && given == null) {
            SessionManager.Opened opened = profileSessions.open(profile.get(), profile.get(), Session.Kind.BASE);
            opened.note().ifPresent(notes);
            return opened.session();
        }
        AwsCredentialsProvider provider = given != null
                ? given.get()
                : DefaultCredentialsProvider.builder().build();
        String source =
                given != null ? "given credentials" : settings.environmentKeys() ? "environment keys" : "default chain";
        return new Session(
                Session.newId(),
                "default",
                Session.Kind.BASE,
                source,
                defaultRegion(),
                Optional.empty(),
                new SessionCredentials(provider),
                Optional.empty());
    }

    /** {@code --region}, {@code AWS_REGION}, {@code AWS_DEFAULT_REGION}, the base profile's region, else us-east-1 (never IMDS). */
    Region defaultRegion() {
        return settings.region()
                .or(settings::envRegion)
                .or(() -> {
                    try {
                        return profiles.find(settings.profile().orElse("default"))
                                .flatMap(AwsProfile::region);
                    } catch (RuntimeException e) {
                        return Optional.empty();
                    }
                })
                .map(Region::of)
                .orElse(Region.US_EAST_1);
    }
}

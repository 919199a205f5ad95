package dev.xacct.session;

import dev.xacct.session.sso.SsoSessionConfig;
import dev.xacct.shell.MessageLines;
import dev.xacct.shell.UserError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.InstanceProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * Opens a session from a profile of {@code ~/.aws/config} / {@code credentials}, the way the AWS
 * CLI reads it (<a href="https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html">configuration
 * and credential file settings</a>):
 *
 * <ul>
 *   <li>{@code role_arn} with {@code source_profile} (followed, loops named) or
 *       {@code credential_source}: AssumeRole from the source, with {@code mfa_serial},
 *       {@code external_id}, {@code duration_seconds} and {@code role_session_name};
 *   <li>{@code sso_session} or the legacy {@code sso_start_url}, with {@code sso_account_id} and
 *       {@code sso_role_name}: GetRoleCredentials from the AWS CLI's token cache;
 *   <li>keys, {@code credential_process}, web identity: the SDK's profile provider;
 *   <li>{@code login_session} ({@code aws login}): not supported yet, with the workaround.
 * </ul>
 *
 * Source sessions are kept per profile name for the run, so two role profiles with one
 * {@code source_profile} and {@code mfa_serial} share one MFA session: the code is asked once.
 */
final class ProfileSessions {

    private static final Pattern PROCESS_FAILED =
            Pattern.compile("non-zero exit value \\((-?\\d+)\\)(?: with error message: )?(.*)", Pattern.DOTALL);

    private final AwsSettings settings;
    private final ProfileCatalog profiles;
    private final Assumer assumer;
    private final SsoSessions ssoSessions;
    private final Supplier<Region> defaultRegion;
    private final Consumer<String> rememberRole;
    private final Map<String, Session> sources = new ConcurrentHashMap<>();

    /**
     * @param defaultRegion the region of a profile without one
     * @param rememberRole  told each role ARN assumed (for completion)
     */
    ProfileSessions(
            AwsSettings settings,
            ProfileCatalog profiles,
            Assumer assumer,
            SsoSessions ssoSessions,
            Supplier<Region> defaultRegion,
            Consumer<String> rememberRole) {
        this.settings = settings;
        this.profiles = profiles;
        this.assumer = assumer;
        this.ssoSessions = ssoSessions;
        this.defaultRegion = defaultRegion;
        this.rememberRole = rememberRole;
    }

    /** A session from profile {@code name}, called {@code alias}, with the chaining note if its duration was capped. */
    SessionManager.Opened open(String name, String alias, Session.Kind kind) {
        return resolve(name, alias, kind, new ArrayList<>());
    }

    private SessionManager.Opened resolve(String name, String alias, Session.Kind kind, List<String> chain) {
        if (chain.contains(name)) {
            List<String> loop = new ArrayList<>(chain.subList(chain.indexOf(name), chain.size()));
            loop.add(name);
            throw new UserError("profile cycle: " + String.join(" → ", loop)
                    + " (source_profile); point one of them at a profile with keys, sso_session or credential_process");
        }
        chain.add(name);
        AwsProfile profile = profiles.require(name);
        Region region = region(profile);
        switch (profile.kind()) {
            case "role" -> {
                return role(profile, alias, kind, region, chain);
            }
            case "sso" -> {
                return new SessionManager.Opened(sso(profile, alias, kind, region), Optional.empty());
            }
            case "login" ->
                throw new UserError("profile '" + name + "' signs in with login_session ('aws login'), "
                        + "which xacct does not support yet; meanwhile add a profile with "
                        + "credential_process = aws configure export-credentials --profile " + name
                        + " --format process, and use that one");
            case "none" ->
                throw new UserError("profile '" + name + "' has no credentials: give it keys, sso_session, "
                        + "credential_process or role_arn with source_profile");
            default -> {
                return new SessionManager.Opened(plain(profile, alias, kind, region), Optional.empty());
            }
        }
    }

    private SessionManager.Opened role(
            AwsProfile profile, String alias, Session.Kind kind, Region region, List<String> chain) {
        String name = profile.name();
        Session parent;
        if (profile.sourceProfile().filter(name::equals).isPresent()) {
            // A profile may source itself: its own keys, then its role (the AWS CLI allows this).
            if (profile.get("aws_access_key_id").isEmpty()) {
                throw new UserError("profile cycle: " + name + " → " + name + " (source_profile) and '" + name
                        + "' has no keys of its own; point source_profile at a profile with credentials");
            }
            parent = sources.computeIfAbsent(name + "#keys", k -> plain(profile, name, Session.Kind.PROFILE, region));
        } else if (profile.sourceProfile().isPresent()) {
            String source = profile.sourceProfile().get();
            Session kept = sources.get(source);
            if (kept == null) {
                kept = resolve(source, source, Session.Kind.PROFILE, chain).session();
                Session raced = sources.putIfAbsent(source, kept);
                kept = raced != null ? raced : kept;
            }
            parent = kept;
        } else {
            parent = sources.computeIfAbsent(name + "#source", k -> credentialSource(profile, region));
        }
        RoleReference role;
        try {
            role = RoleReference.parse(profile.roleArn().get(), Optional.empty(), "aws");
        } catch (UserError e) {
            throw new UserError("profile '" + name + "': role_arn: " + e.getMessage());
        }
        Optional<Duration> duration;
        try {
            duration = profile.durationSeconds().map(SessionDurations::parse);
        } catch (UserError e) {
            throw new UserError("profile '" + name + "': duration_seconds: " + e.getMessage());
        }
        Assumer.Options options = new Assumer.Options(
                profile.externalId(),
                profile.mfaSerial(),
                Optional.empty(),
                duration,
                profile.roleSessionName(),
                Optional.empty());
        Assumer.Assumed assumed = assumer.assume(parent, role, options);
        rememberRole.accept(role.arn());
        Session session = assumed.session(
                alias, kind, "profile " + name + " (role from " + parent.source() + ")", region, parent);
        return new SessionManager.Opened(session, assumed.note().map(n -> "profile " + name + ": " + n));
    }

    private Session sso(AwsProfile profile, String alias, Session.Kind kind, Region region) {
        SsoSessionConfig config = ssoSessions
                .identityCenter()
                .configs()
                .ofProfile(profile.name(), profile.properties())
                .orElseThrow();
        String account = profile.get("sso_account_id")
                .orElseThrow(() -> new UserError("profile '" + profile.name() + "' has no sso_account_id: add it, or "
                        + "open the role directly with 'sso use ACCOUNT/ROLE'"));
        String roleName = profile.get("sso_role_name")
                .orElseThrow(() -> new UserError("profile '" + profile.name() + "' has no sso_role_name: add it, or "
                        + "open the role directly with 'sso use ACCOUNT/ROLE'"));
        SessionCredentials credentials = ssoSessions.roleCredentials(config, account, roleName);
        return new Session(
                Session.newId(),
                alias,
                kind,
                "profile " + profile.name() + " (" + config.label() + ")",
                region,
                Optional.empty(),
                credentials,
                Optional.empty());
    }

    private Session plain(AwsProfile profile, String alias, Session.Kind kind, Region region) {
        SessionCredentials credentials = new SessionCredentials(ProfileCredentialsProvider.builder()
                .profileFile(profiles.file())
                .profileName(profile.name())
                .build());
        try {
            credentials.resolveCredentials();
        } catch (RuntimeException e) {
            credentials.close();
            throw explain(profile, e);
        }
        return new Session(
                Session.newId(),
                alias,
                kind,
                "profile " + profile.name(),
                region,
                Optional.empty(),
                credentials,
                Optional.empty());
    }

    private Session credentialSource(AwsProfile profile, Region region) {
        String source = profile.credentialSource()
                .orElseThrow(() -> new UserError("profile '" + profile.name()
                        + "' has role_arn but neither source_profile nor credential_source"));
        AwsCredentialsProvider provider = switch (source) {
            case "Environment" -> EnvironmentVariableCredentialsProvider.create();
            case "Ec2InstanceMetadata" ->
                InstanceProfileCredentialsProvider.builder().build();
            case "EcsContainer" -> ContainerCredentialsProvider.builder().build();
            default ->
                throw new UserError("profile '" + profile.name() + "': credential_source '" + source
                        + "' is not one of Environment, Ec2InstanceMetadata, EcsContainer");
        };
        return new Session(
                Session.newId(),
                profile.name() + "-source",
                Session.Kind.PROFILE,
                source,
                region,
                Optional.empty(),
                new SessionCredentials(provider),
                Optional.empty());
    }

    /** {@code --region}, else the profile's, else the run's default (env, base profile, us-east-1). */
    private Region region(AwsProfile profile) {
        return settings.region().or(profile::region).map(Region::of).orElseGet(defaultRegion);
    }

    /** One line for a profile the SDK could not get credentials from. */
    static UserError explain(AwsProfile profile, RuntimeException error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage());
            Matcher failed = PROCESS_FAILED.matcher(message);
            if (failed.find()) {
                String stderr = firstLine(failed.group(2));
                return new UserError(
                        "profile '" + profile.name() + "': credential_process failed with exit code " + failed.group(1)
                                + (stderr.isEmpty() ? " and no message" : ": " + stderr),
                        error);
            }
            if (message.contains("Circular relationship")) {
                return new UserError(
                        "profile cycle in '" + profile.name() + "': " + firstLine(message)
                                + "; point source_profile at a profile with credentials",
                        error);
            }
        }
        if ("process".equals(profile.kind())) {
            Throwable root = error;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return new UserError(
                    "profile '" + profile.name() + "': credential_process gave no usable credentials: "
                            + firstLine(String.valueOf(root.getMessage()))
                            + " (it must print {\"Version\": 1, \"AccessKeyId\": …, \"SecretAccessKey\": …})",
                    error);
        }
        return new UserError(
                "profile '" + profile.name() + "' gives no credentials: "
                        + firstLine(String.valueOf(error.getMessage())),
                error);
    }

    /** The first line that is not blank, stripped. */
    private static String firstLine(String text) {
        return MessageLines.firstLine(text.strip()).strip();
    }
}

package dev.xacct.session.sso;

import dev.xacct.shell.Suggestions;
import dev.xacct.shell.UserError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The IAM Identity Center settings of {@code ~/.aws/config}: {@code [sso-session NAME]} sections
 * ({@code sso_start_url}, {@code sso_region}, {@code sso_registration_scopes}) and the profiles
 * that use them ({@code sso_session}, or the legacy {@code sso_start_url} / {@code sso_region}),
 * read through the SDK's profile file like every other setting (<a
 * href="https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html">Configuring IAM
 * Identity Center authentication with the AWS CLI</a>).
 */
public final class SsoConfigs {

    private static final Pattern SECTION =
            Pattern.compile("^\\s*\\[\\s*sso-session\\s+([^\\]]+?)\\s*\\]", Pattern.MULTILINE);

    private final Supplier<ProfileFile> files;
    private final Supplier<Path> configFile;

    /**
     * @param files      the SDK's view of the config files, read when asked (edits show at once)
     * @param configFile {@code AWS_CONFIG_FILE} or {@code ~/.aws/config}, to list the sso-session sections
     */
    public SsoConfigs(Supplier<ProfileFile> files, Supplier<Path> configFile) {
        this.files = files;
        this.configFile = configFile;
    }

    /** The {@code [sso-session NAME]} section, or a one-line error naming the configured ones. */
    public SsoSessionConfig session(String name) {
        Profile section = files.get()
                .getSection("sso-session", name)
                .orElseThrow(() -> new UserError("no sso-session '" + name + "' in " + configFile.get() + hint(name)));
        String startUrl = section.property("sso_start_url")
                .orElseThrow(() -> new UserError("sso-session '" + name + "' has no sso_start_url: add it to "
                        + configFile.get() + " (aws configure sso-session writes it)"));
        String region = section.property("sso_region")
                .orElseThrow(() -> new UserError("sso-session '" + name + "' has no sso_region: add it to "
                        + configFile.get() + " (the region of IAM Identity Center, e.g. us-east-1)"));
        List<String> scopes = section.property("sso_registration_scopes")
                .map(raw -> Arrays.stream(raw.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList())
                .orElse(List.of());
        return new SsoSessionConfig(Optional.of(name), startUrl.strip(), region.strip(), scopes);
    }

    /**
     * The sign-in a profile uses; empty when the profile is not an SSO profile.
     *
     * @param properties the profile's settings ({@code sso_session}, {@code sso_start_url}, {@code sso_region})
     */
    public Optional<SsoSessionConfig> ofProfile(String profileName, Map<String, String> properties) {
        Optional<String> session = setting(properties, "sso_session");
        if (session.isPresent()) {
            return Optional.of(session(session.get()));
        }
        Optional<String> startUrl = setting(properties, "sso_start_url");
        if (startUrl.isEmpty()) {
            return Optional.empty();
        }
        String region = setting(properties, "sso_region")
                .orElseThrow(() -> new UserError("profile '" + profileName + "' has sso_start_url but no "
                        + "sso_region: add the region of IAM Identity Center, e.g. sso_region = us-east-1"));
        return Optional.of(SsoSessionConfig.legacy(startUrl.get(), region));
    }

    private static Optional<String> setting(Map<String, String> properties, String key) {
        return Optional.ofNullable(properties.get(key)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** The names of the sso-sessions: sections of the config file and names profiles refer to, sorted. */
    public List<String> sessionNames() {
        TreeSet<String> names = new TreeSet<>();
        try {
            files.get()
                    .profiles()
                    .values()
                    .forEach(p -> p.property("sso_session").ifPresent(names::add));
        } catch (RuntimeException unreadable) {
            return List.of();
        }
        Path file = configFile.get();
        if (Files.isRegularFile(file)) {
            try {
                Matcher m = SECTION.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    names.add(m.group(1));
                }
            } catch (IOException | RuntimeException unreadable) {
                // the SDK reported what it could read; listing is best effort
            }
        }
        return List.copyOf(names);
    }

    private String hint(String name) {
        List<String> names = sessionNames();
        if (names.isEmpty()) {
            return "; add one with 'aws configure sso-session', or sign in with --start-url URL --sso-region R";
        }
        return Suggestions.didYouMean(name, names, 3).orElse("; sso-sessions: " + String.join(", ", names));
    }
}

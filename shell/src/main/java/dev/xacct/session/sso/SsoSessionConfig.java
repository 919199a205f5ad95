package dev.xacct.session.sso;

import dev.xacct.aws.RegionCode;
import dev.xacct.shell.UsageError;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * One IAM Identity Center sign-in as the AWS CLI configures it: an {@code [sso-session NAME]}
 * section of {@code ~/.aws/config}, or the legacy {@code sso_start_url} / {@code sso_region} of a
 * profile (no name). Its token lives in the AWS CLI's cache under {@link #cacheKey()}.
 *
 * @param name               the sso-session's name; empty for a legacy profile or {@code --start-url}
 * @param startUrl           the AWS access portal URL, {@code https://…}
 * @param region             the region of Identity Center ({@code sso_region}), e.g. {@code us-east-1}
 * @param registrationScopes {@code sso_registration_scopes}; empty as the CLI leaves it (then no refresh token)
 */
public record SsoSessionConfig(Optional<String> name, String startUrl, String region, List<String> registrationScopes) {

    public SsoSessionConfig {
        registrationScopes = List.copyOf(registrationScopes);
        requireHttps(startUrl);
        if (!RegionCode.isValid(region)) {
            throw new UsageError("'" + region + "' is not a region for sso_region: expected e.g. us-east-1");
        }
    }

    /** An ad hoc sign-in ({@code sso login --start-url URL --sso-region R}), cached by start URL like a legacy profile. */
    public static SsoSessionConfig legacy(String startUrl, String region) {
        return new SsoSessionConfig(Optional.empty(), startUrl, region, List.of());
    }

    /**
     * The token cache file's name without {@code .json}: the lowercase hex SHA-1 of the session
     * name, or of the start URL when there is none (the AWS CLI's {@code SSOTokenLoader} and the
     * SDK's {@code OnDiskTokenManager} use the same key).
     */
    public String cacheKey() {
        return sha1(name.orElse(startUrl));
    }

    /** How the user names this sign-in: {@code sso-session NAME} or the start URL. */
    public String label() {
        return name.map(n -> "sso-session " + n).orElse(startUrl);
    }

    /** The command that signs in again. */
    public String loginCommand() {
        return name.map(n -> "sso login --sso-session " + n)
                .orElse("sso login --start-url " + startUrl + " --sso-region " + region);
    }

    static String sha1(String text) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(sha1.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-1 in this JVM", e);
        }
    }

    private static void requireHttps(String startUrl) {
        URI uri;
        try {
            uri = URI.create(startUrl == null ? "" : startUrl.strip());
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new UsageError("'" + startUrl + "' is not an https start URL: expected the AWS access portal URL, "
                    + "e.g. https://my-org.awsapps.com/start");
        }
    }
}

package dev.xacct.session;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.utils.IoUtils;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * A session's credentials provider (the SDK's own, which refreshes itself) plus what xacct may
 * show about the last credentials it handed out: their expiry, whether they are temporary, the
 * masked key id and which SDK provider produced them. It never exposes or prints the secret
 * parts, and {@link #toString()} says nothing about them.
 */
public final class SessionCredentials implements AwsCredentialsProvider, SdkAutoCloseable {

    private record Seen(
            Optional<Instant> expires, boolean temporary, String accessKeyId, Optional<String> providerName) {}

    /**
     * Beyond this the credentials do not expire: the SDK reports {@link Instant#MAX} for a
     * {@code credential_process} answer without {@code Expiration}.
     */
    private static final Instant NEVER = Instant.parse("9000-01-01T00:00:00Z");

    private final AwsCredentialsProvider delegate;
    private final AtomicReference<Seen> last = new AtomicReference<>();

    public SessionCredentials(AwsCredentialsProvider delegate) {
        this.delegate = delegate;
    }

    @Override
    public AwsCredentials resolveCredentials() {
        AwsCredentials credentials = delegate.resolveCredentials();
        last.set(new Seen(
                credentials.expirationTime().filter(e -> e.isBefore(NEVER)),
                credentials instanceof AwsSessionCredentials,
                credentials.accessKeyId(),
                credentials.providerName()));
        return credentials;
    }

    /**
     * Expiry of the credentials last handed out; empty for credentials that do not expire (long-term
     * keys, a {@code credential_process} without {@code Expiration}) or before first use. Never calls AWS.
     */
    public Optional<Instant> expires() {
        Seen seen = last.get();
        return seen == null ? Optional.empty() : seen.expires();
    }

    /** Whether credentials were resolved at least once. */
    public boolean resolved() {
        return last.get() != null;
    }

    /** The last access key id, masked ({@code ASIA…WXYZ}); empty before first use. */
    public String maskedAccessKeyId() {
        Seen seen = last.get();
        return seen == null ? "" : AccessKeyMask.mask(seen.accessKeyId());
    }

    /**
     * The last access key id, whole: identifies the source identity of an MFA session. Not a
     * secret, but shown only masked; empty before first use.
     */
    String accessKeyId() {
        Seen seen = last.get();
        return seen == null ? "" : seen.accessKeyId();
    }

    /** Where the last credentials came from, in words ("environment", "profile", "SSO"…); empty if unknown. */
    public Optional<String> origin() {
        Seen seen = last.get();
        return seen == null ? Optional.empty() : seen.providerName().flatMap(SessionCredentials::describeOrigin);
    }

    /**
     * The SDK names a provider by its business-metric codes ({@code g} = environment variables,
     * {@code n,p} = a profile…) or, in older versions, by class name. Pure.
     */
    static Optional<String> describeOrigin(String providerName) {
        if (providerName == null || providerName.isBlank()) {
            return Optional.empty();
        }
        java.util.List<String> words = new java.util.ArrayList<>();
        for (String code : providerName.split(",")) {
            String word = switch (code.strip()) {
                case "e" -> "code";
                case "f" -> "JVM system properties";
                case "g" -> "environment variables";
                case "h", "q", "k" -> "web identity token";
                case "i", "o" -> "assumed role";
                case "j" -> "SAML";
                case "m" -> "session token";
                case "n", "p" -> "profile";
                case "r", "s", "t", "u" -> "SSO";
                case "v", "w" -> "credential_process";
                case "z" -> "container credentials";
                case "0" -> "instance metadata (IMDS)";
                case "AC", "AD" -> "console login";
                default -> code.contains("Provider") ? code.strip() : null;
            };
            if (word != null && !words.contains(word)) {
                words.add(word);
            }
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", words));
    }

    @Override
    public void close() {
        IoUtils.closeIfCloseable(delegate, null);
    }

    @Override
    public String toString() {
        return "SessionCredentials(hidden)";
    }
}

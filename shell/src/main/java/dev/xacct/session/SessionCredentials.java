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

    private record Seen(Optional<Instant> expires, boolean temporary, String maskedKeyId, Optional<String> providerName) {
    }

    private final AwsCredentialsProvider delegate;
    private final AtomicReference<Seen> last = new AtomicReference<>();

    public SessionCredentials(AwsCredentialsProvider delegate) {
        this.delegate = delegate;
    }

    @Override
    public AwsCredentials resolveCredentials() {
        AwsCredentials credentials = delegate.resolveCredentials();
        last.set(new Seen(credentials.expirationTime(), credentials instanceof AwsSessionCredentials,
                AccessKeyMask.mask(credentials.accessKeyId()), credentials.providerName()));
        return credentials;
    }

    /** Expiry of the credentials last handed out; empty for long-term keys or before first use. Never calls AWS. */
    public Optional<Instant> expires() {
        Seen seen = last.get();
        return seen == null ? Optional.empty() : seen.expires();
    }

    /** Whether the last credentials were temporary (had a session token). Never calls AWS. */
    public boolean knownTemporary() {
        Seen seen = last.get();
        return seen != null && seen.temporary();
    }

    /** Whether credentials were resolved at least once. */
    public boolean resolved() {
        return last.get() != null;
    }

    /** The last access key id, masked ({@code ASIA…WXYZ}); empty before first use. */
    public String maskedAccessKeyId() {
        Seen seen = last.get();
        return seen == null ? "" : seen.maskedKeyId();
    }

    /** The SDK provider that produced the last credentials (e.g. {@code EnvironmentVariableCredentialsProvider}). */
    public Optional<String> providerName() {
        Seen seen = last.get();
        return seen == null ? Optional.empty() : seen.providerName();
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

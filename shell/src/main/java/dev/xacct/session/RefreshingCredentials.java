package dev.xacct.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.utils.SdkAutoCloseable;
import software.amazon.awssdk.utils.cache.CachedSupplier;
import software.amazon.awssdk.utils.cache.RefreshResult;

/**
 * Temporary credentials fetched again before they expire, the way the SDK's STS providers do it
 * (its {@link CachedSupplier}: stale and prefetch times before the expiry), for the two fetches the
 * SDK has no fitting provider for:
 *
 * <ul>
 *   <li>an MFA session (GetSessionToken): each fetch needs a fresh code, so it asks the user in
 *       place; the SDK's {@code StsGetSessionTokenCredentialsProvider} takes one fixed request;
 *   <li>IAM Identity Center role credentials (GetRoleCredentials, each with a fresh token): the
 *       SDK's {@code SsoCredentialsProvider} drops the expiry, and the prompt needs it.
 * </ul>
 */
final class RefreshingCredentials implements AwsCredentialsProvider, SdkAutoCloseable {

    private final String name;
    private final Supplier<AwsSessionCredentials> fetch;
    private final Duration staleTime;
    private final Duration prefetchTime;
    private final CachedSupplier<AwsSessionCredentials> cache;

    /**
     * @param name  what the credentials are, for {@link #toString()} (no secret)
     * @param fetch the call; its credentials must carry their {@code expirationTime}
     */
    RefreshingCredentials(
            String name,
            Supplier<AwsSessionCredentials> fetch,
            Duration staleTime,
            Duration prefetchTime,
            Clock clock) {
        this.name = name;
        this.fetch = fetch;
        this.staleTime = staleTime;
        this.prefetchTime = prefetchTime;
        this.cache = CachedSupplier.builder(this::refresh)
                .cachedValueName("RefreshingCredentials(" + name + ")")
                .clock(clock)
                .build();
    }

    private RefreshResult<AwsSessionCredentials> refresh() {
        AwsSessionCredentials credentials = fetch.get();
        Instant expires = credentials
                .expirationTime()
                .orElseThrow(() -> new IllegalStateException(name + ": credentials without an expiry"));
        return RefreshResult.builder(credentials)
                .staleTime(expires.minus(staleTime))
                .prefetchTime(expires.minus(prefetchTime))
                .build();
    }

    @Override
    public AwsCredentials resolveCredentials() {
        return cache.get();
    }

    @Override
    public void close() {
        cache.close();
    }

    @Override
    public String toString() {
        return "RefreshingCredentials(" + name + ")";
    }
}

package dev.xacct.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.GetSessionTokenRequest;
import software.amazon.awssdk.utils.SdkAutoCloseable;
import software.amazon.awssdk.utils.cache.CachedSupplier;
import software.amazon.awssdk.utils.cache.RefreshResult;

/**
 * An MFA-backed session (STS GetSessionToken with a code), refreshed the way the SDK's STS
 * providers refresh (its {@link CachedSupplier}): each refresh needs a fresh code, so it asks the
 * code supplier, i.e. the user, in place. The SDK's {@code StsGetSessionTokenCredentialsProvider}
 * takes one fixed request and cannot do that.
 */
final class MfaSessionCredentialsProvider implements AwsCredentialsProvider, SdkAutoCloseable {

    private final StsClient sts;
    private final String serial;
    private final Supplier<String> codes;
    private final Duration staleTime;
    private final Duration prefetchTime;
    private final CachedSupplier<AwsSessionCredentials> cache;

    MfaSessionCredentialsProvider(
            StsClient sts,
            String serial,
            Supplier<String> codes,
            Duration staleTime,
            Duration prefetchTime,
            Clock clock) {
        this.sts = sts;
        this.serial = serial;
        this.codes = codes;
        this.staleTime = staleTime;
        this.prefetchTime = prefetchTime;
        this.cache = CachedSupplier.builder(this::refresh)
                .cachedValueName("MfaSessionCredentialsProvider")
                .clock(clock)
                .build();
    }

    private RefreshResult<AwsSessionCredentials> refresh() {
        Credentials c = sts.getSessionToken(GetSessionTokenRequest.builder()
                        .serialNumber(serial)
                        .tokenCode(codes.get())
                        .build())
                .credentials();
        Instant expires = c.expiration();
        AwsSessionCredentials credentials = AwsSessionCredentials.builder()
                .accessKeyId(c.accessKeyId())
                .secretAccessKey(c.secretAccessKey())
                .sessionToken(c.sessionToken())
                .expirationTime(expires)
                .providerName("MfaSessionCredentialsProvider")
                .build();
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
        return "MfaSessionCredentialsProvider(" + serial + ")";
    }
}

package dev.xacct.session.sso;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.model.RoleCredentials;
import software.amazon.awssdk.utils.SdkAutoCloseable;
import software.amazon.awssdk.utils.cache.CachedSupplier;
import software.amazon.awssdk.utils.cache.RefreshResult;

/**
 * Role credentials from the access portal (GetRoleCredentials), refreshed the way the SDK's
 * {@code SsoCredentialsProvider} refreshes them (its {@link CachedSupplier}, stale 1 minute and
 * prefetch 5 minutes before expiry), each time with a fresh token. Unlike the SDK's provider, the
 * credentials carry their {@code expirationTime}, so the prompt can show the time left.
 */
final class SsoRoleCredentialsProvider implements AwsCredentialsProvider, SdkAutoCloseable {

    private static final Duration STALE = Duration.ofMinutes(1);
    private static final Duration PREFETCH = Duration.ofMinutes(5);

    private final SsoClient portal;
    private final String accountId;
    private final String roleName;
    private final Supplier<String> accessToken;
    private final CachedSupplier<AwsSessionCredentials> cache;

    SsoRoleCredentialsProvider(SsoClient portal, String accountId, String roleName, Supplier<String> accessToken) {
        this.portal = portal;
        this.accountId = accountId;
        this.roleName = roleName;
        this.accessToken = accessToken;
        this.cache = CachedSupplier.builder(this::refresh)
                .cachedValueName("SsoRoleCredentialsProvider")
                .build();
    }

    private RefreshResult<AwsSessionCredentials> refresh() {
        RoleCredentials c = portal.getRoleCredentials(
                        r -> r.accountId(accountId).roleName(roleName).accessToken(accessToken.get()))
                .roleCredentials();
        Instant expires = Instant.ofEpochMilli(c.expiration());
        AwsSessionCredentials credentials = AwsSessionCredentials.builder()
                .accessKeyId(c.accessKeyId())
                .secretAccessKey(c.secretAccessKey())
                .sessionToken(c.sessionToken())
                .expirationTime(expires)
                .accountId(accountId)
                .build();
        return RefreshResult.builder(credentials)
                .staleTime(expires.minus(STALE))
                .prefetchTime(expires.minus(PREFETCH))
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
        return "SsoRoleCredentialsProvider(" + accountId + "/" + roleName + ")";
    }
}

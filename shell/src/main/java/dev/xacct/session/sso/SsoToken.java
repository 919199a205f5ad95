package dev.xacct.session.sso;

import java.time.Instant;
import java.util.Optional;

/**
 * An IAM Identity Center access token as the AWS CLI caches it in {@code ~/.aws/sso/cache}.
 * Every field but {@code expiresAt}, {@code region} and {@code startUrl} is secret: {@link #toString()}
 * shows none of them.
 *
 * @param accessToken           the bearer token for the portal API
 * @param expiresAt             when it stops working
 * @param refreshToken          exchanges for a new access token (only when the registration had scopes)
 * @param clientId              the OIDC client registration the token came from
 * @param clientSecret          that registration's secret
 * @param registrationExpiresAt when the registration (and so the refresh) stops working
 * @param region                the Identity Center region
 * @param startUrl              the access portal URL
 */
public record SsoToken(
        String accessToken,
        Instant expiresAt,
        Optional<String> refreshToken,
        Optional<String> clientId,
        Optional<String> clientSecret,
        Optional<Instant> registrationExpiresAt,
        Optional<String> region,
        Optional<String> startUrl) {

    /** Whether the refresh token can still be exchanged at {@code now}. */
    public boolean refreshable(Instant now) {
        return refreshToken.isPresent()
                && clientId.isPresent()
                && clientSecret.isPresent()
                && registrationExpiresAt.map(now::isBefore).orElse(false);
    }

    /** The same registration with a new access (and maybe refresh) token. */
    SsoToken renewed(String newAccessToken, Instant newExpiresAt, Optional<String> newRefreshToken) {
        return new SsoToken(
                newAccessToken,
                newExpiresAt,
                newRefreshToken.or(() -> refreshToken),
                clientId,
                clientSecret,
                registrationExpiresAt,
                region,
                startUrl);
    }

    @Override
    public String toString() {
        return "SsoToken[expiresAt=" + expiresAt + ", refreshable=" + refreshToken.isPresent() + ", startUrl="
                + startUrl.orElse("?") + "]";
    }
}

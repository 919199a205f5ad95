package dev.xacct.session.sso;

import dev.xacct.shell.UserError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;

/**
 * A working access token from the cache: a token within 5 minutes of expiry is refreshed with
 * its refresh token when it has one (CreateToken, grant {@code refresh_token}, as the SDK's token
 * provider does) and written back; one that cannot be refreshed is used until a minute before it
 * expires; then every call says to run {@code sso login}. The 5 and 1 minutes are the SDK's
 * prefetch and stale times. No token or secret reaches a message.
 */
final class TokenRefresh {

    /** Refresh a token this long before it expires (the SDK's prefetch time). */
    static final Duration REFRESH_BEFORE = Duration.ofMinutes(5);
    /** Treat a token as expired this long before it does (the SDK's stale time). */
    static final Duration STALE_BEFORE = Duration.ofMinutes(1);

    private final SsoTokenCache cache;
    private final Function<SsoSessionConfig, SsoOidcClient> oidc;
    private final Clock clock;

    TokenRefresh(SsoTokenCache cache, Function<SsoSessionConfig, SsoOidcClient> oidc, Clock clock) {
        this.cache = cache;
        this.oidc = oidc;
        this.clock = clock;
    }

    /** The access token to use now for {@code config}; a one-line "run sso login" error when there is none. */
    String accessToken(SsoSessionConfig config) {
        SsoToken token = cache.token(config)
                .orElseThrow(() -> new UserError("not signed in to " + config.label() + " (no token in "
                        + cache.folder() + "): run '" + config.loginCommand() + "'"));
        Instant now = clock.instant();
        if (token.expiresAt().isAfter(now.plus(REFRESH_BEFORE))) {
            return token.accessToken();
        }
        if (token.refreshable(now)) {
            try {
                CreateTokenResponse renewed = oidc.apply(config)
                        .createToken(r -> r.grantType("refresh_token")
                                .clientId(token.clientId().get())
                                .clientSecret(token.clientSecret().get())
                                .refreshToken(token.refreshToken().get()));
                SsoToken fresh = token.renewed(
                        renewed.accessToken(),
                        clock.instant().plusSeconds(renewed.expiresIn() == null ? 3600 : renewed.expiresIn()),
                        Optional.ofNullable(renewed.refreshToken()));
                cache.store(config, fresh);
                return fresh.accessToken();
            } catch (AwsServiceException refused) {
                // the refresh token was revoked or expired: fall through to what the old token still allows
            }
        }
        if (token.expiresAt().isAfter(now.plus(STALE_BEFORE))) {
            return token.accessToken();
        }
        throw new UserError("the IAM Identity Center login for " + config.label() + " has expired"
                + (token.refreshToken().isPresent() ? " and could not be refreshed" : "") + ": run '"
                + config.loginCommand() + "'");
    }
}

package dev.xacct.session.sso;

import dev.xacct.shell.UserError;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.AccessDeniedException;
import software.amazon.awssdk.services.ssooidc.model.AuthorizationPendingException;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;
import software.amazon.awssdk.services.ssooidc.model.ExpiredTokenException;
import software.amazon.awssdk.services.ssooidc.model.RegisterClientResponse;
import software.amazon.awssdk.services.ssooidc.model.SlowDownException;
import software.amazon.awssdk.services.ssooidc.model.StartDeviceAuthorizationResponse;

/**
 * The OAuth 2.0 device authorization grant (<a href="https://www.rfc-editor.org/rfc/rfc8628">RFC
 * 8628</a>) against SSO OIDC, as {@code aws sso login --use-device-code} runs it: register a
 * public client (or reuse the cached registration), StartDeviceAuthorization, show the code, then
 * CreateToken every {@code interval} seconds: {@code authorization_pending} waits,
 * {@code slow_down} adds 5 seconds, {@code expired_token} ends it.
 */
final class DeviceLogin {

    static final String DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
    private static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);
    private static final Duration SLOW_DOWN = Duration.ofSeconds(5);

    /** Waits between polls; tests pass one that does not wait. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final SsoOidcClient oidc;
    private final SsoTokenCache cache;
    private final Clock clock;
    private final Sleeper sleeper;

    DeviceLogin(SsoOidcClient oidc, SsoTokenCache cache, Clock clock, Sleeper sleeper) {
        this.oidc = oidc;
        this.cache = cache;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Signs in and returns the token (not yet stored); {@code show} tells the user what to open. */
    SsoToken login(SsoSessionConfig config, Consumer<DeviceCode> show) {
        ClientRegistration registration = registration(config);
        StartDeviceAuthorizationResponse started =
                oidc.startDeviceAuthorization(r -> r.clientId(registration.clientId())
                        .clientSecret(registration.clientSecret())
                        .startUrl(config.startUrl()));
        Instant deadline = clock.instant().plusSeconds(started.expiresIn() == null ? 600 : started.expiresIn());
        show.accept(new DeviceCode(
                started.userCode(),
                URI.create(started.verificationUri()),
                URI.create(
                        Optional.ofNullable(started.verificationUriComplete()).orElse(started.verificationUri())),
                deadline));
        Duration interval = started.interval() == null || started.interval() < 1
                ? DEFAULT_INTERVAL
                : Duration.ofSeconds(started.interval());
        while (true) {
            pause(interval);
            if (clock.instant().isAfter(deadline)) {
                throw expired(config);
            }
            try {
                CreateTokenResponse token = oidc.createToken(r -> r.grantType(DEVICE_GRANT)
                        .clientId(registration.clientId())
                        .clientSecret(registration.clientSecret())
                        .deviceCode(started.deviceCode()));
                return new SsoToken(
                        token.accessToken(),
                        clock.instant().plusSeconds(token.expiresIn() == null ? 3600 : token.expiresIn()),
                        Optional.ofNullable(token.refreshToken()),
                        Optional.of(registration.clientId()),
                        Optional.of(registration.clientSecret()),
                        Optional.of(registration.expiresAt()),
                        Optional.of(config.region()),
                        Optional.of(config.startUrl()));
            } catch (AuthorizationPendingException pending) {
                // not approved yet
            } catch (SlowDownException slowDown) {
                interval = interval.plus(SLOW_DOWN);
            } catch (ExpiredTokenException e) {
                throw expired(config);
            } catch (AccessDeniedException e) {
                throw new UserError("the sign-in to " + config.label() + " was denied in the browser; run '"
                        + config.loginCommand() + "' to try again");
            }
        }
    }

    private ClientRegistration registration(SsoSessionConfig config) {
        Instant now = clock.instant();
        Optional<ClientRegistration> cached = cache.registration(config).filter(r -> r.usableForDeviceFlow(now));
        if (cached.isPresent()) {
            return cached.get();
        }
        RegisterClientResponse registered = oidc.registerClient(r -> {
            r.clientName("xacct-" + config.name().orElse(Long.toString(now.getEpochSecond())))
                    .clientType("public");
            if (!config.registrationScopes().isEmpty()) {
                r.scopes(config.registrationScopes());
            }
        });
        ClientRegistration registration = new ClientRegistration(
                registered.clientId(),
                registered.clientSecret(),
                Instant.ofEpochSecond(registered.clientSecretExpiresAt()),
                config.registrationScopes(),
                java.util.List.of());
        cache.storeRegistration(config, registration);
        return registration;
    }

    private void pause(Duration interval) {
        try {
            sleeper.sleep(interval);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted: not signed in");
        }
    }

    private static UserError expired(SsoSessionConfig config) {
        return new UserError("the sign-in code expired before it was approved; run '" + config.loginCommand()
                + "' and approve it within the time shown");
    }
}

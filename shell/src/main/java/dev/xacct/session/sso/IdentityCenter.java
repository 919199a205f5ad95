package dev.xacct.session.sso;

import dev.xacct.aws.AwsErrors;
import dev.xacct.shell.Suggestions;
import dev.xacct.shell.UsageError;
import dev.xacct.shell.UserError;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.model.AccountInfo;
import software.amazon.awssdk.services.sso.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sso.model.RoleCredentials;
import software.amazon.awssdk.services.sso.model.RoleInfo;
import software.amazon.awssdk.services.sso.model.UnauthorizedException;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;

/**
 * IAM Identity Center for the shell: sign in with the device flow, keep the token fresh in the
 * AWS CLI's cache, list what the login grants (portal ListAccounts and ListAccountRoles, every
 * page), and turn an account and role into credentials (GetRoleCredentials).
 *
 * <p>Tokens are kept fresh by {@link TokenRefresh} (refreshed near expiry when refreshable, then
 * "run sso login"). The SDK's own
 * {@code SsoOidcTokenProvider} is not used: it fixes the cache folder when its class loads and
 * rewrites the file in place, and the cache here must follow {@code $HOME} and be replaced
 * atomically with mode 0600.
 *
 * <p>Thread-safe. No token, client secret or refresh token reaches a message or a log.
 */
public final class IdentityCenter {

    /** What a sign-in left behind. */
    public record LoggedIn(SsoSessionConfig config, Path tokenFile, Instant expiresAt, boolean refreshable) {}

    private final Function<Region, SsoClient> portal;
    private final Function<Region, SsoOidcClient> oidc;
    private final SsoConfigs configs;
    private final SsoTokenCache cache;
    private final Clock clock;
    private final DeviceLogin.Sleeper sleeper;
    private final TokenRefresh tokens;
    private final Map<String, List<SsoAccount>> accountsByLogin = new ConcurrentHashMap<>();
    private final Map<String, List<String>> rolesByAccount = new ConcurrentHashMap<>();
    private volatile SsoSessionConfig lastUsed;

    /**
     * @param portal the portal client (SSO) of a region, unsigned
     * @param oidc   the SSO OIDC client of a region, unsigned
     */
    public IdentityCenter(
            Function<Region, SsoClient> portal,
            Function<Region, SsoOidcClient> oidc,
            SsoConfigs configs,
            SsoTokenCache cache,
            Clock clock) {
        this(portal, oidc, configs, cache, clock, duration -> Thread.sleep(duration.toMillis()));
    }

    IdentityCenter(
            Function<Region, SsoClient> portal,
            Function<Region, SsoOidcClient> oidc,
            SsoConfigs configs,
            SsoTokenCache cache,
            Clock clock,
            DeviceLogin.Sleeper sleeper) {
        this.portal = portal;
        this.oidc = oidc;
        this.configs = configs;
        this.cache = cache;
        this.clock = clock;
        this.sleeper = sleeper;
        this.tokens = new TokenRefresh(cache, this::oidc, clock);
    }

    public SsoConfigs configs() {
        return configs;
    }

    public SsoTokenCache cache() {
        return cache;
    }

    // ---- sign in and out ---------------------------------------------------------------------

    /** The device sign-in; {@code show} gets the code to show (and open) while it waits for approval. */
    public LoggedIn login(SsoSessionConfig config, Consumer<DeviceCode> show) {
        SsoToken token = new DeviceLogin(oidc(config), cache, clock, sleeper).login(config, show);
        Path file = cache.store(config, token);
        lastUsed = config;
        accountsByLogin.remove(config.cacheKey());
        return new LoggedIn(
                config, file, token.expiresAt(), token.refreshToken().isPresent());
    }

    /**
     * Signs out: the portal's Logout for each token (errors ignored, as the AWS CLI does), then the
     * token file goes. With no config, every token of the cache goes (like {@code aws sso logout}).
     *
     * @return the start URLs (or files) signed out of
     */
    public List<String> logout(Optional<SsoSessionConfig> only) {
        List<String> done = new ArrayList<>();
        for (SsoTokenCache.CachedToken token : cache.tokens()) {
            boolean matches =
                    only.map(c -> cache.tokenFile(c).equals(token.file())).orElse(true);
            if (!matches) {
                continue;
            }
            token.region().ifPresent(region -> {
                try {
                    portal.apply(Region.of(region)).logout(r -> r.accessToken(token.accessToken()));
                } catch (RuntimeException alreadyInvalid) {
                    // an expired or revoked token cannot be signed out twice; the file still goes
                }
            });
            cache.delete(token.file());
            done.add(token.startUrl().orElse(token.file().getFileName().toString()));
        }
        only.ifPresent(c -> accountsByLogin.remove(c.cacheKey()));
        if (only.isEmpty()) {
            accountsByLogin.clear();
            lastUsed = null;
        }
        return done;
    }

    /** When the cached token of {@code config} expires; empty when there is none. Reads the cache only. */
    public Optional<Instant> tokenExpiry(SsoSessionConfig config) {
        return cache.token(config).map(SsoToken::expiresAt);
    }

    /**
     * A working access token for {@code config}: the cached one, refreshed when near expiry and
     * refreshable; a one-line "run sso login" error when there is none or it expired.
     */
    public String accessToken(SsoSessionConfig config) {
        return tokens.accessToken(config);
    }

    // ---- what the login grants -----------------------------------------------------------------

    /** Every account the login grants (ListAccounts, every page), in the portal's order. */
    public List<SsoAccount> accounts(SsoSessionConfig config) {
        String token = accessToken(config);
        List<SsoAccount> accounts = new ArrayList<>();
        portal(config, () -> {
            for (var page : sso(config).listAccountsPaginator(r -> r.accessToken(token))) {
                for (AccountInfo a : page.accountList()) {
                    accounts.add(new SsoAccount(a.accountId(), a.accountName(), a.emailAddress()));
                }
            }
            return null;
        });
        lastUsed = config;
        accountsByLogin.put(config.cacheKey(), List.copyOf(accounts));
        return accounts;
    }

    /** The roles (permission sets) the login grants in one account (ListAccountRoles, every page). */
    public List<String> roles(SsoSessionConfig config, String accountId) {
        String token = accessToken(config);
        List<String> roles = new ArrayList<>();
        portal(config, () -> {
            for (var page : sso(config)
                    .listAccountRolesPaginator(r -> r.accessToken(token).accountId(accountId))) {
                page.roleList().stream().map(RoleInfo::roleName).forEach(roles::add);
            }
            return null;
        });
        rolesByAccount.put(config.cacheKey() + "|" + accountId, List.copyOf(roles));
        return roles;
    }

    /** Every account × role the login grants. */
    public List<SsoAssignment> assignments(SsoSessionConfig config) {
        List<SsoAssignment> all = new ArrayList<>();
        for (SsoAccount account : accounts(config)) {
            roles(config, account.id()).forEach(role -> all.add(new SsoAssignment(account, role)));
        }
        return all;
    }

    /**
     * The account named by {@code idOrName} (its id, or its name ignoring case), or a one-line
     * error naming the closest accounts the login grants.
     */
    public SsoAccount account(SsoSessionConfig config, String idOrName) {
        List<SsoAccount> accounts = accounts(config);
        String wanted = idOrName.strip();
        return accounts.stream()
                .filter(a -> a.id().equals(wanted))
                .findFirst()
                .or(() -> accounts.stream()
                        .filter(a -> a.name() != null && a.name().equalsIgnoreCase(wanted))
                        .findFirst())
                .orElseThrow(() -> new UserError("the login for " + config.label() + " grants no account '"
                        + wanted + "'"
                        + Suggestions.didYouMean(
                                        wanted,
                                        accounts.stream()
                                                .map(SsoAccount::name)
                                                .filter(n -> n != null)
                                                .toList(),
                                        3)
                                .orElse("; 'sso accounts' lists the accounts and roles it grants")));
    }

    /** {@code roleName} as the login grants it in {@code account} (exact, else ignoring case), or a one-line error. */
    public String role(SsoSessionConfig config, SsoAccount account, String roleName) {
        List<String> roles = roles(config, account.id());
        return roles.stream()
                .filter(roleName::equals)
                .findFirst()
                .or(() -> roles.stream().filter(roleName::equalsIgnoreCase).findFirst())
                .orElseThrow(() -> new UserError("the login for " + config.label() + " grants no role '" + roleName
                        + "' in " + account.name() + " (" + account.id() + ")"
                        + (roles.isEmpty() ? "" : "; roles there: " + String.join(", ", roles))));
    }

    /** Accounts listed earlier in this run (for completion; never calls AWS). */
    public List<SsoAccount> knownAccounts() {
        SsoSessionConfig config = lastUsed;
        return config == null ? List.of() : accountsByLogin.getOrDefault(config.cacheKey(), List.of());
    }

    /** Roles of an account listed earlier in this run (for completion; never calls AWS). */
    public List<String> knownRoles(String accountId) {
        SsoSessionConfig config = lastUsed;
        return config == null ? List.of() : rolesByAccount.getOrDefault(config.cacheKey() + "|" + accountId, List.of());
    }

    /** The sign-in used last in this run, if any. */
    public Optional<SsoSessionConfig> lastUsed() {
        return Optional.ofNullable(lastUsed);
    }

    /**
     * The only sso-session configured, or a usage error saying which flags choose one (for
     * commands given no {@code --sso-session}, {@code --profile} or {@code --start-url}).
     */
    public SsoSessionConfig onlyConfigured() {
        List<String> names = configs.sessionNames();
        if (names.size() == 1) {
            return configs.session(names.get(0));
        }
        throw new UsageError(
                names.isEmpty()
                        ? "no sso-session is configured: give --start-url URL --sso-region R, or add one with "
                                + "'aws configure sso-session'"
                        : "which sign-in? give --sso-session NAME (" + String.join(", ", names) + ") or --profile P");
    }

    // ---- credentials -------------------------------------------------------------------------

    /**
     * Credentials for {@code roleName} in {@code accountId} (GetRoleCredentials with a working
     * token), carrying their expiry; a refusal is one line. Call it again for fresh ones.
     */
    public AwsSessionCredentials roleCredentials(SsoSessionConfig config, String accountId, String roleName) {
        try {
            RoleCredentials c = portal(
                    config,
                    () -> sso(config)
                            .getRoleCredentials(r ->
                                    r.accountId(accountId).roleName(roleName).accessToken(accessToken(config)))
                            .roleCredentials());
            lastUsed = config;
            return AwsSessionCredentials.builder()
                    .accessKeyId(c.accessKeyId())
                    .secretAccessKey(c.secretAccessKey())
                    .sessionToken(c.sessionToken())
                    .expirationTime(Instant.ofEpochMilli(c.expiration()))
                    .accountId(accountId)
                    .build();
        } catch (UserError e) {
            throw e;
        } catch (RuntimeException e) {
            Optional<AwsServiceException> service = AwsErrors.serviceError(e);
            // ForbiddenException (403) is not in the SDK's model; it arrives as a plain SsoException.
            if (service.isPresent()
                    && (service.get().statusCode() == 403 || service.get() instanceof ResourceNotFoundException)) {
                throw new UserError(
                        "the login for " + config.label() + " grants no role '" + roleName + "' in account " + accountId
                                + ": 'sso accounts' lists the accounts and roles it grants",
                        e);
            }
            throw e;
        }
    }

    private <T> T portal(SsoSessionConfig config, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            Optional<AwsServiceException> service = AwsErrors.serviceError(e);
            if (service.isPresent() && service.get() instanceof UnauthorizedException) {
                throw new UserError(
                        "IAM Identity Center no longer accepts the login for " + config.label()
                                + " (signed out or expired): run '" + config.loginCommand() + "'",
                        e);
            }
            throw e;
        }
    }

    private SsoClient sso(SsoSessionConfig config) {
        return portal.apply(Region.of(config.region()));
    }

    private SsoOidcClient oidc(SsoSessionConfig config) {
        return oidc.apply(Region.of(config.region()));
    }
}

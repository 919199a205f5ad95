package dev.xacct.session;

import dev.xacct.session.sso.IdentityCenter;
import dev.xacct.session.sso.ProfileBlocks;
import dev.xacct.session.sso.SsoAccount;
import dev.xacct.session.sso.SsoConfigs;
import dev.xacct.session.sso.SsoSessionConfig;
import dev.xacct.session.sso.SsoTokenCache;
import dev.xacct.shell.UsageError;
import dev.xacct.shell.UserError;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;

/**
 * Sessions from IAM Identity Center without a profile ({@code sso use ACCOUNT/ROLE}, fan-out with
 * {@code --sso-role}), and which sign-in a command means when it names none.
 */
public final class SsoSessions {

    private final AwsSettings settings;
    private final ProfileCatalog profiles;
    private final IdentityCenter identityCenter;
    private final Supplier<Region> defaultRegion;
    private final Clock clock;

    /**
     * @param clients       the portal and OIDC clients come from here, unsigned
     * @param clock         ages tokens
     * @param defaultRegion the region of the sessions opened
     */
    SsoSessions(
            AwsSettings settings,
            ProfileCatalog profiles,
            AwsClients clients,
            Clock clock,
            Supplier<Region> defaultRegion) {
        this.settings = settings;
        this.profiles = profiles;
        this.identityCenter = new IdentityCenter(
                region -> clients.anonymous(SsoClient.class, region),
                region -> clients.anonymous(SsoOidcClient.class, region),
                new SsoConfigs(profiles::file, settings::configFile),
                new SsoTokenCache(settings.ssoCache()),
                clock);
        this.defaultRegion = defaultRegion;
        this.clock = clock;
    }

    /**
     * Role credentials from the login that fetch themselves again (GetRoleCredentials, 1 minute
     * stale and 5 minutes prefetch before expiry, as the SDK's providers); the first are fetched
     * now, so a refusal is reported at once.
     */
    SessionCredentials roleCredentials(SsoSessionConfig config, String accountId, String roleName) {
        SessionCredentials credentials = new SessionCredentials(new RefreshingCredentials(
                config.label() + " " + accountId + "/" + roleName,
                () -> identityCenter.roleCredentials(config, accountId, roleName),
                Duration.ofMinutes(1),
                Duration.ofMinutes(5),
                clock));
        try {
            credentials.resolveCredentials();
        } catch (RuntimeException e) {
            credentials.close();
            throw e;
        }
        return credentials;
    }

    /** IAM Identity Center on the AWS CLI's cache ({@code AwsSettings#ssoCache()}). */
    public IdentityCenter identityCenter() {
        return identityCenter;
    }

    /**
     * The sign-in a command means: {@code --sso-session}, else {@code --profile}'s, else
     * {@code --start-url} with {@code --sso-region}, else the one used last in this run, else the
     * base profile's, else the only sso-session configured.
     */
    public SsoSessionConfig select(
            Optional<String> ssoSession,
            Optional<String> profile,
            Optional<String> startUrl,
            Optional<String> ssoRegion) {
        int given = (ssoSession.isPresent() ? 1 : 0) + (profile.isPresent() ? 1 : 0) + (startUrl.isPresent() ? 1 : 0);
        if (given > 1) {
            throw new UsageError("give one of --sso-session, --profile or --start-url");
        }
        if (ssoRegion.isPresent() && startUrl.isEmpty()) {
            throw new UsageError("--sso-region goes with --start-url");
        }
        if (ssoSession.isPresent()) {
            return identityCenter.configs().session(ssoSession.get());
        }
        if (profile.isPresent()) {
            AwsProfile p = profiles.require(profile.get());
            return ofProfile(p)
                    .orElseThrow(() -> new UserError("profile '" + p.name() + "' is not an IAM Identity Center profile "
                            + "(no sso_session or sso_start_url); 'profiles' shows which ones are"));
        }
        if (startUrl.isPresent()) {
            return SsoSessionConfig.legacy(
                    startUrl.get(),
                    ssoRegion.orElseThrow(() -> new UsageError(
                            "--start-url needs --sso-region, the region of IAM Identity Center (e.g. us-east-1)")));
        }
        return identityCenter
                .lastUsed()
                .or(() -> settings.profile().flatMap(profiles::find).flatMap(this::ofProfile))
                .orElseGet(identityCenter::onlyConfigured);
    }

    private Optional<SsoSessionConfig> ofProfile(AwsProfile profile) {
        return identityCenter.configs().ofProfile(profile.name(), profile.properties());
    }

    /**
     * A session for {@code roleName} in the account named {@code account} (id or name), checked
     * against what the login grants; not yet listed ({@link SessionManager#add}).
     *
     * @param alias the session's name; default {@code <account-name>.<role>}
     */
    public Session open(SsoSessionConfig config, String account, String roleName, Optional<String> alias) {
        alias.ifPresent(Session::checkAlias);
        SsoAccount found = identityCenter.account(config, account);
        String role = identityCenter.role(config, found, roleName);
        String name = alias.orElseGet(() -> ProfileBlocks.defaultName(found, role));
        Session.checkAlias(name);
        SessionCredentials credentials = roleCredentials(config, found.id(), role);
        return new Session(
                Session.newId(),
                name,
                Session.Kind.SSO,
                config.label() + " " + found.id() + "/" + role,
                defaultRegion.get(),
                Optional.empty(),
                credentials,
                Optional.empty());
    }

    /**
     * A session for {@code roleName} in {@code accountId}, not checked first and never listed: for
     * fan-out, which reports refusals per account. Call {@link AwsClients#evict(String)} with its id when done.
     */
    public Session unlisted(SsoSessionConfig config, String accountId, String roleName) {
        SessionCredentials credentials = roleCredentials(config, accountId, roleName);
        return new Session(
                Session.newId(),
                roleName + "@" + accountId,
                Session.Kind.SSO,
                config.label() + " " + accountId + "/" + roleName,
                defaultRegion.get(),
                Optional.empty(),
                credentials,
                Optional.empty());
    }
}

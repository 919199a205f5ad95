package dev.xacct.session;

import dev.xacct.session.sso.IdentityCenter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * The identities of one shell run: the base session (SDK default chain, built on first use),
 * sessions opened from profiles or assumed from the current one, which one is current, and the
 * previous one for {@code back}. This is what other packages ask for "who am I acting as":
 *
 * <pre>{@code
 * Session me = sessions.current();                   // the current session (builds the base one lazily)
 * S3Client s3 = sessions.client(S3Client.class);    // an SDK client acting as it, in its region
 * S3Client s3 = clients.get(sessions.find("prod"), S3Client.class, Region.EU_WEST_1);
 * }</pre>
 *
 * A façade: the list itself (current, previous, forget) is {@link SessionList}; opening sessions
 * is the openers' job ({@code BaseSessions}, {@code ProfileSessions}, {@code RoleSessions},
 * {@link SsoSessions}); this class wires them and closes what leaves the list.
 *
 * Thread-safe. Credentials stay in memory; nothing here prints or stores secrets.
 */
public final class SessionManager {

    private final AwsSettings settings;
    private final ProfileCatalog profiles;
    private final AwsClients clients;
    private final Assumer assumer;
    private final RoleSessions roles;
    private final IdentityCenter identityCenter;
    private final ProfileSessions profileSessions;
    private final SsoSessions ssoSessions;
    private final BaseSessions baseSessions;
    private final SessionList list;
    private volatile Consumer<String> noteSink = note -> {};

    /**
     * @param baseCredentials the base session's provider; {@code null} for the SDK default chain
     *                        (with {@code --profile} if given)
     */
    public SessionManager(
            AwsSettings settings,
            ProfileCatalog profiles,
            AwsClients clients,
            MfaCodeSource mfa,
            Supplier<AwsCredentialsProvider> baseCredentials) {
        this(
                settings,
                profiles,
                clients,
                mfa,
                baseCredentials,
                Duration.ofMinutes(1),
                Duration.ofMinutes(5),
                Clock.systemUTC());
    }

    /** As above, with the STS providers' stale and prefetch times and the clock of MFA sessions (tests move it). */
    public SessionManager(
            AwsSettings settings,
            ProfileCatalog profiles,
            AwsClients clients,
            MfaCodeSource mfa,
            Supplier<AwsCredentialsProvider> baseCredentials,
            Duration staleTime,
            Duration prefetchTime,
            Clock clock) {
        this.settings = settings;
        this.profiles = profiles;
        this.clients = clients;
        this.baseSessions = new BaseSessions(settings, profiles, baseCredentials);
        this.assumer = new Assumer(clients, mfa, this::identify, staleTime, prefetchTime, clock);
        this.roles = new RoleSessions(assumer, this::identityOf);
        this.ssoSessions = new SsoSessions(settings, profiles, clients, clock, baseSessions::defaultRegion);
        this.identityCenter = ssoSessions.identityCenter();
        this.profileSessions = new ProfileSessions(
                settings, profiles, assumer, ssoSessions, baseSessions::defaultRegion, roles::remember);
        this.list = new SessionList(() -> baseSessions.open(profileSessions, noteSink), this::release);
    }

    public AwsSettings settings() {
        return settings;
    }

    public AwsClients clients() {
        return clients;
    }

    public ProfileCatalog profiles() {
        return profiles;
    }

    /** IAM Identity Center: sign-in, the token cache, what the login grants. */
    public IdentityCenter identityCenter() {
        return identityCenter;
    }

    /**
     * Where notes about a session opened without a command of its own go: the base session's
     * capped duration (a role profile given with {@code --profile}). The shell prints them on stderr.
     */
    public void setNoteSink(Consumer<String> sink) {
        this.noteSink = sink;
    }

    // ---- which session (the list: SessionList) ----------------------------------------------

    /** The current session; the first call builds the base session (no AWS call yet). */
    public Session current() {
        return list.current();
    }

    /** The current session if one was built already; never builds or calls anything (the prompt uses this). */
    public Optional<Session> currentIfOpen() {
        return list.currentIfOpen();
    }

    /** An SDK client acting as the current session, in its region. See {@link AwsClients}. */
    public <T extends SdkClient> T client(Class<T> type) {
        return clients.get(current(), type);
    }

    /** Every session in the order opened (the base first once built). */
    public List<Session> all() {
        return list.all();
    }

    public List<String> aliases() {
        return list.aliases();
    }

    public boolean isCurrent(Session session) {
        return list.isCurrent(session);
    }

    /** The session called {@code alias}, or a one-line error naming the closest aliases. */
    public Session find(String alias) {
        return list.find(alias);
    }

    public Session switchTo(String alias) {
        return list.switchTo(alias);
    }

    /** Back to the previous session (like {@code cd -}: twice returns). */
    public Session back() {
        return list.back();
    }

    /**
     * Forgets a session: its credentials and clients go (unless sessions assumed from it still
     * need them). Forgetting the current one makes the previous (or base) one current.
     */
    public Session forget(String alias) {
        return list.forget(alias);
    }

    /**
     * Forgets every listed session that is not the base one and matches {@code which} (e.g. the
     * sessions of an IAM Identity Center login on {@code sso logout}).
     *
     * @return the aliases forgotten
     */
    public List<String> forgetWhere(Predicate<Session> which) {
        return list.forgetWhere(which);
    }

    /** Closes a session that left the list, unless sessions assumed from it still need its credentials. */
    private void release(Session gone) {
        if (list.hasDependents(gone.id())) {
            return;
        }
        clients.evict(gone.id());
        String key = gone.credentials().accessKeyId();
        gone.credentials().close();
        if (!key.isEmpty() && !list.usesAccessKey(key)) {
            assumer.forgetMfaSessionsOf(key);
        }
    }

    /** Sets the current session's region ({@code region R}). */
    public Session setRegion(String regionName) {
        Region region = RegionInput.parse(regionName);
        synchronized (list) {
            return list.update(current().withRegion(region));
        }
    }

    // ---- who --------------------------------------------------------------------------------

    /** Asks STS who a session is (GetCallerIdentity) and remembers it. */
    public Identity identify(Session session) {
        GetCallerIdentityResponse response = clients.sts(session).getCallerIdentity();
        Identity identity = new Identity(response.account(), response.arn(), Optional.ofNullable(response.userId()));
        list.identified(session, identity);
        return identity;
    }

    /** The identity if known, else asks STS. */
    public Identity identityOf(Session session) {
        return session.identity().orElseGet(() -> identify(session));
    }

    // ---- opening sessions -------------------------------------------------------------------

    /** What {@code assume} and {@code use} report. */
    public record Opened(Session session, Optional<String> note) {}

    /**
     * {@code assume ROLE}: assumes a role from the current session and makes it current.
     *
     * @param roleText a role ARN, {@code ACCOUNT:ROLE} or a role name in the current account
     */
    public Opened assume(String roleText, Assumer.Options options, Optional<String> alias) {
        alias.ifPresent(Session::checkAlias);
        Session parent = current();
        Assumer.Assumed assumed = roles.assume(parent, roleText, options);
        String name = alias.orElseGet(() -> defaultAlias(assumed.role()));
        Session session = assumed.session(name, Session.Kind.ASSUMED, assumed.source(), parent.region(), parent);
        roles.remember(session, options);
        return new Opened(register(session), assumed.note());
    }

    /**
     * A role session from {@code parent} that is not registered: for fan-out across accounts
     * (e.g. {@code query run --accounts}). Get clients for it from {@link AwsClients} as usual;
     * call {@link AwsClients#evict(String)} with its id when done.
     */
    public Session assumeUnlisted(Session parent, RoleReference role, Assumer.Options options) {
        return roles.unlisted(parent, role, options);
    }

    /**
     * Whether xacct started this session with AssumeRole itself, and so knows its session policy
     * ({@link #sessionPolicyPassed}). For other sessions nobody knows: AWS cannot tell a session
     * policy back. Used by {@code s3 diagnose} for the session-policy layer.
     */
    public boolean knowsSessionPolicy(Session session) {
        return roles.sessionPolicy(session).isPresent();
    }

    /** The session policy xacct passed when it assumed this session; empty when it passed none (or did not assume it). */
    public Optional<String> sessionPolicyPassed(Session session) {
        return roles.sessionPolicy(session).filter(p -> !p.isEmpty());
    }

    /** Role ARNs assumed (or checked) in this run, for completion. */
    public List<String> seenRoleArns() {
        return roles.seen();
    }

    public void rememberRole(String roleArn) {
        roles.remember(roleArn);
    }

    /**
     * {@code use PROFILE}: a session from a profile (keys, IAM Identity Center, process, or a role
     * profile), made current. A failure leaves every session as it was.
     */
    public Opened use(String profileName, Optional<String> alias) {
        alias.ifPresent(Session::checkAlias);
        String name = alias.orElse(profileName);
        Session.checkAlias(name);
        Opened opened = profileSessions.open(profileName, name, Session.Kind.PROFILE);
        return new Opened(register(opened.session()), opened.note());
    }

    /** Opening sessions from IAM Identity Center ({@code sso use}, fan-out with {@code --sso-role}). */
    public SsoSessions ssoSessions() {
        return ssoSessions;
    }

    /**
     * Lists a session opened elsewhere (e.g. by {@link #ssoSessions()}) and makes it current; one
     * with the alias of a listed session replaces it.
     */
    public Session add(Session session) {
        return register(session);
    }

    private Session register(Session session) {
        return list.register(session);
    }

    private String defaultAlias(RoleReference role) {
        boolean free = list.get(role.roleName())
                .map(taken -> taken.account().map(role.accountId()::equals).orElse(false))
                .orElse(true);
        return free ? role.roleName() : role.roleName() + "@" + role.accountId();
    }
}

package dev.xacct.session;

import dev.xacct.shell.MessageLines;
import dev.xacct.shell.Suggestions;
import dev.xacct.shell.UsageError;
import dev.xacct.shell.UserError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.InstanceProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.exception.SdkClientException;
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
 * Thread-safe. Credentials stay in memory; nothing here prints or stores secrets.
 */
public final class SessionManager {

    private static final Pattern ALIAS = Pattern.compile("[\\w.@+=-]{1,64}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

    private final AwsSettings settings;
    private final ProfileCatalog profiles;
    private final AwsClients clients;
    private final Assumer assumer;
    private final Supplier<AwsCredentialsProvider> baseCredentials;
    private final Map<String, Session> byAlias = new LinkedHashMap<>();
    private final java.util.Set<String> seenRoleArns = new java.util.LinkedHashSet<>();
    /** Session id → the session policy xacct passed to AssumeRole, for the sessions it assumed ("" = none). */
    private final Map<String, String> passedSessionPolicies = new java.util.concurrent.ConcurrentHashMap<>();

    private Session base;
    private String currentAlias;
    private String previousAlias;

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
                java.time.Clock.systemUTC());
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
            java.time.Clock clock) {
        this.settings = settings;
        this.profiles = profiles;
        this.clients = clients;
        this.baseCredentials = baseCredentials;
        this.assumer = new Assumer(clients, mfa, this::identify, staleTime, prefetchTime, clock);
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

    // ---- which session --------------------------------------------------------------------

    /** The current session; the first call builds the base session (no AWS call yet). */
    public synchronized Session current() {
        if (currentAlias == null) {
            Session first = base();
            byAlias.put(first.alias(), first);
            currentAlias = first.alias();
        }
        return byAlias.get(currentAlias);
    }

    /** The current session if one was built already; never builds or calls anything (the prompt uses this). */
    public synchronized Optional<Session> currentIfOpen() {
        return Optional.ofNullable(currentAlias).map(byAlias::get);
    }

    /** An SDK client acting as the current session, in its region. See {@link AwsClients}. */
    public <T extends SdkClient> T client(Class<T> type) {
        return clients.get(current(), type);
    }

    /** Every session in the order opened (the base first once built). */
    public synchronized List<Session> all() {
        current();
        return List.copyOf(byAlias.values());
    }

    public synchronized List<String> aliases() {
        return List.copyOf(byAlias.keySet());
    }

    public synchronized boolean isCurrent(Session session) {
        return session.alias().equals(currentAlias);
    }

    /** The session called {@code alias}, or a one-line error naming the closest aliases. */
    public synchronized Session find(String alias) {
        current();
        Session session = byAlias.get(alias);
        if (session == null) {
            throw new UserError("no session '" + alias + "'"
                    + ProfileCatalog.closest(alias, aliases())
                            .map(c -> "; did you mean " + c + "?")
                            .orElse("; sessions: " + String.join(", ", aliases())));
        }
        return session;
    }

    public synchronized Session switchTo(String alias) {
        Session target = find(alias);
        if (!alias.equals(currentAlias)) {
            previousAlias = currentAlias;
            currentAlias = alias;
        }
        return target;
    }

    /** Back to the previous session (like {@code cd -}: twice returns). */
    public synchronized Session back() {
        current();
        if (previousAlias == null || !byAlias.containsKey(previousAlias)) {
            throw new UserError("no previous session to go back to; 'sessions' lists them");
        }
        return switchTo(previousAlias);
    }

    /**
     * Forgets a session: its credentials and clients go (unless sessions assumed from it still
     * need them). Forgetting the current one makes the previous (or base) one current.
     */
    public synchronized Session forget(String alias) {
        Session gone = find(alias);
        if (gone.kind() == Session.Kind.BASE) {
            throw new UserError(
                    "'" + alias + "' is the base session and cannot be forgotten; switch to another one instead");
        }
        byAlias.remove(alias);
        if (alias.equals(currentAlias)) {
            currentAlias = previousAlias != null && byAlias.containsKey(previousAlias) ? previousAlias : base().alias();
            byAlias.putIfAbsent(currentAlias, base());
            previousAlias = null;
        } else if (alias.equals(previousAlias)) {
            previousAlias = null;
        }
        if (!hasDependents(gone.id())) {
            assumer.forgetMfaSessionsOf(gone.id());
            clients.evict(gone.id());
            gone.credentials().close();
        }
        return current();
    }

    private boolean hasDependents(String id) {
        return byAlias.values().stream()
                .anyMatch(s -> s.parentId().filter(id::equals).isPresent());
    }

    /** Sets the current session's region ({@code region R}). */
    public synchronized Session setRegion(String regionName) {
        Region region = parseRegion(regionName);
        Session updated = current().withRegion(region);
        byAlias.put(updated.alias(), updated);
        return updated;
    }

    static Region parseRegion(String name) {
        String value = name == null ? "" : name.strip();
        List<String> known = Region.regions().stream()
                .map(Region::id)
                .filter(REGION.asPredicate())
                .toList();
        if (!REGION.matcher(value).matches()) {
            throw new UsageError("'" + value + "' is not a region name"
                    + ProfileCatalog.closest(value, known)
                            .map(c -> "; did you mean " + c + "?")
                            .orElse(": expected e.g. us-east-1, eu-west-3"));
        }
        if (!known.contains(value)) {
            // A region newer than this SDK is fine; a near miss of a known one is a typo.
            Optional<String> near = Suggestions.closest(value, known);
            if (near.isPresent()) {
                throw new UsageError("unknown region '" + value + "'; did you mean " + near.get() + "?");
            }
        }
        return Region.of(value);
    }

    // ---- who --------------------------------------------------------------------------------

    /** Asks STS who a session is (GetCallerIdentity) and remembers it. */
    public Identity identify(Session session) {
        GetCallerIdentityResponse response = clients.sts(session).getCallerIdentity();
        Identity identity = new Identity(response.account(), response.arn(), Optional.ofNullable(response.userId()));
        synchronized (this) {
            Session registered = byAlias.get(session.alias());
            if (registered != null && registered.id().equals(session.id())) {
                byAlias.put(session.alias(), registered.withIdentity(identity));
            }
            if (base != null && base.id().equals(session.id())) {
                base = base.withIdentity(identity);
            }
        }
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
        alias.ifPresent(SessionManager::checkAlias);
        Session parent = current();
        String partition = parent.identity().map(Identity::partition).orElse("aws");
        boolean bareName = roleText != null && !roleText.isBlank() && !roleText.contains(":");
        Optional<String> account = bareName ? Optional.of(identityOf(parent).account()) : parent.account();
        RoleReference role = RoleReference.parse(roleText, account, partition);
        Assumer.Assumed assumed = assumer.assume(parent, role, options);
        rememberRole(role.arn());
        String id = Session.newId();
        passedSessionPolicies.put(id, options.policy().orElse(""));
        Session session = new Session(
                id,
                alias.orElseGet(() -> defaultAlias(role)),
                Session.Kind.ASSUMED,
                assumed.source(),
                parent.region(),
                Optional.of(assumed.identity()),
                assumed.credentials(),
                Optional.of(parent.id()));
        return new Opened(register(session), assumed.note());
    }

    /**
     * A role session from {@code parent} that is not registered: for fan-out across accounts
     * (e.g. {@code query run --accounts}). Get clients for it from {@link AwsClients} as usual;
     * call {@link AwsClients#evict(String)} with its id when done.
     */
    public Session assumeUnlisted(Session parent, RoleReference role, Assumer.Options options) {
        Assumer.Assumed assumed = assumer.assume(parent, role, options);
        String id = Session.newId();
        passedSessionPolicies.put(id, options.policy().orElse(""));
        return new Session(
                id,
                role.roleName() + "@" + role.accountId(),
                Session.Kind.ASSUMED,
                assumed.source(),
                parent.region(),
                Optional.of(assumed.identity()),
                assumed.credentials(),
                Optional.of(parent.id()));
    }

    /**
     * Whether xacct started this session with AssumeRole itself, and so knows its session policy
     * ({@link #sessionPolicyPassed}). For other sessions nobody knows: AWS cannot tell a session
     * policy back. Used by {@code s3 diagnose} for the session-policy layer.
     */
    public boolean knowsSessionPolicy(Session session) {
        return passedSessionPolicies.containsKey(session.id());
    }

    /** The session policy xacct passed when it assumed this session; empty when it passed none (or did not assume it). */
    public Optional<String> sessionPolicyPassed(Session session) {
        return Optional.ofNullable(passedSessionPolicies.get(session.id())).filter(p -> !p.isEmpty());
    }

    /** Role ARNs assumed (or checked) in this run, for completion. */
    public synchronized List<String> seenRoleArns() {
        return List.copyOf(seenRoleArns);
    }

    public synchronized void rememberRole(String roleArn) {
        seenRoleArns.add(roleArn);
    }

    /** {@code use PROFILE}: a session from a profile (keys, SSO, process, or a role profile), made current. */
    public Opened use(String profileName, Optional<String> alias) {
        alias.ifPresent(SessionManager::checkAlias);
        Session session = fromProfile(profileName, alias.orElse(profileName), 0);
        return new Opened(register(session), Optional.empty());
    }

    private synchronized Session register(Session session) {
        current();
        Session replaced = byAlias.put(session.alias(), session);
        if (replaced != null && replaced.kind() == Session.Kind.BASE) {
            byAlias.put(replaced.alias(), replaced);
            throw new UserError("'" + session.alias() + "' is the base session's name; pick another with --as");
        }
        if (!session.alias().equals(currentAlias)) {
            previousAlias = currentAlias;
        }
        currentAlias = session.alias();
        if (replaced != null && !hasDependents(replaced.id())) {
            assumer.forgetMfaSessionsOf(replaced.id());
            clients.evict(replaced.id());
            replaced.credentials().close();
        }
        return session;
    }

    private String defaultAlias(RoleReference role) {
        synchronized (this) {
            Session taken = byAlias.get(role.roleName());
            if (taken == null || taken.account().map(role.accountId()::equals).orElse(false)) {
                return role.roleName();
            }
            return role.roleName() + "@" + role.accountId();
        }
    }

    static void checkAlias(String alias) {
        if (!ALIAS.matcher(alias).matches()) {
            throw new UsageError(
                    "'" + alias + "' cannot be a session name: use 1-64 letters, digits and ._@+=-, e.g. prod-admin");
        }
    }

    private Session fromProfile(String name, String alias, int depth) {
        if (depth > 5) {
            throw new UserError("profile '" + name + "': source_profile chain is longer than 5 or loops");
        }
        AwsProfile profile = profiles.require(name);
        Region region = settings.region()
                .map(Region::of)
                .orElseGet(() -> profile.region().map(Region::of).orElseGet(this::defaultRegion));
        if (profile.roleArn().isPresent()
                && profile.get("web_identity_token_file").isEmpty()) {
            Session parent = profile.sourceProfile()
                    .map(source -> source.equals(name)
                            ? plainProfile(profiles.require(source), source, region)
                            : fromProfile(source, source, depth + 1))
                    .orElseGet(() -> credentialSource(profile, region));
            RoleReference role;
            try {
                role = RoleReference.parse(profile.roleArn().get(), Optional.empty(), "aws");
            } catch (UserError e) {
                throw new UserError("profile '" + name + "': role_arn: " + e.getMessage());
            }
            Optional<Duration> duration = profile.durationSeconds().map(SessionDurations::parse);
            Assumer.Options options = new Assumer.Options(
                    profile.externalId(),
                    profile.mfaSerial(),
                    Optional.empty(),
                    duration,
                    profile.roleSessionName(),
                    Optional.empty());
            Assumer.Assumed assumed = assumer.assume(parent, role, options);
            rememberRole(role.arn());
            return new Session(
                    Session.newId(),
                    alias,
                    Session.Kind.ASSUMED,
                    "profile " + name + " (role from " + parent.source() + ")",
                    region,
                    Optional.of(assumed.identity()),
                    assumed.credentials(),
                    Optional.of(parent.id()));
        }
        return plainProfile(profile, alias, region);
    }

    private Session plainProfile(AwsProfile profile, String alias, Region region) {
        if ("none".equals(profile.kind())) {
            throw new UserError("profile '" + profile.name() + "' has no credentials: give it keys, sso_session, "
                    + "credential_process or role_arn with source_profile");
        }
        SessionCredentials credentials = new SessionCredentials(ProfileCredentialsProvider.builder()
                .profileFile(profiles.file())
                .profileName(profile.name())
                .build());
        try {
            credentials.resolveCredentials();
        } catch (SdkClientException e) {
            throw new UserError(
                    "profile '" + profile.name() + "' gives no credentials: " + MessageLines.firstLine(e.getMessage())
                            + ("sso".equals(profile.kind())
                                    ? " (run: aws sso login --profile " + profile.name() + ")"
                                    : ""),
                    e);
        }
        return new Session(
                Session.newId(),
                alias,
                Session.Kind.PROFILE,
                "profile " + profile.name(),
                region,
                Optional.empty(),
                credentials,
                Optional.empty());
    }

    private Session credentialSource(AwsProfile profile, Region region) {
        String source = profile.credentialSource()
                .orElseThrow(() -> new UserError("profile '" + profile.name()
                        + "' has role_arn but neither source_profile nor credential_source"));
        AwsCredentialsProvider provider = switch (source) {
            case "Environment" -> EnvironmentVariableCredentialsProvider.create();
            case "Ec2InstanceMetadata" ->
                InstanceProfileCredentialsProvider.builder().build();
            case "EcsContainer" -> ContainerCredentialsProvider.builder().build();
            default ->
                throw new UserError("profile '" + profile.name() + "': credential_source '" + source
                        + "' is not one of Environment, Ec2InstanceMetadata, EcsContainer");
        };
        return new Session(
                Session.newId(),
                profile.name() + "-source",
                Session.Kind.PROFILE,
                source,
                region,
                Optional.empty(),
                new SessionCredentials(provider),
                Optional.empty());
    }

    // ---- the base session -------------------------------------------------------------------

    private synchronized Session base() {
        if (base == null) {
            Optional<String> profile = settings.profile();
            String alias = profile.orElse("default");
            if (profile.isPresent()
                    && profiles.require(profile.get()).roleArn().isPresent()
                    && baseCredentials == null) {
                Session fromProfile = fromProfile(profile.get(), alias, 0);
                base = new Session(
                        fromProfile.id(),
                        alias,
                        Session.Kind.BASE,
                        fromProfile.source(),
                        fromProfile.region(),
                        fromProfile.identity(),
                        fromProfile.credentials(),
                        fromProfile.parentId());
                return base;
            }
            AwsCredentialsProvider provider = baseCredentials != null
                    ? baseCredentials.get()
                    : DefaultCredentialsProvider.builder()
                            .profileName(profile.orElse(null))
                            .build();
            String source = baseCredentials != null
                    ? "given credentials"
                    : profile.map(p -> "profile " + p).orElse("default chain");
            base = new Session(
                    Session.newId(),
                    alias,
                    Session.Kind.BASE,
                    source,
                    defaultRegion(),
                    Optional.empty(),
                    new SessionCredentials(provider),
                    Optional.empty());
        }
        return base;
    }

    /** {@code --region}, {@code AWS_REGION}, {@code AWS_DEFAULT_REGION}, the profile's region, else us-east-1 (never IMDS). */
    Region defaultRegion() {
        return settings.region()
                .or(settings::envRegion)
                .or(() -> {
                    try {
                        return profiles.find(settings.profile().orElse("default"))
                                .flatMap(AwsProfile::region);
                    } catch (RuntimeException e) {
                        return Optional.empty();
                    }
                })
                .map(Region::of)
                .orElse(Region.US_EAST_1);
    }

    /** Sessions as rows for listing (not secret). */
    public synchronized List<Map<String, Object>> describe(java.time.Clock clock) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Session s : all()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("current", isCurrent(s));
            row.put("alias", s.alias());
            row.put("account", s.account().orElse(null));
            row.put("role", s.identity().map(Identity::principalName).orElse(null));
            row.put("arn", s.identity().map(Identity::arn).orElse(null));
            row.put("source", s.source());
            row.put("region", s.region().id());
            row.put("expires", s.expires().map(Object::toString).orElse(null));
            row.put(
                    "expiresIn",
                    s.expires()
                            .map(e -> SessionDurations.remaining(e, clock.instant()))
                            .orElse(null));
            rows.add(row);
        }
        return rows;
    }
}

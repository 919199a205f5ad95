package dev.xacct.session;

import dev.xacct.aws.Arns;
import dev.xacct.aws.AwsErrorKind;
import dev.xacct.aws.AwsErrors;
import dev.xacct.shell.UsageError;
import dev.xacct.shell.UserError;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * Makes role sessions with STS AssumeRole, on top of the SDK's self-refreshing STS credential
 * providers: the provider's STS client acts as the parent session, so the role refreshes itself
 * for as long as the parent can.
 *
 * <p>MFA is typed once. From long-term keys, an MFA serial first opens an MFA session
 * (GetSessionToken with the code), kept per (parent, serial) and reused by later assumes; roles
 * are then assumed with those credentials and refresh without asking again. When the MFA session
 * itself runs out, its provider asks for a new code in place, on the next call that needs it.
 * From temporary credentials (GetSessionToken is not allowed there) the code goes into AssumeRole
 * and each refresh of that role asks for a new one.
 */
public final class Assumer {

    /** What {@code assume} takes besides the role. Empty optionals mean AWS's defaults. */
    public record Options(
            Optional<String> externalId,
            Optional<String> mfaSerial,
            Optional<String> mfaCode,
            Optional<Duration> duration,
            Optional<String> sessionName,
            Optional<String> policy) {

        public static Options none() {
            return new Options(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty());
        }

        @Override
        public String toString() {
            return "Options[externalId=" + externalId.map(x -> "****") + ", mfaSerial=" + mfaSerial
                    + ", mfaCode=" + mfaCode.map(x -> "****") + ", duration=" + duration + ", sessionName="
                    + sessionName
                    + ", policy=" + policy.map(p -> p.length() + " chars") + "]";
        }
    }

    /** A role session's credentials and what is known of it, not yet registered as a {@link Session}. */
    public record Assumed(
            SessionCredentials credentials,
            Identity identity,
            RoleReference role,
            Optional<String> note,
            String source) {

        /** The session of these credentials, assumed from {@code parent}. */
        public Session session(String alias, Session.Kind kind, String source, Region region, Session parent) {
            return new Session(
                    Session.newId(),
                    alias,
                    kind,
                    source,
                    region,
                    Optional.of(identity),
                    credentials,
                    Optional.of(parent.id()));
        }
    }

    private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]{2,64}");
    private static final Pattern EXTERNAL_ID = Pattern.compile("[\\w+=,.@:/-]{2,1224}");
    private static final Pattern MFA_SERIAL = Pattern.compile("[\\w+=/:,.@-]{9,256}");
    private static final Pattern MFA_CODE = Pattern.compile("\\d{6}");

    private final AwsClients clients;
    private final MfaCodeSource mfa;
    private final Function<Session, Identity> identify;
    private final Duration staleTime;
    private final Duration prefetchTime;
    private final Clock clock;
    private final Map<String, Session> mfaSessions = new ConcurrentHashMap<>();

    /**
     * @param identify who a session is (STS GetCallerIdentity, cached by the caller); used to tell
     *                 role chaining apart and to name the caller in an AccessDenied explanation
     */
    public Assumer(AwsClients clients, MfaCodeSource mfa, Function<Session, Identity> identify) {
        this(clients, mfa, identify, Duration.ofMinutes(1), Duration.ofMinutes(5), Clock.systemUTC());
    }

    /**
     * With the SDK providers' stale and prefetch times, and the clock that ages MFA sessions
     * (tests move it to drive expiry).
     */
    public Assumer(
            AwsClients clients,
            MfaCodeSource mfa,
            Function<Session, Identity> identify,
            Duration staleTime,
            Duration prefetchTime,
            Clock clock) {
        this.clients = clients;
        this.mfa = mfa;
        this.identify = identify;
        this.staleTime = staleTime;
        this.prefetchTime = prefetchTime;
        this.clock = clock;
    }

    /**
     * Assumes {@code role} from {@code parent} and fetches the first credentials now, so a refusal
     * is reported at once (as a {@link UserError} that explains it).
     */
    public Assumed assume(Session parent, RoleReference role, Options options) {
        options.externalId().ifPresent(Assumer::checkExternalId);
        options.mfaSerial().ifPresent(Assumer::checkMfaSerial);
        options.mfaCode().ifPresent(Assumer::checkCode);
        String sessionName =
                options.sessionName().map(Assumer::checkSessionName).orElseGet(Assumer::defaultSessionName);
        String purpose = "to assume " + role.arn();

        Session caller = parent;
        boolean mfaInRequest = false;
        if (options.mfaSerial().isPresent()) {
            if (isTemporary(parent)) {
                mfaInRequest = true; // GetSessionToken is not allowed with temporary credentials
            } else {
                caller = mfaSession(parent, options.mfaSerial().get(), options.mfaCode(), purpose);
            }
        }
        boolean chained = caller.kind() != Session.Kind.MFA
                && isTemporary(caller)
                && identify.apply(caller).isRoleSession();

        Optional<String> note = Optional.empty();
        Optional<Duration> duration = options.duration();
        if (chained
                && duration.isPresent()
                && !SessionDurations.forChainedRole(duration.get()).equals(duration.get())) {
            note = Optional.of(
                    "AWS caps a role assumed from role credentials (role chaining) at 1 hour: asked for 1h instead of "
                            + SessionDurations.format(duration.get()) + "; it refreshes itself after that");
            duration = Optional.of(SessionDurations.forChainedRole(duration.get()));
        }

        CodeSequence codes = new CodeSequence(options.mfaSerial().orElse(null), options.mfaCode(), purpose);
        boolean withMfa = mfaInRequest;
        Optional<Duration> askedDuration = duration;
        Supplier<AssumeRoleRequest> request = () -> {
            AssumeRoleRequest.Builder b =
                    AssumeRoleRequest.builder().roleArn(role.arn()).roleSessionName(sessionName);
            askedDuration.ifPresent(d -> b.durationSeconds((int) d.getSeconds()));
            options.externalId().ifPresent(b::externalId);
            options.policy().ifPresent(b::policy);
            if (withMfa) {
                b.serialNumber(options.mfaSerial().get()).tokenCode(codes.next());
            }
            return b.build();
        };
        StsAssumeRoleCredentialsProvider provider = StsAssumeRoleCredentialsProvider.builder()
                .stsClient(clients.sts(caller))
                .refreshRequest(request)
                .asyncCredentialUpdateEnabled(false) // refresh (and any MFA prompt) on the command's thread
                .staleTime(staleTime)
                .prefetchTime(prefetchTime)
                .build();
        SessionCredentials credentials = new SessionCredentials(provider);
        try {
            credentials.resolveCredentials();
        } catch (RuntimeException e) {
            credentials.close();
            throw AssumeRoleErrors.explain(
                    e, parent.alias(), () -> identify.apply(parent).arn(), role, options, duration);
        }
        Identity identity = new Identity(
                role.accountId(),
                Arns.assumedRole(role.partition(), role.accountId(), role.roleName(), sessionName),
                Optional.empty());
        String source = "assumed from " + parent.alias() + (options.mfaSerial().isPresent() ? " with MFA" : "");
        return new Assumed(credentials, identity, role, note, source);
    }

    /**
     * The MFA session of {@code parent}'s identity for {@code serial}: reused while it lives, by
     * every session with the same long-term access key (two role profiles with one
     * {@code source_profile}, the base session and a profile with its keys); opened with
     * GetSessionToken (asking for the code unless given) the first time.
     */
    Session mfaSession(Session parent, String serial, Optional<String> code, String purpose) {
        String key = mfaKey(parent.credentials().accessKeyId(), serial);
        Session existing = mfaSessions.get(key);
        if (existing != null) {
            return existing;
        }
        CodeSequence codes = new CodeSequence(serial, code, purpose);
        StsClient sts = clients.sts(parent);
        RefreshingCredentials provider = new RefreshingCredentials(
                "MFA session " + serial,
                () -> {
                    Credentials c = sts.getSessionToken(
                                    r -> r.serialNumber(serial).tokenCode(codes.next()))
                            .credentials();
                    return AwsSessionCredentials.builder()
                            .accessKeyId(c.accessKeyId())
                            .secretAccessKey(c.secretAccessKey())
                            .sessionToken(c.sessionToken())
                            .expirationTime(c.expiration())
                            .build();
                },
                staleTime,
                prefetchTime,
                clock);
        SessionCredentials credentials = new SessionCredentials(provider);
        try {
            credentials.resolveCredentials();
        } catch (RuntimeException e) {
            credentials.close();
            if (AwsErrors.kind(e) == AwsErrorKind.ACCESS_DENIED) {
                throw new UserError(
                        "MFA code rejected for " + serial + ": codes work once and for about 30 seconds, "
                                + "and the serial must be the device of " + parent.alias() + "'s user; try again",
                        e);
            }
            throw e;
        }
        codes.afterFirst("the MFA session of " + parent.alias() + " ran out");
        Session session = new Session(
                Session.newId(),
                parent.alias() + "+mfa",
                Session.Kind.MFA,
                "MFA session of " + parent.alias(),
                parent.region(),
                parent.identity(),
                credentials,
                Optional.of(parent.id()));
        mfaSessions.put(key, session);
        return session;
    }

    private static String mfaKey(String accessKeyId, String serial) {
        return accessKeyId + "|" + serial;
    }

    /** Drops the MFA sessions of the identity with this access key (when no session uses it any more). */
    void forgetMfaSessionsOf(String accessKeyId) {
        mfaSessions.entrySet().removeIf(e -> {
            if (e.getKey().startsWith(accessKeyId + "|")) {
                clients.evict(e.getValue().id());
                e.getValue().credentials().close();
                return true;
            }
            return false;
        });
    }

    private static boolean isTemporary(Session session) {
        AwsCredentials credentials = session.credentials().resolveCredentials();
        return credentials instanceof AwsSessionCredentials;
    }

    private static void checkExternalId(String id) {
        if (!EXTERNAL_ID.matcher(id).matches()) {
            throw new UsageError("--external-id must be 2-1224 characters of letters, digits and +=,.@:/_-");
        }
    }

    private static void checkMfaSerial(String serial) {
        if (!MFA_SERIAL.matcher(serial).matches()) {
            throw new UsageError("'" + serial + "' is not an MFA serial: expected arn:aws:iam::111111111111:mfa/NAME "
                    + "or a hardware device's serial number");
        }
    }

    static String checkCode(String code) {
        if (!MFA_CODE.matcher(code).matches()) {
            throw new UsageError("an MFA code is the 6 digits your device shows now");
        }
        return code;
    }

    private static String checkSessionName(String name) {
        if (!SESSION_NAME.matcher(name).matches()) {
            throw new UsageError(
                    "--session-name must be 2-64 characters of letters, digits and +=,.@_-, e.g. alice-debug");
        }
        return name;
    }

    static String defaultSessionName() {
        String user = System.getProperty("user.name", "user").replaceAll("[^\\w+=,.@-]", "");
        String name = "xacct-" + (user.isEmpty() ? "user" : user);
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    /** The MFA codes of one credential provider: the first one given (or asked), later ones asked. */
    private final class CodeSequence {
        private final String serial;
        private final AtomicReference<String> first;
        private volatile String purpose;

        CodeSequence(String serial, Optional<String> firstCode, String purpose) {
            this.serial = serial;
            this.first = new AtomicReference<>(firstCode.orElse(null));
            this.purpose = purpose;
        }

        void afterFirst(String laterPurpose) {
            this.purpose = laterPurpose;
        }

        String next() {
            String given = first.getAndSet(null);
            if (given != null) {
                return given;
            }
            return checkCode(mfa.code(serial, purpose).strip());
        }
    }
}

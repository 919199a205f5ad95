package dev.xacct.session;

import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.regions.Region;

/**
 * One identity held by the shell: a name the user picked, who it is, where its credentials come
 * from, the region its commands use, and its (self-refreshing) credentials. Immutable: a change
 * of region or a resolved identity gives a new record with the same {@link #id()}.
 *
 * <p>Get SDK clients for a session from {@link AwsClients}; never read its credentials to print
 * them ({@code toString()} of the credentials is {@code hidden}).
 *
 * @param id          unique for the run; {@link AwsClients} caches clients by it
 * @param alias       the name shown in the prompt and used by {@code switch}
 * @param kind        how it was made
 * @param source      where the credentials come from, for people ("default chain", "profile prod", "assumed from base")
 * @param region      the region its clients use
 * @param identity    who it is; empty until known (the base session is not asked at start-up)
 * @param credentials the provider; refreshes itself
 * @param parentId    the session it was assumed from (empty for base and plain profiles)
 */
public record Session(
        String id,
        String alias,
        Kind kind,
        String source,
        Region region,
        Optional<Identity> identity,
        SessionCredentials credentials,
        Optional<String> parentId) {

    public enum Kind {
        /** From the SDK's default chain (env, config files, SSO, process, container/instance role). */
        BASE,
        /** From a named profile ({@code use PROFILE}). */
        PROFILE,
        /** From {@code assume} or a role profile: AssumeRole, refreshed by the SDK. */
        ASSUMED,
        /** From IAM Identity Center ({@code sso use}): GetRoleCredentials, refreshed by the SDK. */
        SSO,
        /** An MFA-backed GetSessionToken session, kept to reuse the MFA across assumes; not listed. */
        MFA
    }

    private static final java.util.concurrent.atomic.AtomicLong IDS = new java.util.concurrent.atomic.AtomicLong();
    private static final java.util.regex.Pattern ALIAS = java.util.regex.Pattern.compile("[\\w.@+=-]{1,64}");

    /** An alias a user may give ({@code --as}): 1-64 letters, digits and {@code ._@+=-}; else a usage error. */
    public static void checkAlias(String alias) {
        if (!ALIAS.matcher(alias).matches()) {
            throw new dev.xacct.shell.UsageError(
                    "'" + alias + "' cannot be a session name: use 1-64 letters, digits and ._@+=-, e.g. prod-admin");
        }
    }

    /** A fresh id for a new session. */
    public static String newId() {
        return "s" + IDS.incrementAndGet();
    }

    public Session withRegion(Region newRegion) {
        return new Session(id, alias, kind, source, newRegion, identity, credentials, parentId);
    }

    public Session withIdentity(Identity newIdentity) {
        return new Session(id, alias, kind, source, region, Optional.of(newIdentity), credentials, parentId);
    }

    /** Expiry of the current credentials; empty for long-term keys or when not yet used. Never calls AWS. */
    public Optional<Instant> expires() {
        return credentials.expires();
    }

    public Optional<String> account() {
        return identity.map(Identity::account);
    }
}

package dev.xacct.session;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Role sessions assumed from another session ({@code assume ROLE}, fan-out): the role the user
 * named, read against the parent's account and partition, and the role ARNs seen in this run
 * (for completion).
 */
final class RoleSessions {

    private final Assumer assumer;
    private final Function<Session, Identity> identityOf;
    private final Set<String> seen = new LinkedHashSet<>();
    /** Session id → the session policy passed to AssumeRole ("" for none), for the sessions assumed here. */
    private final Map<String, String> sessionPolicies = new ConcurrentHashMap<>();

    /** @param identityOf who a session is (asked of STS when not known), for a bare role name */
    RoleSessions(Assumer assumer, Function<Session, Identity> identityOf) {
        this.assumer = assumer;
        this.identityOf = identityOf;
    }

    /**
     * Assumes the role named by {@code roleText} (a role ARN, {@code ACCOUNT:ROLE}, or a role name
     * in the parent's account) from {@code parent}.
     */
    Assumer.Assumed assume(Session parent, String roleText, Assumer.Options options) {
        String partition = parent.identity().map(Identity::partition).orElse("aws");
        boolean bareName = roleText != null && !roleText.isBlank() && !roleText.contains(":");
        Optional<String> account =
                bareName ? Optional.of(identityOf.apply(parent).account()) : parent.account();
        RoleReference role = RoleReference.parse(roleText, account, partition);
        Assumer.Assumed assumed = assumer.assume(parent, role, options);
        remember(role.arn());
        return assumed;
    }

    /** A role session that is never listed, named {@code ROLE@ACCOUNT}. */
    Session unlisted(Session parent, RoleReference role, Assumer.Options options) {
        Assumer.Assumed assumed = assumer.assume(parent, role, options);
        Session session = assumed.session(
                role.roleName() + "@" + role.accountId(),
                Session.Kind.ASSUMED,
                assumed.source(),
                parent.region(),
                parent);
        remember(session, options);
        return session;
    }

    /** Remembers the session policy {@code session} was assumed with (none is remembered too). */
    void remember(Session session, Assumer.Options options) {
        sessionPolicies.put(session.id(), options.policy().orElse(""));
    }

    /** The session policy passed when this session was assumed here ("" for none); empty when not assumed here. */
    Optional<String> sessionPolicy(Session session) {
        return Optional.ofNullable(sessionPolicies.get(session.id()));
    }

    synchronized List<String> seen() {
        return List.copyOf(seen);
    }

    synchronized void remember(String roleArn) {
        seen.add(roleArn);
    }
}

package dev.xacct.s3.authz;

import dev.xacct.policy.Tri;
import dev.xacct.s3.evidence.Acl;
import dev.xacct.s3.evidence.Fact;
import dev.xacct.s3.evidence.Grant;
import dev.xacct.s3.evidence.Grantee;
import dev.xacct.s3.evidence.PublicAccessBlock;

/**
 * Does an ACL grant the caller the permission an operation needs? A grant counts when it
 * names the caller's account (by canonical ID — never display name, spec §2), AllUsers, or
 * AuthenticatedUsers (signed-in callers); the last two are dropped under IgnorePublicAcls.
 * {@code publicIgnored} tells that a public grant would have admitted the caller.
 */
record AclGrant(Tri granted, boolean publicIgnored, String detail) {

    static AclGrant of(Fact<Acl> aclFact, String permission, Situation s) {
        if (permission == null) return new AclGrant(Tri.FALSE, false, "ACLs cannot grant " + s.op().action());
        if (aclFact.isUnknown()) return new AclGrant(Tri.UNKNOWN, false, "the ACL could not be read");
        Acl acl = aclFact.orNull();
        if (acl == null) return new AclGrant(Tri.FALSE, false, "no ACL");
        Fact<PublicAccessBlock> bpa = s.ev().bucket().publicAccessBlock();
        Tri ignorePublic = bpa.isUnknown()
                ? Tri.UNKNOWN
                : Tri.of(bpa.orElse(PublicAccessBlock.NONE).ignorePublicAcls());
        String callerId = s.callerCanonicalId();
        Tri granted = Tri.FALSE;
        boolean publicIgnored = false;
        String via = null;
        for (Grant g : acl.grants()) {
            if (!g.permission().equals(permission) && !g.permission().equals("FULL_CONTROL")) continue;
            Grantee who = g.grantee();
            Tri match;
            if (who.isPublic()) {
                boolean reaches =
                        Grantee.ALL_USERS.equals(who.uri()) || !s.caller().isAnonymous();
                if (!reaches) continue;
                if (ignorePublic == Tri.TRUE) {
                    publicIgnored = true;
                    continue;
                }
                match = ignorePublic.not();
            } else if (who.id() == null || s.caller().isAnonymous()) {
                continue;
            } else if (callerId != null) {
                match = Tri.of(who.id().equals(callerId));
            } else {
                // The caller's canonical id is not in the evidence: an unmapped grantee may be it.
                match = s.accountOf(who.id()).isUnknown() ? Tri.UNKNOWN : Tri.FALSE;
            }
            if (match != Tri.FALSE && via == null)
                via = g.permission() + " to " + (who.isPublic() ? who.uri() : who.id());
            granted = granted.or(match);
        }
        String detail = granted == Tri.TRUE
                ? "grants " + via
                : publicIgnored
                        ? "grants only the public (" + permission + "), which IgnorePublicAcls drops"
                        : "grants the caller's account nothing for " + permission;
        return new AclGrant(granted, publicIgnored, detail);
    }
}

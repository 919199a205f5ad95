package dev.xacct.s3.authz;

import dev.xacct.policy.PrincipalMatch;
import dev.xacct.policy.Tri;
import java.util.List;

/**
 * Spec §1 step 4, the user context. A grant to an account reaches its users and roles only
 * through an identity Allow. Within the bucket owner's account a bucket-policy Allow naming
 * the user, role or session itself (or everyone) suffices on its own; across accounts an
 * identity Allow is always required — a public grant in another account's bucket policy or
 * object ACL does not replace it (measured on real S3).
 */
final class UserContextCheck {
    private UserContextCheck() {}

    /**
     * A public grant reaches a signed-in caller without an identity Allow when it sits in the
     * ACL of an object the caller's own account owns (spec §1.4).
     */
    private static Tri publicAclOnOwnObject(Situation s) {
        if (s.op().scope() != S3Operation.Scope.EXISTING_OBJECT) return Tri.FALSE;
        String owner = s.objectOwnerAccount();
        if (owner == null || !owner.equals(s.callerAccount())) return Tri.FALSE;
        if (s.ev().bucket().objectOwnership().orNull() == dev.xacct.s3.evidence.ObjectOwnership.BucketOwnerEnforced)
            return Tri.FALSE;
        var object = s.ev().object().orNull();
        if (object == null || object.acl().orNull() == null) return Tri.FALSE;
        boolean publicGrant = object.acl().orNull().grants().stream()
                .anyMatch(g -> g.grantee().isPublic()
                        && (g.permission().equals(s.op().aclPermission())
                                || g.permission().equals("FULL_CONTROL")));
        if (!publicGrant) return Tri.FALSE;
        var bpa = s.ev().bucket().publicAccessBlock();
        if (bpa.isUnknown()) return Tri.UNKNOWN;
        return Tri.of(!bpa.orElse(dev.xacct.s3.evidence.PublicAccessBlock.NONE).ignorePublicAcls());
    }

    static Finding run(Situation s, CallerLayers l) {
        String id = "identity-allow";
        String ev = "IAM identity policies";
        if (s.caller().isAnonymous())
            return Finding.skip(id, ev, "anonymous request: only grants to everyone can reach it");
        if (s.caller().isService()) return Finding.skip(id, ev, "AWS service principal: the bucket policy decides");
        LayerOutcome identity = l.identity();
        if (identity.allow() == Tri.TRUE) {
            return Finding.pass(
                    id,
                    ev,
                    "an identity policy allows " + s.op().action() + " on "
                            + s.identity().resource());
        }
        Tri named = Tri.FALSE;
        if (s.sameAccount() != Tri.FALSE) {
            LayerView resource = s.viaAccessPoint() ? l.accessPointView() : l.bucketPolicyView();
            named = s.sameAccount()
                    .and(resource.allow(m -> m == PrincipalMatch.PRINCIPAL || m == PrincipalMatch.EVERYONE));
        }
        Tri allowed = identity.allow().or(named).or(publicAclOnOwnObject(s));
        if (allowed == Tri.TRUE) {
            return Finding.pass(
                    id,
                    "GetBucketPolicy",
                    "no identity Allow, but the bucket policy of the caller's own account names the caller");
        }
        if (allowed == Tri.UNKNOWN) {
            List<String> facts = new java.util.ArrayList<>(identity.unknownFacts());
            if (s.sameAccount() == Tri.UNKNOWN) facts.add("bucket.ownerAccount");
            if (named == Tri.UNKNOWN) facts.add("bucket.policy");
            if (publicAclOnOwnObject(s) == Tri.UNKNOWN) facts.add("bucket.publicAccessBlock");
            return Finding.unknown(
                    id,
                    ev,
                    "whether the caller's side allows " + s.op().action() + " is unknown",
                    facts.stream().distinct().map(f -> ResolveBy.fact(f, s)).toList());
        }
        String why = s.crossAccount()
                ? "no identity policy allows " + s.op().action() + " on "
                        + s.identity().resource() + "; across accounts the caller's own account must allow it too"
                : "no identity policy allows " + s.op().action()
                        + " and the bucket policy does not name the caller itself";
        return Finding.fail(id, ev, why, Denial.implicit(DeniedBy.IDENTITY_POLICY, RootCause.NO_IDENTITY_ALLOW));
    }
}

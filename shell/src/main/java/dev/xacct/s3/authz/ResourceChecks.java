package dev.xacct.s3.authz;

import dev.xacct.policy.Tri;
import dev.xacct.s3.evidence.Acl;
import dev.xacct.s3.evidence.Fact;
import dev.xacct.s3.evidence.ObjectEvidence;
import dev.xacct.s3.evidence.ObjectOwnership;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Spec §1 steps 5, 6 and 8: the resource side.
 * <ul>
 *   <li>Bucket operations and uploads are governed by the bucket owner: bucket (and access
 *       point) policy Allow, or a bucket-ACL grant when ACLs are enabled.</li>
 *   <li>Operations on an existing object are governed by its effective owner: the bucket
 *       owner under BucketOwnerEnforced, otherwise the stored owner. Bucket owner → policy
 *       or object ACL; the caller's account → its identity Allow suffices; a third party →
 *       only the object ACL (the bucket owner cannot delegate).</li>
 * </ul>
 * An owner that could not be read is evaluated for every possible owner; the check decides
 * when all agree.
 */
final class ResourceChecks {
    private ResourceChecks() {}

    private enum Owner {
        BUCKET_OWNER,
        CALLER,
        THIRD_PARTY
    }

    static List<Finding> run(Situation s, CallerLayers l) {
        if (s.op().scope() != S3Operation.Scope.EXISTING_OBJECT) {
            return List.of(bucketOwnerGoverned(s, l, s.ev().bucket().acl(), "bucket ACL", "GetBucketAcl"));
        }
        Set<Owner> candidates = new LinkedHashSet<>();
        Set<String> ownerFacts = new LinkedHashSet<>();
        String ownerName = owners(s, candidates, ownerFacts);
        List<Finding> per = new ArrayList<>();
        for (Owner o : candidates) per.add(forOwner(o, s, l, ownerName));
        Finding access = merge(per, ownerFacts, s);
        List<Finding> out = new ArrayList<>();
        out.add(ownershipCheck(s, candidates, ownerName, ownerFacts, access));
        out.add(access);
        return out;
    }

    /** Fills in the possible effective owners; returns the stored owner's name for reports. */
    private static String owners(Situation s, Set<Owner> out, Set<String> facts) {
        Fact<ObjectOwnership> ownership = s.ev().bucket().objectOwnership();
        if (ownership.orNull() == ObjectOwnership.BucketOwnerEnforced) {
            out.add(Owner.BUCKET_OWNER);
            return s.bucketOwner();
        }
        if (ownership.isUnknown()) {
            out.add(Owner.BUCKET_OWNER); // BucketOwnerEnforced would make the bucket owner the owner
            facts.add("bucket.objectOwnership");
        }
        Fact<ObjectEvidence> obj = s.ev().object();
        ObjectEvidence o = obj.orNull();
        if (o != null && Boolean.FALSE.equals(o.exists().orNull())) {
            out.add(Owner.BUCKET_OWNER); // nothing is stored: the bucket owner's rules apply (step 9 decides)
            return null;
        }
        Fact<String> storedId = o == null ? Fact.unknown() : o.ownerCanonicalId();
        if (!storedId.isKnown()) {
            out.addAll(List.of(Owner.BUCKET_OWNER, Owner.CALLER, Owner.THIRD_PARTY));
            facts.add("object.ownerCanonicalId");
            return null;
        }
        String id = storedId.orNull();
        // Canonical ids first (spec §2): the bucket owner's id or the caller's own id decide by themselves.
        if (s.isBucketOwnerId(id)) {
            out.add(Owner.BUCKET_OWNER);
            return s.bucketOwner() == null ? "the bucket owner" : s.bucketOwner();
        }
        if (id.equals(s.callerCanonicalId())) {
            out.add(Owner.CALLER);
            return s.callerAccount();
        }
        Fact<String> account = s.accountOf(id);
        boolean bucketOwnerIdKnown = s.ev().bucket().ownerCanonicalId().isKnown();
        if (account.isKnown()) {
            String a = account.orNull();
            if (a.equals(s.callerAccount())) out.add(Owner.CALLER);
            else if (a.equals(s.bucketOwner())) out.add(Owner.BUCKET_OWNER);
            else {
                // Not the bucket owner's id; if that id is unknown, the bucket owner may still be this account.
                if (!bucketOwnerIdKnown && s.bucketOwner() == null) out.add(Owner.BUCKET_OWNER);
                out.add(Owner.THIRD_PARTY);
                if (out.size() > 1) facts.add("bucket.ownerAccount");
            }
            return a;
        }
        // An id the evidence cannot map: not the bucket owner if its id is known, maybe the caller.
        if (!bucketOwnerIdKnown) out.add(Owner.BUCKET_OWNER);
        if (s.callerCanonicalId() == null) out.add(Owner.CALLER);
        out.add(Owner.THIRD_PARTY);
        if (out.size() > 1) facts.add("canonicalIds");
        return "an unknown account (canonical id " + id + ")";
    }

    private static Finding forOwner(Owner o, Situation s, CallerLayers l, String ownerName) {
        return switch (o) {
            case BUCKET_OWNER -> bucketOwnerGoverned(s, l, objectAcl(s), "object ACL", "GetObjectAcl");
            case CALLER ->
                Finding.pass(
                        "object-owner-is-caller",
                        "ListObjectsV2 FetchOwner",
                        "the caller's account owns the object, so its identity Allow suffices");
            case THIRD_PARTY -> thirdParty(s, ownerName);
        };
    }

    private static Fact<Acl> objectAcl(Situation s) {
        ObjectEvidence o = s.ev().object().orNull();
        return s.ev().object().isUnknown() ? Fact.unknown() : o == null ? Fact.absent() : o.acl();
    }

    private static Finding bucketOwnerGoverned(
            Situation s, CallerLayers l, Fact<Acl> acl, String aclName, String aclApi) {
        String id = "bucket-policy-allow";
        String ev = s.viaAccessPoint() ? "GetAccessPointPolicy, GetBucketPolicy" : "GetBucketPolicy, " + aclApi;
        if (s.sameAccount() == Tri.TRUE) {
            return Finding.pass(
                    id, ev, "the caller's account owns the bucket: its own Allow (identity or bucket policy) suffices");
        }
        if (s.viaAccessPoint()) {
            Tri ap = l.accessPointView().allow();
            Tri bucket = l.bucketPolicyView().allow();
            Tri allowed = s.sameAccount().or(ap.and(bucket));
            if (allowed == Tri.TRUE)
                return Finding.pass(id, ev, "the access point policy and the bucket policy both allow");
            if (allowed == Tri.UNKNOWN) return unknown(id, ev, s, "bucket.accessPointPolicy", "bucket.policy");
            if (ap == Tri.FALSE) {
                return Finding.fail(
                        id,
                        ev,
                        "the access point policy does not allow " + s.op().action() + " for the caller",
                        Denial.implicit(DeniedBy.RESOURCE_POLICY, RootCause.NO_BUCKET_POLICY_ALLOW));
            }
            return Finding.fail(
                    id,
                    ev,
                    "the access point policy allows, but the bucket policy neither allows the caller nor"
                            + " delegates to access points (s3:DataAccessPointAccount)",
                    Denial.implicit(DeniedBy.RESOURCE_POLICY, RootCause.ACCESS_POINT_NOT_DELEGATED));
        }
        Tri policy = l.bucketPolicyView().allow();
        Fact<ObjectOwnership> ownership = s.ev().bucket().objectOwnership();
        Tri aclsOn =
                ownership.isUnknown() ? Tri.UNKNOWN : Tri.of(ownership.orNull() != ObjectOwnership.BucketOwnerEnforced);
        AclGrant grant = aclsOn == Tri.FALSE
                ? new AclGrant(Tri.FALSE, false, "ACLs are disabled (BucketOwnerEnforced)")
                : AclGrant.of(acl, s.op().aclPermission(), s);
        Tri allowed = s.sameAccount().or(policy.or(aclsOn.and(grant.granted())));
        if (allowed == Tri.TRUE) {
            return Finding.pass(
                    id,
                    ev,
                    policy == Tri.TRUE
                            ? "the bucket policy allows " + s.op().action() + " for the caller"
                            : "the " + aclName + " " + grant.detail());
        }
        if (allowed == Tri.UNKNOWN) {
            List<String> facts = new ArrayList<>();
            if (policy == Tri.UNKNOWN) facts.addAll(l.bucketPolicyView().unknownFacts());
            if (grant.granted() == Tri.UNKNOWN) facts.add(aclName.equals("bucket ACL") ? "bucket.acl" : "object.acl");
            if (aclsOn == Tri.UNKNOWN) facts.add("bucket.objectOwnership");
            if (s.sameAccount() == Tri.UNKNOWN) facts.add("bucket.ownerAccount");
            return unknown(id, ev, s, facts.toArray(String[]::new));
        }
        if (grant.publicIgnored()) {
            return Finding.fail(
                    "ignore-public-acls",
                    "GetPublicAccessBlock, " + aclApi,
                    "the " + aclName + " " + grant.detail() + ", and the bucket policy does not allow the caller",
                    Denial.implicit(DeniedBy.BLOCK_PUBLIC_ACCESS, RootCause.BPA_IGNORE_PUBLIC_ACLS));
        }
        return Finding.fail(
                id,
                ev,
                "the bucket policy does not allow " + s.op().action() + " for the caller"
                        + (aclsOn == Tri.TRUE ? " and the " + aclName + " " + grant.detail() : ""),
                Denial.implicit(DeniedBy.RESOURCE_POLICY, RootCause.NO_BUCKET_POLICY_ALLOW));
    }

    private static Finding thirdParty(Situation s, String ownerName) {
        String id = "object-acl";
        String ev = "GetObjectAcl";
        AclGrant grant = AclGrant.of(objectAcl(s), s.op().aclPermission(), s);
        String owner = ownerName == null ? "another account" : ownerName;
        if (grant.granted() == Tri.TRUE)
            return Finding.pass(id, ev, "the object is owned by " + owner + " and its ACL " + grant.detail());
        if (grant.granted() == Tri.UNKNOWN) return unknown(id, ev, s, "object.acl");
        if (grant.publicIgnored()) {
            return Finding.fail(
                    "ignore-public-acls",
                    "GetPublicAccessBlock, GetObjectAcl",
                    "the object is owned by " + owner + " and its ACL " + grant.detail(),
                    Denial.implicit(DeniedBy.BLOCK_PUBLIC_ACCESS, RootCause.BPA_IGNORE_PUBLIC_ACLS));
        }
        return Finding.fail(
                id,
                ev,
                "the object is owned by " + owner + ", not the bucket owner; only its ACL can grant access,"
                        + " bucket-policy Allows do not reach it, and the ACL " + grant.detail(),
                Denial.implicit(DeniedBy.OBJECT_ACL, RootCause.OBJECT_OWNER_NOT_BUCKET_OWNER));
    }

    private static Finding unknown(String id, String ev, Situation s, String... facts) {
        return Finding.unknown(
                id,
                ev,
                "depends on " + String.join(", ", facts),
                java.util.Arrays.stream(facts)
                        .distinct()
                        .map(f -> ResolveBy.fact(f, s))
                        .toList());
    }

    /** Decides when every possible owner leads to the same result. */
    private static Finding merge(List<Finding> per, Set<String> ownerFacts, Situation s) {
        Finding first = per.get(0);
        boolean agree =
                per.stream().allMatch(f -> f.status() == first.status() && Objects.equals(f.denial(), first.denial()));
        if (agree) return first;
        List<UnknownFact> facts = new ArrayList<>();
        ownerFacts.forEach(f -> facts.add(ResolveBy.fact(f, s)));
        per.forEach(f -> facts.addAll(f.unknowns()));
        return Finding.unknown(
                "object-access",
                "ListObjectsV2 FetchOwner, GetObjectAcl, GetBucketPolicy",
                "the outcome depends on who owns the object, which is unknown",
                facts.stream().distinct().toList());
    }

    private static Finding ownershipCheck(
            Situation s, Set<Owner> candidates, String ownerName, Set<String> facts, Finding access) {
        String id = "object-ownership";
        String ev = "GetBucketOwnershipControls, ListObjectsV2 FetchOwner";
        if (candidates.size() > 1) {
            // Informational when every possible owner leads to the same result: then it decides nothing.
            boolean decided = access.status() != CheckStatus.UNKNOWN;
            return Finding.unknown(
                    id,
                    ev,
                    "the object's effective owner is unknown"
                            + (decided ? ", but every possible owner gives the same result" : ""),
                    decided
                            ? List.of()
                            : facts.stream().map(f -> ResolveBy.fact(f, s)).toList());
        }
        Owner o = candidates.iterator().next();
        ObjectOwnership setting = s.ev().bucket().objectOwnership().orNull();
        String text = switch (o) {
            case BUCKET_OWNER ->
                setting == ObjectOwnership.BucketOwnerEnforced
                        ? "BucketOwnerEnforced: the bucket owner" + s.ownerSuffix() + " owns every object"
                        : "the bucket owner" + s.ownerSuffix() + " owns the object (same canonical id)";
            case CALLER -> "the caller's account " + s.callerAccount() + " owns the object";
            case THIRD_PARTY ->
                "the object is owned by " + ownerName + ", not by the bucket owner" + s.ownerSuffix()
                        + " (Object Ownership: " + (setting == null ? "unknown" : setting) + ")";
        };
        if (o == Owner.THIRD_PARTY
                && access.denial() != null
                && access.denial().rootCause() == RootCause.OBJECT_OWNER_NOT_BUCKET_OWNER) {
            return Finding.fail(id, ev, text, access.denial());
        }
        return Finding.pass(id, ev, text);
    }
}

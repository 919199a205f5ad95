package dev.xacct.s3.authz;

import dev.xacct.policy.PolicyEvaluator.Kind;
import dev.xacct.policy.PolicyLayer;
import dev.xacct.policy.RequestContext;
import dev.xacct.policy.Tri;
import dev.xacct.s3.evidence.Fact;
import dev.xacct.s3.evidence.ObjectEvidence;
import dev.xacct.s3.evidence.ObjectOwnership;
import java.util.ArrayList;
import java.util.List;

/**
 * Spec §1 step 9: a missing key answers 404 to a caller allowed s3:ListBucket on the bucket
 * and 403 to anyone else, so a 403 can hide a 404.
 */
final class MissingKeyCheck {
    private MissingKeyCheck() {}

    static Finding run(Situation s) {
        String id = "object-exists";
        String ev = "HeadObject / ListObjectsV2";
        if (s.op().scope() != S3Operation.Scope.EXISTING_OBJECT)
            return Finding.skip(id, ev, "not an operation on an existing object");
        Fact<ObjectEvidence> obj = s.ev().object();
        Fact<Boolean> exists = obj.isKnown() ? obj.orNull().exists() : Fact.unknown();
        if (Boolean.TRUE.equals(exists.orNull())) return Finding.pass(id, ev, "the object exists");
        if (exists.isUnknown())
            return Finding.unknown(
                    id, ev, "whether the object exists is unknown", List.of(ResolveBy.fact("object.exists", s)));
        Tri list = listBucketAllowed(s);
        if (list == Tri.UNKNOWN) {
            return Finding.unknown(
                    id,
                    ev,
                    "the object does not exist; 404 or 403 depends on whether the caller may list the bucket",
                    List.of(ResolveBy.fact("bucket.policy", s)));
        }
        if (list == Tri.TRUE) {
            return Finding.fail(
                    id,
                    ev,
                    "the key does not exist (the caller may list the bucket, so S3 says 404)",
                    Denial.notAuthorization(404, DeniedBy.OBJECT_MISSING, RootCause.OBJECT_MISSING));
        }
        return Finding.fail(
                id,
                ev,
                "the key does not exist, and because the caller may not s3:ListBucket, S3 answers 403 instead of 404",
                Denial.notAuthorization(403, DeniedBy.OBJECT_MISSING, RootCause.OBJECT_MISSING_NO_LIST));
    }

    /** s3:ListBucket on the bucket through the same layers: no Deny, the caller's side allows, the bucket side allows. */
    private static Tri listBucketAllowed(Situation s) {
        String bucketArn = s.bucketArn();
        RequestContext ctx = s.bucket().with("s3:ListBucket", bucketArn);
        List<LayerOutcome> callerSide = new ArrayList<>();
        var c = s.ev().caller();
        callerSide.add(LayerOutcome.list(
                PolicyLayer.IDENTITY,
                c.identityPolicies(),
                "caller.identityPolicies",
                "identity",
                ctx,
                Kind.IDENTITY,
                false));
        callerSide.add(LayerOutcome.list(
                PolicyLayer.BOUNDARY,
                c.permissionsBoundary().map(List::of),
                "caller.permissionsBoundary",
                "boundary",
                ctx,
                Kind.IDENTITY,
                true));
        callerSide.add(LayerOutcome.list(
                PolicyLayer.SESSION,
                c.sessionPolicy().map(List::of),
                "caller.sessionPolicy",
                "session",
                ctx,
                Kind.IDENTITY,
                true));
        LayerView bucket = LayerView.of(s.ev().bucket().policy(), "bucket.policy", "bucket-policy", ctx, Kind.RESOURCE);
        Tri allowed = Tri.TRUE;
        Tri deny = bucket.deny();
        for (LayerOutcome o : callerSide) {
            deny = deny.or(o.deny());
            allowed = allowed.and(o.allow());
        }
        if (s.sameAccount() != Tri.TRUE) {
            Fact<ObjectOwnership> own = s.ev().bucket().objectOwnership();
            boolean aclsOn = own.orNull() != ObjectOwnership.BucketOwnerEnforced;
            Tri acl = aclsOn ? AclGrant.of(s.ev().bucket().acl(), "READ", s).granted() : Tri.FALSE;
            allowed = allowed.and(bucket.allow().or(acl));
        }
        return deny.not().and(allowed);
    }
}

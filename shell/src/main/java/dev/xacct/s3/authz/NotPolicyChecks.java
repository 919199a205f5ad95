package dev.xacct.s3.authz;

import dev.xacct.policy.Tri;
import dev.xacct.s3.evidence.Fact;
import dev.xacct.s3.evidence.ObjectOwnership;
import java.util.ArrayList;
import java.util.List;

/**
 * Spec §1 step 1: reasons a request fails before any policy is read — expected bucket
 * owner, Requester Pays, a blocked encryption type, an ACL header on a BucketOwnerEnforced
 * bucket. (Signature and token problems never reach evidence.)
 */
final class NotPolicyChecks {
    private NotPolicyChecks() {}

    static List<Finding> run(Situation s) {
        List<Finding> out = new ArrayList<>();
        out.add(expectedBucketOwner(s));
        out.add(requesterPays(s));
        out.add(encryptionType(s));
        out.add(aclHeader(s));
        return out;
    }

    private static Finding expectedBucketOwner(Situation s) {
        String id = "expected-bucket-owner";
        String expected = s.ev().request().headers().get("x-amz-expected-bucket-owner");
        if (expected == null)
            return Finding.skip(id, "request headers", "the request does not send x-amz-expected-bucket-owner");
        if (s.bucketOwner() == null) {
            return Finding.unknown(
                    id,
                    "GetBucketAcl Owner",
                    "the bucket owner is unknown",
                    List.of(ResolveBy.fact("bucket.ownerAccount", s)));
        }
        if (expected.equals(s.bucketOwner()))
            return Finding.pass(
                    id, "request headers", "x-amz-expected-bucket-owner matches the bucket owner " + expected);
        return Finding.fail(
                id,
                "request headers",
                "x-amz-expected-bucket-owner is " + expected + " but the bucket belongs to " + s.bucketOwner(),
                Denial.notAuthorization(403, DeniedBy.EXPECTED_BUCKET_OWNER, RootCause.EXPECTED_BUCKET_OWNER_MISMATCH));
    }

    private static Finding requesterPays(Situation s) {
        String id = "requester-pays";
        String ev = "GetBucketRequestPayment";
        if (s.sameAccount() == Tri.TRUE)
            return Finding.skip(id, ev, "the caller's account owns the bucket and pays for it");
        if ("requester".equals(s.ev().request().headers().get("x-amz-request-payer"))) {
            return Finding.pass(
                    id, "request headers", "the request acknowledges Requester Pays (x-amz-request-payer: requester)");
        }
        Fact<Boolean> rp = s.ev().bucket().requesterPays();
        if (rp.isUnknown()) {
            return Finding.unknown(
                    id,
                    ev,
                    "whether the bucket is Requester Pays is unknown and the request does not send x-amz-request-payer",
                    List.of(ResolveBy.fact("bucket.requesterPays", s)));
        }
        if (Boolean.TRUE.equals(rp.orNull())) {
            return Finding.fail(
                    id,
                    ev,
                    "the bucket is Requester Pays and the request does not send x-amz-request-payer: requester",
                    Denial.notAuthorization(403, DeniedBy.REQUESTER_PAYS, RootCause.REQUESTER_PAYS_NOT_ACKNOWLEDGED));
        }
        return Finding.pass(id, ev, "the bucket is not Requester Pays");
    }

    private static Finding encryptionType(Situation s) {
        String id = "encryption-type";
        String ev = "GetBucketEncryption BlockedEncryptionTypes";
        boolean sseC = s.ev().request().headers().containsKey("x-amz-server-side-encryption-customer-algorithm");
        if (!sseC || !s.op().carriesEncryption()) {
            return Finding.skip(id, "request headers", "the request does not upload with SSE-C");
        }
        Fact<List<String>> blocked = s.ev().bucket().blockedEncryptionTypes();
        if (blocked.isUnknown()) {
            return Finding.unknown(
                    id,
                    ev,
                    "the upload uses SSE-C and the bucket's blocked encryption types are unknown",
                    List.of(ResolveBy.fact("bucket.blockedEncryptionTypes", s)));
        }
        if (blocked.orElse(List.of()).contains("SSE-C")) {
            return Finding.fail(
                    id,
                    ev,
                    "the bucket blocks uploads that use SSE-C (customer-provided keys)",
                    Denial.notAuthorization(403, DeniedBy.ENCRYPTION_TYPE_BLOCKED, RootCause.ENCRYPTION_TYPE_BLOCKED));
        }
        return Finding.pass(id, ev, "the bucket does not block SSE-C");
    }

    private static Finding aclHeader(Situation s) {
        String id = "acl-header";
        String ev = "GetBucketOwnershipControls";
        String acl = s.ev().request().headers().get("x-amz-acl");
        boolean grants = s.ev().request().headers().keySet().stream().anyMatch(h -> h.startsWith("x-amz-grant-"));
        boolean sendsAcl = s.op().carriesAcl() && ((acl != null && !acl.equals("bucket-owner-full-control")) || grants);
        if (!sendsAcl)
            return Finding.skip(id, "request headers", "the request sends no ACL other than bucket-owner-full-control");
        Fact<ObjectOwnership> own = s.ev().bucket().objectOwnership();
        if (own.isUnknown()) {
            return Finding.unknown(
                    id,
                    ev,
                    "the request sends an ACL and the bucket's Object Ownership is unknown",
                    List.of(ResolveBy.fact("bucket.objectOwnership", s)));
        }
        if (own.orNull() == ObjectOwnership.BucketOwnerEnforced) {
            return Finding.fail(
                    id,
                    ev,
                    "the request sends an ACL (" + (acl != null ? "x-amz-acl: " + acl : "x-amz-grant-*")
                            + ") and the bucket has ACLs disabled (BucketOwnerEnforced): 400 AccessControlListNotSupported",
                    Denial.notAuthorization(400, DeniedBy.ACL_NOT_SUPPORTED, RootCause.ACL_NOT_SUPPORTED));
        }
        return Finding.pass(
                id,
                ev,
                "the bucket accepts ACLs ("
                        + (own.orNull() == null ? "no ownership controls: ObjectWriter" : own.orNull()) + ")");
    }
}

package dev.xacct.s3.authz;

import dev.xacct.aws.Arns;
import dev.xacct.policy.Caller;
import dev.xacct.policy.ContextValue;
import dev.xacct.policy.RequestContext;
import dev.xacct.policy.Tri;
import dev.xacct.s3.evidence.Fact;
import dev.xacct.s3.evidence.S3Evidence;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request under diagnosis with what the engine derives once: the operation, the caller,
 * the resource ARNs, and the IAM request contexts for the caller's policies ({@code identity},
 * against the access point ARN when the request goes through one) and for the bucket policy
 * ({@code bucket}, against the bucket/object ARN).
 */
record Situation(
        S3Evidence ev,
        S3Operation op,
        Caller caller,
        String bucketOwner,
        RequestContext identity,
        RequestContext bucket,
        RequestContext accessPoint,
        PolicyNames names) {

    static Situation of(S3Evidence ev) {
        var r = ev.request();
        S3Operation op = S3Operation.of(r.operation(), r.key() != null);
        Caller caller = Caller.fromArn(ev.caller().arn());
        String owner = ev.bucket().ownerAccount().orNull();
        String bucketArn = Arns.s3Bucket(partitionOf(caller), r.bucket());
        String s3Resource = op.onObject() && r.key() != null ? bucketArn + "/" + r.key() : bucketArn;

        Map<String, ContextValue> keys = new LinkedHashMap<>();
        r.headers().forEach((h, v) -> {
            if (h.startsWith("x-amz-")) keys.put("s3:" + h, ContextValue.of(v));
        });
        keys.put("s3:ResourceAccount", value(ev.bucket().ownerAccount(), "bucket.ownerAccount"));
        if (r.accessPoint() != null) {
            keys.put("s3:DataAccessPointArn", ContextValue.of(r.accessPoint()));
            keys.put(
                    "s3:DataAccessPointAccount",
                    Arns.accountId(r.accessPoint())
                            .map(ContextValue::of)
                            .orElse(new ContextValue.Unknown("request.accessPoint")));
        }
        if (!caller.isAnonymous() && !caller.isService()) {
            // The unique id (AIDA…, AROA…:session) is not in the ARN: unknown unless the evidence gives it.
            keys.put("aws:userid", new ContextValue.Unknown("aws:userid"));
        }
        keys.putAll(RequestContext.values(r.context()));
        RequestContext bucketCtx = RequestContext.derive(
                caller,
                op.action(),
                s3Resource,
                value(ev.bucket().ownerAccount(), "bucket.ownerAccount"),
                value(ev.caller().orgId(), "caller.orgId"),
                value(ev.bucket().orgId(), "bucket.orgId"),
                keys);
        RequestContext apCtx = null;
        if (r.accessPoint() != null) {
            String apResource =
                    op.onObject() && r.key() != null ? r.accessPoint() + "/object/" + r.key() : r.accessPoint();
            apCtx = bucketCtx.with(op.action(), apResource);
        }
        return new Situation(
                ev, op, caller, owner, apCtx != null ? apCtx : bucketCtx, bucketCtx, apCtx, PolicyNames.of(ev, caller));
    }

    /** A fact as a condition-key value: unknown facts stay unknown, named by their field. */
    static ContextValue value(Fact<String> f, String factName) {
        if (f instanceof Fact.Known<String> k) return ContextValue.of(k.value());
        if (f instanceof Fact.Unknown<String>) return new ContextValue.Unknown(factName);
        return ContextValue.ABSENT;
    }

    /**
     * The partition of the ARNs the engine writes (the bucket's, a remedy's roles and keys): the
     * caller's, {@code aws} when the caller has no ARN (anonymous, a service).
     */
    String partition() {
        return partitionOf(caller);
    }

    private static String partitionOf(Caller caller) {
        return Arns.partition(caller.arn()).orElse("aws");
    }

    /** {@code arn:PARTITION:s3:::BUCKET}. */
    String bucketArn() {
        return Arns.s3Bucket(partition(), bucketName());
    }

    String bucketName() {
        return ev.request().bucket();
    }

    String key() {
        return ev.request().key();
    }

    String callerAccount() {
        return caller.account();
    }

    boolean viaAccessPoint() {
        return accessPoint != null;
    }

    /** Whether caller and bucket share an account (unknown when the bucket owner is). */
    Tri sameAccount() {
        if (bucketOwner == null) return Tri.UNKNOWN;
        return Tri.of(bucketOwner.equals(caller.account()));
    }

    boolean crossAccount() {
        return sameAccount() == Tri.FALSE;
    }

    /**
     * The account (or {@code service:<name>}) a canonical id belongs to, from the evidence's map.
     * The bucket owner's id stands for the bucket owner's account even when that account's number
     * is unknown: then the answer is unknown, never "another account".
     */
    Fact<String> accountOf(String canonicalId) {
        if (canonicalId == null) return Fact.absent();
        if (isBucketOwnerId(canonicalId)) {
            return bucketOwner == null
                    ? Fact.unknown("the bucket owner's account number is unknown")
                    : Fact.known(bucketOwner);
        }
        String a = ev.canonicalIds().get(canonicalId);
        return a == null
                ? Fact.unknown("canonical id " + canonicalId + " belongs to an unknown account")
                : Fact.known(a);
    }

    /** {@code " 111111111111"}, or {@code ""} when the bucket owner's account is unknown (never "null"). */
    String ownerSuffix() {
        return bucketOwner == null ? "" : " " + bucketOwner;
    }

    /** Whether a canonical id is the bucket owner's, compared by id (spec §2: never by display name). */
    boolean isBucketOwnerId(String canonicalId) {
        String owner = ev.bucket().ownerCanonicalId().orNull();
        return owner != null && owner.equals(canonicalId);
    }

    /** The stored object owner's account (or {@code service:<name>}), null when unknown or absent. */
    String objectOwnerAccount() {
        var o = ev.object().orNull();
        if (o == null || o.ownerCanonicalId().orNull() == null) return null;
        return accountOf(o.ownerCanonicalId().orNull()).orNull();
    }

    /** The caller account's canonical id, if the evidence maps it. */
    String callerCanonicalId() {
        if (caller.account() == null) return null;
        if (caller.account().equals(bucketOwner)
                && ev.bucket().ownerCanonicalId().orNull() != null) {
            return ev.bucket().ownerCanonicalId().orNull();
        }
        return ev.canonicalIds().entrySet().stream()
                .filter(e -> caller.account().equals(e.getValue()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }
}

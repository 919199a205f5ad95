package dev.xacct.s3.evidence;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Evidence for one S3 request, {@code xacct.s3-evidence/v1}. {@code canonicalIds} maps a
 * canonical user id to an account id, or to {@code service:<name>}. {@code source} is the
 * copy source of a {@code CopyObject}/{@code UploadPartCopy} (null otherwise, or when not given);
 * {@code policyRefs} names the evidence's policies ({@link PolicyRef}).
 */
public record S3Evidence(
        S3Request request,
        CallerEvidence caller,
        BucketEvidence bucket,
        Fact<ObjectEvidence> object,
        Fact<KmsEvidence> kms,
        Map<String, String> canonicalIds,
        Observed observed,
        CopySourceEvidence source,
        Map<String, PolicyRef> policyRefs) {
    public static final String SCHEMA = "xacct.s3-evidence/v1";

    public S3Evidence {
        canonicalIds = canonicalIds == null ? Map.of() : Map.copyOf(canonicalIds);
        policyRefs = policyRefs == null ? Map.of() : Map.copyOf(policyRefs);
    }

    /** Evidence of a request that copies nothing. */
    public S3Evidence(
            S3Request request,
            CallerEvidence caller,
            BucketEvidence bucket,
            Fact<ObjectEvidence> object,
            Fact<KmsEvidence> kms,
            Map<String, String> canonicalIds,
            Observed observed) {
        this(request, caller, bucket, object, kms, canonicalIds, observed, null, Map.of());
    }

    public static Builder builder(S3Request request, CallerEvidence caller, BucketEvidence bucket) {
        return new Builder(request, caller, bucket);
    }

    /** For the live gatherer: object and KMS facts stay unknown until set. */
    public static final class Builder {
        private final S3Request request;
        private final CallerEvidence caller;
        private final BucketEvidence bucket;
        private Fact<ObjectEvidence> object;
        private Fact<KmsEvidence> kms = Fact.unknown();
        private final Map<String, String> canonicalIds = new LinkedHashMap<>();
        private Observed observed;
        private CopySourceEvidence source;
        private final Map<String, PolicyRef> policyRefs = new LinkedHashMap<>();

        private Builder(S3Request request, CallerEvidence caller, BucketEvidence bucket) {
            this.request = request;
            this.caller = caller;
            this.bucket = bucket;
            this.object = request.key() == null ? Fact.absent() : Fact.unknown();
        }

        public Builder object(Fact<ObjectEvidence> v) {
            object = v;
            return this;
        }

        public Builder kms(Fact<KmsEvidence> v) {
            kms = v;
            return this;
        }
        /** Records that a canonical user id belongs to an account (or {@code service:<name>}). */
        public Builder canonicalId(String id, String account) {
            canonicalIds.put(id, account);
            return this;
        }

        public Builder observed(Observed v) {
            observed = v;
            return this;
        }

        public Builder source(CopySourceEvidence v) {
            source = v;
            return this;
        }

        /** Names the policy at {@code place} (e.g. {@code caller.identityPolicies[0]}). */
        public Builder policyRef(String place, PolicyRef ref) {
            policyRefs.put(place, ref);
            return this;
        }

        public S3Evidence build() {
            return new S3Evidence(request, caller, bucket, object, kms, canonicalIds, observed, source, policyRefs);
        }
    }
}

package dev.xacct.s3.evidence;

import java.util.Map;

/**
 * Evidence for one S3 request, {@code xacct.s3-evidence/v1}. {@code canonicalIds} maps a
 * canonical user id to an account id, or to {@code service:<name>}.
 */
public record S3Evidence(S3Request request, CallerEvidence caller, BucketEvidence bucket,
                         Fact<ObjectEvidence> object, Fact<KmsEvidence> kms,
                         Map<String, String> canonicalIds, Observed observed) {
    public static final String SCHEMA = "xacct.s3-evidence/v1";

    public S3Evidence {
        canonicalIds = canonicalIds == null ? Map.of() : Map.copyOf(canonicalIds);
    }
}

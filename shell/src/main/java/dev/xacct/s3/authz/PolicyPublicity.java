package dev.xacct.s3.authz;

import dev.xacct.policy.PolicyDocument;
import dev.xacct.policy.PublicPolicyCheck;
import dev.xacct.policy.Tri;
import dev.xacct.s3.evidence.Fact;

/**
 * Whether the bucket policy is public: {@code policyIsPublic} (GetBucketPolicyStatus) when it
 * was read, otherwise judged from the policy itself by AWS's definition ({@link PublicPolicyCheck}).
 */
final class PolicyPublicity {
    private PolicyPublicity() {}

    static Tri of(Situation s) {
        Fact<Boolean> stated = s.ev().bucket().policyIsPublic();
        if (stated.isKnown()) return Tri.of(stated.orNull());
        Fact<PolicyDocument> policy = s.ev().bucket().policy();
        if (policy.isAbsent()) return Tri.FALSE;
        if (policy.isUnknown()) return Tri.UNKNOWN;
        return Tri.of(PublicPolicyCheck.isPublic(policy.orNull()));
    }
}

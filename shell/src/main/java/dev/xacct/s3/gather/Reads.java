package dev.xacct.s3.gather;

import dev.xacct.policy.OrgPolicyLevel;
import dev.xacct.policy.PolicyDocument;
import dev.xacct.s3.evidence.Acl;
import dev.xacct.s3.evidence.Encryption;
import dev.xacct.s3.evidence.Fact;
import dev.xacct.s3.evidence.PolicyRef;
import java.util.List;
import java.util.Map;

/** What the reads of one perspective return, as plain values (no SDK types): the inputs of {@link EvidenceInference}. */
final class Reads {
    private Reads() {}

    /** {@code ListBuckets}: this account's canonical id, and whether the bucket is its own. */
    record Self(String canonicalId, boolean ownsBucket) {}

    /** {@code GetBucketAcl}: the bucket owner's canonical id and the ACL. */
    record BucketAcl(String ownerId, Acl acl) {}

    /** {@code GetBucketEncryption}: the default encryption (absent when none) and the blocked encryption types. */
    record BucketEncryption(Fact<Encryption> defaultEncryption, List<String> blocked) {}

    /** {@code ListObjectsV2 FetchOwner} with the key as prefix: exists, and the stored owner's canonical id. */
    record Listing(boolean exists, String ownerId) {}

    /** {@code GetObjectAcl}: the stored owner's canonical id and the ACL. */
    record ObjectAcl(String ownerId, Acl acl) {}

    /** The answer to a request: success with the encryption headers, or the failure S3 gave (status 0: no answer). */
    record Answer(int status, String errorCode, String message, Encryption encryption) {
        boolean ok() {
            return status >= 200 && status < 300 || status == 416;
        }
    }

    /** {@code DescribeKey} and {@code GetKeyPolicy}. */
    record KeyFacts(Fact<String> keyArn, Fact<String> keyManager, Fact<PolicyDocument> keyPolicy) {}

    /** {@code DescribeOrganization}: the organization's id and its management account. */
    record Organization(String id, String managementAccount) {}

    /** A policy read with what AWS calls it. */
    record NamedPolicy(PolicyRef ref, PolicyDocument document) {}

    /** The caller's identity policies and permissions boundary, named. */
    record IamFacts(Fact<List<NamedPolicy>> identityPolicies, Fact<NamedPolicy> boundary) {}

    /** SCPs or RCPs on the path from the root to an account, root first, with each policy's name keyed by its place. */
    record OrgChain(List<OrgPolicyLevel> levels, Map<String, PolicyRef> refs) {}
}

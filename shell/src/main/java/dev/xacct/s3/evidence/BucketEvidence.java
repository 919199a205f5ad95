package dev.xacct.s3.evidence;

import dev.xacct.policy.OrgPolicyLevel;
import dev.xacct.policy.PolicyDocument;
import java.util.List;

/**
 * What is known of the bucket (formats.md §1, "bucket"). {@code defaultEncryption} is what
 * {@code GetBucketEncryption} returned: the encryption of a write that sends no encryption header.
 */
public record BucketEvidence(
        Fact<String> ownerAccount,
        Fact<String> ownerCanonicalId,
        Fact<String> orgId,
        boolean ownerIsManagementAccount,
        Fact<ObjectOwnership> objectOwnership,
        Fact<PolicyDocument> policy,
        Fact<Boolean> policyIsPublic,
        Fact<Acl> acl,
        Fact<PublicAccessBlock> publicAccessBlock,
        Fact<Boolean> requesterPays,
        Fact<List<OrgPolicyLevel>> resourceControlPolicies,
        Fact<List<String>> blockedEncryptionTypes,
        Fact<PolicyDocument> accessPointPolicy,
        Fact<Encryption> defaultEncryption) {

    /** A bucket nothing is known of (e.g. a copy source outside the evidence). */
    public static BucketEvidence unknown() {
        return new BucketEvidence(
                Fact.unknown(),
                Fact.unknown(),
                Fact.unknown(),
                false,
                Fact.unknown(),
                Fact.unknown(),
                Fact.unknown(),
                Fact.unknown(),
                Fact.unknown(),
                Fact.unknown(),
                Fact.unknown(),
                Fact.unknown(),
                Fact.absent(),
                Fact.unknown());
    }

    public static Builder builder(String ownerAccount) {
        return new Builder(ownerAccount);
    }

    /** Facts not set stay unknown. */
    public static final class Builder {
        private final Fact<String> ownerAccount;
        private Fact<String> ownerCanonicalId = Fact.unknown();
        private Fact<String> orgId = Fact.unknown();
        private boolean ownerIsManagementAccount;
        private Fact<ObjectOwnership> objectOwnership = Fact.unknown();
        private Fact<PolicyDocument> policy = Fact.unknown();
        private Fact<Boolean> policyIsPublic = Fact.unknown();
        private Fact<Acl> acl = Fact.unknown();
        private Fact<PublicAccessBlock> publicAccessBlock = Fact.unknown();
        private Fact<Boolean> requesterPays = Fact.unknown();
        private Fact<List<OrgPolicyLevel>> resourceControlPolicies = Fact.unknown();
        private Fact<List<String>> blockedEncryptionTypes = Fact.unknown();
        private Fact<PolicyDocument> accessPointPolicy = Fact.absent();
        private Fact<Encryption> defaultEncryption = Fact.unknown();

        private Builder(String ownerAccount) {
            this.ownerAccount = Fact.known(ownerAccount);
        }

        public Builder ownerCanonicalId(Fact<String> v) {
            ownerCanonicalId = v;
            return this;
        }

        public Builder orgId(Fact<String> v) {
            orgId = v;
            return this;
        }

        public Builder ownerIsManagementAccount(boolean v) {
            ownerIsManagementAccount = v;
            return this;
        }

        public Builder objectOwnership(Fact<ObjectOwnership> v) {
            objectOwnership = v;
            return this;
        }

        public Builder policy(Fact<PolicyDocument> v) {
            policy = v;
            return this;
        }

        public Builder policyIsPublic(Fact<Boolean> v) {
            policyIsPublic = v;
            return this;
        }

        public Builder acl(Fact<Acl> v) {
            acl = v;
            return this;
        }

        public Builder publicAccessBlock(Fact<PublicAccessBlock> v) {
            publicAccessBlock = v;
            return this;
        }

        public Builder requesterPays(Fact<Boolean> v) {
            requesterPays = v;
            return this;
        }

        public Builder resourceControlPolicies(Fact<List<OrgPolicyLevel>> v) {
            resourceControlPolicies = v;
            return this;
        }

        public Builder blockedEncryptionTypes(Fact<List<String>> v) {
            blockedEncryptionTypes = v;
            return this;
        }

        public Builder accessPointPolicy(Fact<PolicyDocument> v) {
            accessPointPolicy = v;
            return this;
        }

        public Builder defaultEncryption(Fact<Encryption> v) {
            defaultEncryption = v;
            return this;
        }

        public BucketEvidence build() {
            return new BucketEvidence(
                    ownerAccount,
                    ownerCanonicalId,
                    orgId,
                    ownerIsManagementAccount,
                    objectOwnership,
                    policy,
                    policyIsPublic,
                    acl,
                    publicAccessBlock,
                    requesterPays,
                    resourceControlPolicies,
                    blockedEncryptionTypes,
                    accessPointPolicy,
                    defaultEncryption);
        }
    }
}

package dev.xacct.s3.evidence;

import dev.xacct.policy.PolicyDocument;

/** The KMS key that protects the object: keyManager is AWS or CUSTOMER. */
public record KmsEvidence(
        Fact<String> keyArn, Fact<String> keyManager, Fact<String> keyAccount, Fact<PolicyDocument> keyPolicy) {}

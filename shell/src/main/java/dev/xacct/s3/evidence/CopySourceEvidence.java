package dev.xacct.s3.evidence;

/**
 * What is known of the source of a {@code CopyObject} / {@code UploadPartCopy} (an xacct
 * addition to {@code xacct.s3-evidence/v1}: the optional top-level {@code source}). The source
 * is named by the request's {@code x-amz-copy-source} header.
 *
 * @param bucket the source bucket's facts; null when the source is in the request's own bucket
 *     (then the bucket facts are shared)
 * @param object the source object's facts
 * @param kms the source object's KMS key
 */
public record CopySourceEvidence(BucketEvidence bucket, Fact<ObjectEvidence> object, Fact<KmsEvidence> kms) {}

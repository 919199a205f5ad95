package dev.xacct.s3.evidence;

/**
 * Server-side encryption of an object, or a bucket's default encryption (formats.md §1:
 * {@code object.encryption}, {@code bucket.defaultEncryption}).
 *
 * @param type {@code none}, {@code SSE-S3}, {@code SSE-KMS}, {@code DSSE-KMS} or {@code SSE-C}
 * @param kmsKeyArn the KMS key (ARN, key id or alias as AWS returned it); null when none or not named
 * @param bucketKeyEnabled whether S3 Bucket Keys are used (KMS then sees the bucket ARN as the
 *     encryption context); null when not stated
 */
public record Encryption(String type, String kmsKeyArn, Boolean bucketKeyEnabled) {
    public Encryption(String type, String kmsKeyArn) {
        this(type, kmsKeyArn, null);
    }

    public boolean usesKms() {
        return "SSE-KMS".equals(type) || "DSSE-KMS".equals(type);
    }

    public boolean bucketKey() {
        return Boolean.TRUE.equals(bucketKeyEnabled);
    }
}

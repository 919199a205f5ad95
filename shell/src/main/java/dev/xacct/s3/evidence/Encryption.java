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

    /**
     * The encryption a write's headers ask for ({@code x-amz-server-side-encryption},
     * {@code …-aws-kms-key-id}, {@code …-bucket-key-enabled}, SSE-C's
     * {@code …-customer-algorithm}); null when they name none and the bucket default applies.
     */
    public static Encryption requestedBy(java.util.Map<String, String> headers) {
        if (headers.containsKey("x-amz-server-side-encryption-customer-algorithm"))
            return new Encryption("SSE-C", null);
        String sse = headers.get("x-amz-server-side-encryption");
        if (sse == null) return null;
        Boolean bucketKey = headers.containsKey("x-amz-server-side-encryption-bucket-key-enabled")
                ? Boolean.valueOf(headers.get("x-amz-server-side-encryption-bucket-key-enabled"))
                : null;
        String key = headers.get("x-amz-server-side-encryption-aws-kms-key-id");
        return switch (sse) {
            case "aws:kms" -> new Encryption("SSE-KMS", key, bucketKey);
            case "aws:kms:dsse" -> new Encryption("DSSE-KMS", key, bucketKey);
            case "AES256" -> new Encryption("SSE-S3", null);
            default -> null;
        };
    }

    /** Whether two ways of naming a KMS key (ARN, key id) name the same key; aliases compare as written. */
    public static boolean sameKey(String a, String b) {
        if (a == null || b == null) return false;
        return keyId(a).equals(keyId(b));
    }

    private static String keyId(String k) {
        int i = k.lastIndexOf(":key/");
        return i >= 0 ? k.substring(i + 5) : k.startsWith("key/") ? k.substring(4) : k;
    }
}

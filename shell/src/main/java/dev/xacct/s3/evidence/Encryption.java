package dev.xacct.s3.evidence;

/** Object encryption: type is none, SSE-S3, SSE-KMS, DSSE-KMS or SSE-C. */
public record Encryption(String type, String kmsKeyArn) {
    public boolean usesKms() {
        return "SSE-KMS".equals(type) || "DSSE-KMS".equals(type);
    }
}

package dev.xacct.aws;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An {@code s3://BUCKET[/KEY]} URI as the AWS CLI and Athena write them. The key may be empty
 * (a bucket, or a prefix {@code s3://b/logs/}); it is kept exactly as written after the first
 * {@code /} following the bucket.
 *
 * <p>Bucket names follow the S3 general purpose bucket naming rules: 3 to 63 characters of lower
 * case letters, digits, dots and hyphens, starting and ending with a letter or digit (S3 User
 * Guide, "General purpose bucket naming rules").
 *
 * @param bucket a valid bucket name
 * @param key    the key or prefix, never null, possibly empty
 */
public record S3Uri(String bucket, String key) {

    /** {@code s3://} */
    public static final String SCHEME = "s3://";

    /** S3's rule for general purpose bucket names (3-63 characters). */
    public static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    public S3Uri {
        if (!isBucketName(bucket)) {
            throw new IllegalArgumentException("'" + bucket + "' is not a valid bucket name");
        }
        key = key == null ? "" : key;
    }

    /** True when {@code name} follows S3's bucket naming rule; false for null. */
    public static boolean isBucketName(String name) {
        return name != null && BUCKET_NAME.matcher(name).matches();
    }

    /** True when {@code text} starts with {@code s3://}. */
    public static boolean hasScheme(String text) {
        return text != null && text.startsWith(SCHEME);
    }

    /**
     * Parses {@code s3://BUCKET[/KEY]}. IllegalArgumentException with one of two messages the
     * caller can extend with the shape it expects: {@code 'TEXT' is not an S3 URI} or
     * {@code 'TEXT' has no valid bucket name}.
     */
    public static S3Uri parse(String text) {
        if (!hasScheme(text)) {
            throw new IllegalArgumentException("'" + text + "' is not an S3 URI");
        }
        String rest = text.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        if (!isBucketName(bucket)) {
            throw new IllegalArgumentException("'" + text + "' has no valid bucket name");
        }
        return new S3Uri(bucket, slash < 0 ? "" : rest.substring(slash + 1));
    }

    /** The URI, or empty when {@code text} is not {@code s3://} with a valid bucket name. */
    public static Optional<S3Uri> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code s3://BUCKET/KEY} for an object or prefix of a bucket. */
    public static String of(String bucket, String key) {
        return SCHEME + bucket + "/" + (key == null ? "" : key);
    }

    /**
     * {@code s3://BUCKET/KEY}, or {@code s3://BUCKET} when the key is null or empty: the text of a
     * location as shown to the user. Unlike the record it checks nothing (evidence and logs may
     * name a bucket S3 would refuse; it is shown as it is).
     */
    public static String text(String bucket, String key) {
        return key == null || key.isEmpty() ? SCHEME + bucket : SCHEME + bucket + "/" + key;
    }

    /** The same bucket with another key. */
    public S3Uri withKey(String newKey) {
        return new S3Uri(bucket, newKey);
    }

    /** {@code s3://BUCKET/KEY}; {@code s3://BUCKET} when the key is empty. */
    @Override
    public String toString() {
        return text(bucket, key);
    }
}

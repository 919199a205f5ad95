package dev.xacct.s3.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request being diagnosed. {@code key} is null for bucket operations; header names are
 * lower-case; {@code context} holds extra IAM condition keys (values are lists: a single
 * value is a one-element list); {@code accessPoint} is the access point ARN or null.
 */
public record S3Request(
        String operation,
        String bucket,
        String key,
        Map<String, String> headers,
        Map<String, List<String>> context,
        String accessPoint) {
    public S3Request {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        context = context == null ? Map.of() : Map.copyOf(context);
    }

    /** A copy source as {@code x-amz-copy-source} names it: {@code [/]bucket/key[?versionId=…]}, URL-encoded. */
    public record CopySource(String bucket, String key) {}

    /** The {@code x-amz-copy-source} header, parsed; null when the request sends none or it names no key. */
    public CopySource copySource() {
        String v = headers.get("x-amz-copy-source");
        if (v == null) return null;
        String s = v.startsWith("/") ? v.substring(1) : v;
        int q = s.indexOf("?versionId=");
        if (q >= 0) s = s.substring(0, q);
        int slash = s.indexOf('/');
        if (slash <= 0 || slash == s.length() - 1) return null;
        return new CopySource(
                s.substring(0, slash),
                java.net.URLDecoder.decode(
                        s.substring(slash + 1).replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8));
    }

    public static Builder builder(String operation, String bucket) {
        return new Builder(operation, bucket);
    }

    public static final class Builder {
        private final String operation;
        private final String bucket;
        private String key;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final Map<String, List<String>> context = new LinkedHashMap<>();
        private String accessPoint;

        private Builder(String operation, String bucket) {
            this.operation = operation;
            this.bucket = bucket;
        }

        public Builder key(String key) {
            this.key = key;
            return this;
        }

        public Builder header(String name, String value) {
            headers.put(name.toLowerCase(java.util.Locale.ROOT), value);
            return this;
        }

        public Builder context(String key, String... values) {
            context.put(key, List.of(values));
            return this;
        }

        public Builder accessPoint(String arn) {
            this.accessPoint = arn;
            return this;
        }

        public S3Request build() {
            return new S3Request(operation, bucket, key, headers, context, accessPoint);
        }
    }
}

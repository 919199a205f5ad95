package dev.xacct.logs;

/**
 * Where a trail delivers: {@code s3://BUCKET[/PREFIX]} as given to {@code logs pull}. The prefix is
 * the trail's key prefix (the part before {@code AWSLogs/}); a prefix that already ends with
 * {@code AWSLogs} is taken as the {@code AWSLogs/} folder itself.
 */
public record LogSource(String bucket, String prefix) {

    private static final String BUCKET_NAME = "[a-z0-9][a-z0-9.\\-]{1,61}[a-z0-9]";

    public LogSource {
        prefix = prefix == null ? "" : prefix;
    }

    /** Parses {@code s3://BUCKET[/PREFIX]}; IllegalArgumentException with the expected shape otherwise. */
    public static LogSource parse(String text) {
        String shape = "expected s3://BUCKET[/PREFIX], e.g. s3://org-trail-logs or s3://logs/trails";
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("give the trail's bucket: " + shape);
        }
        if (!text.startsWith("s3://")) {
            throw new IllegalArgumentException("'" + text + "' is not an S3 URI: " + shape);
        }
        String rest = text.substring("s3://".length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String prefix = slash < 0 ? "" : rest.substring(slash + 1);
        if (!bucket.matches(BUCKET_NAME)) {
            throw new IllegalArgumentException("'" + text + "' has no valid bucket name: " + shape);
        }
        while (prefix.startsWith("/")) {
            prefix = prefix.substring(1);
        }
        while (prefix.endsWith("/")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        if (prefix.contains("//") || prefix.matches("(.*/)?\\.\\.?(/.*)?")) {
            throw new IllegalArgumentException("'" + text + "' has an unusable prefix: " + shape);
        }
        return new LogSource(bucket, prefix);
    }

    /** The {@code …/AWSLogs/} folder every CloudTrail key of this source is under. */
    public String awsLogsFolder() {
        if (prefix.isEmpty()) {
            return "AWSLogs/";
        }
        if (prefix.equals("AWSLogs") || prefix.endsWith("/AWSLogs")) {
            return prefix + "/";
        }
        return prefix + "/AWSLogs/";
    }

    /** {@code s3://BUCKET/KEY} for messages. */
    public String uri(String key) {
        return "s3://" + bucket + "/" + key;
    }

    @Override
    public String toString() {
        return prefix.isEmpty() ? "s3://" + bucket : "s3://" + bucket + "/" + prefix;
    }
}

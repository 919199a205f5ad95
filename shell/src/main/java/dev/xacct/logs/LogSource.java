package dev.xacct.logs;

import dev.xacct.aws.S3Uri;

/**
 * Where a trail delivers: {@code s3://BUCKET[/PREFIX]} as given to {@code logs pull}. The prefix is
 * the trail's key prefix (the part before {@code AWSLogs/}); a prefix that already ends with
 * {@code AWSLogs} is taken as the {@code AWSLogs/} folder itself.
 */
public record LogSource(String bucket, String prefix) {

    public LogSource {
        prefix = prefix == null ? "" : prefix;
    }

    /** Parses {@code s3://BUCKET[/PREFIX]}; IllegalArgumentException with the expected shape otherwise. */
    public static LogSource parse(String text) {
        String shape = "expected s3://BUCKET[/PREFIX], e.g. s3://org-trail-logs or s3://logs/trails";
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("give the trail's bucket: " + shape);
        }
        S3Uri uri;
        try {
            uri = S3Uri.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + ": " + shape);
        }
        String bucket = uri.bucket();
        String prefix = uri.key();
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
        return S3Uri.of(bucket, key);
    }

    @Override
    public String toString() {
        return S3Uri.text(bucket, prefix);
    }
}

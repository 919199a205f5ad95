package dev.xacct.query.athena;

import dev.xacct.aws.OrganizationId;
import dev.xacct.aws.S3Uri;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Where a trail delivers: {@code s3://BUCKET/[PREFIX/]AWSLogs/[o-ORG/]ACCOUNT/CloudTrail/REGION/yyyy/MM/dd/}.
 * The prefix methods give the S3 key prefixes at each level of that layout.
 *
 * @param prefix the key prefix before {@code AWSLogs/}, empty or ending in {@code /}
 */
public record CloudTrailLocation(String bucket, String prefix, Optional<String> organizationId) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    public CloudTrailLocation {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("a CloudTrail location needs a bucket");
        }
        prefix = prefix == null ? "" : prefix.replaceAll("^/+", "");
        if (!prefix.isEmpty() && !prefix.endsWith("/")) {
            prefix = prefix + "/";
        }
        organizationId = organizationId == null ? Optional.empty() : organizationId;
    }

    /**
     * From a table's LOCATION or a trail's bucket URL: {@code s3://b/p/AWSLogs/o-x/},
     * {@code s3://b/p/AWSLogs/} or {@code s3://b/p} (then {@code AWSLogs/} is assumed below it).
     */
    public static CloudTrailLocation parse(String s3Url) {
        S3Uri uri = S3Uri.tryParse(s3Url == null ? null : s3Url.strip())
                .orElseThrow(() -> new IllegalArgumentException("not an s3:// location: '" + s3Url + "'"));
        String path = uri.key().replaceAll("^/+", "");
        if (!path.isEmpty() && !path.endsWith("/")) {
            path += "/";
        }
        int logs = path.lastIndexOf("AWSLogs/");
        if (logs < 0) {
            return new CloudTrailLocation(uri.bucket(), path, Optional.empty());
        }
        String rest = path.substring(logs + "AWSLogs/".length());
        String org = rest.isEmpty() ? null : rest.substring(0, rest.length() - 1);
        if (org != null && !OrganizationId.isValid(org)) {
            throw new IllegalArgumentException("expected an organization id (o-…) after AWSLogs/ in '" + s3Url + "'");
        }
        return new CloudTrailLocation(uri.bucket(), path.substring(0, logs), Optional.ofNullable(org));
    }

    /** {@code PREFIX/AWSLogs/[o-ORG/]}: one common prefix per account below it. */
    public String accountsPrefix() {
        return prefix + "AWSLogs/" + organizationId.map(o -> o + "/").orElse("");
    }

    /** {@code …/ACCOUNT/CloudTrail/}: one common prefix per region below it. */
    public String regionsPrefix(String account) {
        return accountsPrefix() + account + "/CloudTrail/";
    }

    /** {@code …/ACCOUNT/CloudTrail/REGION/yyyy/MM/dd/}: one day's log files. */
    public String dayPrefix(String account, String region, LocalDate day) {
        return regionsPrefix(account) + region + "/" + DAY.format(day) + "/";
    }

    public String url() {
        return S3Uri.of(bucket, accountsPrefix());
    }
}

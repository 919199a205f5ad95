package dev.xacct.plugin.api;

/**
 * Where a table's logs live: the bucket, the key prefix before the kind's layout (empty or ending
 * in {@code /}) and the name of the layout in {@link TableKind#layouts()} the files follow.
 */
public record TableLocation(String bucket, String prefix, String layout) {

    public TableLocation {
        prefix = TableOptions.normalPrefix(prefix);
    }

    /** {@code s3://BUCKET/PREFIX}. */
    public String url() {
        return AwsShapes.s3Url(bucket, prefix);
    }
}

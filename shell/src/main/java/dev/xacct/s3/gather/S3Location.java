package dev.xacct.s3.gather;

/** An {@code s3://BUCKET/KEY} (or {@code s3://BUCKET/PREFIX}) given on the command line. */
public record S3Location(String bucket, String key) {

    /**
     * Parses {@code s3://BUCKET/KEY}; with {@code keyRequired} an empty key is refused.
     * Throws IllegalArgumentException with a message showing the expected shape.
     */
    public static S3Location parse(String text, boolean keyRequired) {
        String shape = keyRequired ? "s3://BUCKET/KEY" : "s3://BUCKET/PREFIX";
        if (text == null || text.isBlank()) throw new IllegalArgumentException("give an S3 URI: " + shape);
        if (!text.startsWith("s3://")) {
            throw new IllegalArgumentException("'" + text + "' is not an S3 URI: expected " + shape);
        }
        String rest = text.substring("s3://".length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String key = slash < 0 ? "" : rest.substring(slash + 1);
        if (bucket.isEmpty() || !bucket.matches("[a-z0-9][a-z0-9.\\-]{1,61}[a-z0-9]")) {
            throw new IllegalArgumentException("'" + text + "' has no valid bucket name: expected " + shape);
        }
        if (keyRequired && key.isEmpty()) {
            throw new IllegalArgumentException(
                    "'" + text + "' names no object: expected " + shape + " (an object operation needs a key)");
        }
        return new S3Location(bucket, key);
    }

    @Override
    public String toString() {
        return "s3://" + bucket + "/" + key;
    }
}

package dev.xacct.query.athena;

/**
 * What a query over a projected CloudTrail table will read, from the sizes of the S3 objects under
 * the partitions its predicates select.
 */
public record ScanEstimate(long bytes, long objects, int prefixes) {

    public String cost() {
        return ScanCost.formatFor(bytes);
    }

    /** {@code will scan ≈ 3.2 GB ≈ $0.016 (1,234 objects under 62 day prefixes)}. */
    public String describe() {
        return "will scan ≈ " + ByteSize.format(bytes) + " ≈ " + cost() + " (" + String.format("%,d", objects)
                + (objects == 1 ? " object" : " objects") + " under " + prefixes
                + (prefixes == 1 ? " day prefix)" : " day prefixes)");
    }
}

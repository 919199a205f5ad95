package dev.xacct.s3.evidence;

/** The bucket's effective Block Public Access settings. */
public record PublicAccessBlock(
        boolean blockPublicAcls, boolean ignorePublicAcls, boolean blockPublicPolicy, boolean restrictPublicBuckets) {
    public static final PublicAccessBlock NONE = new PublicAccessBlock(false, false, false, false);
    public static final PublicAccessBlock ALL = new PublicAccessBlock(true, true, true, true);
}

package dev.xacct.s3.evidence;

/** The bucket's Object Ownership setting (a bucket without one is ObjectWriter). */
public enum ObjectOwnership {
    BucketOwnerEnforced,
    BucketOwnerPreferred,
    ObjectWriter
}

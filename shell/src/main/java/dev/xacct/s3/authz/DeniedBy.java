package dev.xacct.s3.authz;

/** formats.md §2 {@code deniedBy} (closed list). */
public enum DeniedBy {
    IDENTITY_POLICY("identity-policy"),
    RESOURCE_POLICY("resource-policy"),
    OBJECT_ACL("object-acl"),
    BUCKET_ACL("bucket-acl"),
    SCP("scp"),
    RCP("rcp"),
    PERMISSIONS_BOUNDARY("permissions-boundary"),
    SESSION_POLICY("session-policy"),
    VPC_ENDPOINT_POLICY("vpc-endpoint-policy"),
    BLOCK_PUBLIC_ACCESS("block-public-access"),
    KMS("kms"),
    REQUESTER_PAYS("requester-pays"),
    EXPECTED_BUCKET_OWNER("expected-bucket-owner"),
    OBJECT_MISSING("object-missing"),
    ACL_NOT_SUPPORTED("acl-not-supported"),
    ENCRYPTION_TYPE_BLOCKED("encryption-type-blocked");

    private final String word;

    DeniedBy(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}

package dev.xacct.s3.authz;

/** formats.md §2 {@code rootCause} (closed list; the JSON word is the constant's name). */
public enum RootCause {
    NONE,
    OBJECT_OWNER_NOT_BUCKET_OWNER,
    NO_OBJECT_ACL_GRANT,
    NO_BUCKET_POLICY_ALLOW,
    BUCKET_POLICY_DENY,
    NO_IDENTITY_ALLOW,
    IDENTITY_POLICY_DENY,
    SCP_DENY,
    SCP_NO_ALLOW,
    RCP_DENY,
    BOUNDARY_NO_ALLOW,
    BOUNDARY_DENY,
    SESSION_POLICY_NO_ALLOW,
    SESSION_POLICY_DENY,
    VPCE_POLICY_NO_ALLOW,
    VPCE_POLICY_DENY,
    BPA_RESTRICT_PUBLIC_BUCKETS,
    BPA_IGNORE_PUBLIC_ACLS,
    BPA_BLOCK_PUBLIC_ACLS,
    KMS_AWS_MANAGED_KEY_CROSS_ACCOUNT,
    KMS_KEY_POLICY_NO_ALLOW,
    KMS_IDENTITY_NO_ALLOW,
    KMS_DENY,
    REQUESTER_PAYS_NOT_ACKNOWLEDGED,
    EXPECTED_BUCKET_OWNER_MISMATCH,
    OBJECT_MISSING_NO_LIST,
    OBJECT_MISSING,
    ACL_NOT_SUPPORTED,
    ENCRYPTION_TYPE_BLOCKED,
    ACCESS_POINT_NOT_DELEGATED,
    UNKNOWN;

    /** The root cause in plain words, for reports and for what a partial remedy leaves undone. */
    public String words() {
        return switch (this) {
            case OBJECT_OWNER_NOT_BUCKET_OWNER ->
                "the object belongs to another account than the bucket, so the bucket policy cannot share it";
            case BPA_RESTRICT_PUBLIC_BUCKETS ->
                "the bucket policy is public, so Block Public Access shuts out other accounts";
            case BPA_IGNORE_PUBLIC_ACLS -> "the only grant is a public ACL, which Block Public Access ignores";
            case BPA_BLOCK_PUBLIC_ACLS -> "the request sets a public ACL, which Block Public Access refuses";
            case NO_IDENTITY_ALLOW -> "the caller's own IAM policies do not allow it";
            case BUCKET_POLICY_DENY -> "a Deny in the bucket policy";
            case NO_BUCKET_POLICY_ALLOW -> "the bucket policy does not allow the caller";
            case NO_OBJECT_ACL_GRANT -> "the object's ACL grants the caller nothing";
            case IDENTITY_POLICY_DENY -> "a Deny in the caller's own IAM policies";
            case SCP_DENY -> "a Deny in a service control policy of the caller's organization";
            case SCP_NO_ALLOW ->
                "a service control policy level of the caller's organization allows nothing of the kind";
            case RCP_DENY -> "a Deny in a resource control policy of the bucket's organization";
            case BOUNDARY_NO_ALLOW -> "the caller's permissions boundary does not allow it";
            case BOUNDARY_DENY -> "a Deny in the caller's permissions boundary";
            case SESSION_POLICY_NO_ALLOW -> "the session policy of the caller's session does not allow it";
            case SESSION_POLICY_DENY -> "a Deny in the caller's session policy";
            case VPCE_POLICY_NO_ALLOW -> "the VPC endpoint's policy does not allow it";
            case VPCE_POLICY_DENY -> "a Deny in the VPC endpoint's policy";
            case KMS_AWS_MANAGED_KEY_CROSS_ACCOUNT ->
                "the object is encrypted with an AWS managed key no other account can use";
            case KMS_KEY_POLICY_NO_ALLOW -> "the KMS key policy does not allow the caller";
            case KMS_IDENTITY_NO_ALLOW -> "the caller's IAM policies do not allow the KMS key";
            case KMS_DENY -> "a Deny on the KMS key";
            case REQUESTER_PAYS_NOT_ACKNOWLEDGED ->
                "the bucket is Requester Pays and the request did not accept the charge";
            case EXPECTED_BUCKET_OWNER_MISMATCH -> "the bucket belongs to another account than the request expects";
            case OBJECT_MISSING_NO_LIST ->
                "the key does not exist, and without s3:ListBucket S3 says 403 instead of 404";
            case OBJECT_MISSING -> "the key does not exist";
            case ACL_NOT_SUPPORTED -> "the bucket has ACLs disabled and the request sets one";
            case ENCRYPTION_TYPE_BLOCKED -> "the bucket blocks this encryption type";
            case ACCESS_POINT_NOT_DELEGATED -> "the bucket policy does not delegate to the access point";
            default -> name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }
}

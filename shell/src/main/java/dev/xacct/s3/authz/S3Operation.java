package dev.xacct.s3.authz;

import java.util.Map;
import java.util.Set;

/**
 * An S3 API operation as authorization sees it: the IAM action it needs, whether it acts on
 * an existing object (governed by the object's owner, spec §1.6) or is governed by the
 * bucket owner (bucket operations and object uploads, §1.5), the ACL permission that would
 * grant it, and which KMS permission it needs (§1.7).
 */
public record S3Operation(String name, String action, Scope scope, String aclPermission, KmsUse kms) {

    public enum Scope {
        BUCKET,
        NEW_OBJECT,
        EXISTING_OBJECT
    }

    public enum KmsUse {
        NONE,
        DECRYPT,
        GENERATE_DATA_KEY,
        NOT_ESTABLISHED
    }

    private static final Map<String, S3Operation> KNOWN = Map.ofEntries(
            op("GetObject", "s3:GetObject", Scope.EXISTING_OBJECT, "READ", KmsUse.DECRYPT),
            // Whether HeadObject needs kms:Decrypt is not established (spec §1.7).
            op("HeadObject", "s3:GetObject", Scope.EXISTING_OBJECT, "READ", KmsUse.NOT_ESTABLISHED),
            op("GetObjectVersion", "s3:GetObjectVersion", Scope.EXISTING_OBJECT, "READ", KmsUse.DECRYPT),
            op("GetObjectAcl", "s3:GetObjectAcl", Scope.EXISTING_OBJECT, "READ_ACP", KmsUse.NONE),
            op("PutObjectAcl", "s3:PutObjectAcl", Scope.EXISTING_OBJECT, "WRITE_ACP", KmsUse.NONE),
            op("GetObjectTagging", "s3:GetObjectTagging", Scope.EXISTING_OBJECT, null, KmsUse.NONE),
            op("PutObjectTagging", "s3:PutObjectTagging", Scope.EXISTING_OBJECT, null, KmsUse.NONE),
            op("DeleteObject", "s3:DeleteObject", Scope.NEW_OBJECT, "WRITE", KmsUse.NONE),
            op("PutObject", "s3:PutObject", Scope.NEW_OBJECT, "WRITE", KmsUse.GENERATE_DATA_KEY),
            op("CopyObject", "s3:PutObject", Scope.NEW_OBJECT, "WRITE", KmsUse.GENERATE_DATA_KEY),
            op("CreateMultipartUpload", "s3:PutObject", Scope.NEW_OBJECT, "WRITE", KmsUse.GENERATE_DATA_KEY),
            op("UploadPart", "s3:PutObject", Scope.NEW_OBJECT, "WRITE", KmsUse.DECRYPT),
            op("CompleteMultipartUpload", "s3:PutObject", Scope.NEW_OBJECT, "WRITE", KmsUse.NONE),
            op("ListObjectsV2", "s3:ListBucket", Scope.BUCKET, "READ", KmsUse.NONE),
            op("ListObjects", "s3:ListBucket", Scope.BUCKET, "READ", KmsUse.NONE),
            op("HeadBucket", "s3:ListBucket", Scope.BUCKET, "READ", KmsUse.NONE),
            op("ListObjectVersions", "s3:ListBucketVersions", Scope.BUCKET, "READ", KmsUse.NONE),
            op("GetBucketAcl", "s3:GetBucketAcl", Scope.BUCKET, "READ_ACP", KmsUse.NONE),
            op("PutBucketAcl", "s3:PutBucketAcl", Scope.BUCKET, "WRITE_ACP", KmsUse.NONE),
            op("GetBucketLocation", "s3:GetBucketLocation", Scope.BUCKET, null, KmsUse.NONE));

    private static final Set<String> ACL_WRITES =
            Set.of("PutObject", "CopyObject", "CreateMultipartUpload", "PutObjectAcl", "PutBucketAcl");

    private static Map.Entry<String, S3Operation> op(String name, String action, Scope scope, String acl, KmsUse kms) {
        return Map.entry(name, new S3Operation(name, action, scope, acl, kms));
    }

    /** Known operations by table; any other name maps to {@code s3:<Name>} on the bucket or object. */
    public static S3Operation of(String name, boolean hasKey) {
        S3Operation known = KNOWN.get(name);
        if (known != null) return known;
        return new S3Operation(name, "s3:" + name, hasKey ? Scope.EXISTING_OBJECT : Scope.BUCKET, null, KmsUse.NONE);
    }

    /** Whether the request may carry an ACL (canned {@code x-amz-acl} or {@code x-amz-grant-*}). */
    public boolean carriesAcl() {
        return ACL_WRITES.contains(name);
    }

    public boolean onObject() {
        return scope != Scope.BUCKET;
    }
}

package dev.xacct.s3.authz;

import java.util.Map;
import java.util.Set;

/**
 * An S3 API operation as authorization sees it (spec §1, §5): the IAM action AWS maps it to,
 * whether it acts on an existing object (governed by the object's owner, §1.6) or is governed
 * by the bucket owner (bucket operations and writes, §1.5), the ACL permission that would
 * grant it, which KMS permission it needs on which key (§1.7, §5), and which headers it can
 * carry at all: only {@code PutObject}, {@code CopyObject} and {@code CreateMultipartUpload}
 * carry ACL and encryption headers; {@code UploadPart} carries neither.
 *
 * @param copy whether the operation also reads a source object ({@code CopyObject},
 *     {@code UploadPartCopy}): the source is authorized as a {@code GetObject} of its own
 */
public record S3Operation(
        String name,
        String action,
        Scope scope,
        String aclPermission,
        KmsUse kms,
        boolean carriesAcl,
        boolean carriesEncryption,
        boolean copy) {

    public enum Scope {
        BUCKET,
        NEW_OBJECT,
        EXISTING_OBJECT
    }

    /** Which KMS permission the operation needs, on which key. */
    public enum KmsUse {
        NONE,
        /** {@code kms:Decrypt} on the stored object's key (GetObject, a copy's source). */
        DECRYPT_STORED,
        /** HeadObject: whether it needs {@code kms:Decrypt} is not established (spec §1.7). */
        NOT_ESTABLISHED,
        /** {@code kms:GenerateDataKey} on the key of the write (its headers, else the bucket default). */
        GENERATE_FOR_WRITE,
        /** {@code kms:Decrypt} on the key of the multipart upload the part belongs to (spec §5). */
        DECRYPT_FOR_UPLOAD;

        /** The KMS action, or null for NONE. */
        public String kmsAction() {
            return switch (this) {
                case NONE -> null;
                case GENERATE_FOR_WRITE -> "kms:GenerateDataKey";
                default -> "kms:Decrypt";
            };
        }
    }

    private static final String R = "READ";
    private static final String W = "WRITE";

    private static final Map<String, S3Operation> KNOWN = Map.ofEntries(
            read("GetObject", "s3:GetObject", KmsUse.DECRYPT_STORED),
            read("HeadObject", "s3:GetObject", KmsUse.NOT_ESTABLISHED),
            read("GetObjectVersion", "s3:GetObjectVersion", KmsUse.DECRYPT_STORED),
            existing("GetObjectAcl", "s3:GetObjectAcl", "READ_ACP", false),
            existing("PutObjectAcl", "s3:PutObjectAcl", "WRITE_ACP", true),
            existing("GetObjectTagging", "s3:GetObjectTagging", null, false),
            existing("PutObjectTagging", "s3:PutObjectTagging", null, false),
            write("DeleteObject", "s3:DeleteObject", KmsUse.NONE, false, false),
            write("PutObject", "s3:PutObject", KmsUse.GENERATE_FOR_WRITE, true, false),
            write("CopyObject", "s3:PutObject", KmsUse.GENERATE_FOR_WRITE, true, true),
            write("CreateMultipartUpload", "s3:PutObject", KmsUse.GENERATE_FOR_WRITE, true, false),
            write("UploadPart", "s3:PutObject", KmsUse.DECRYPT_FOR_UPLOAD, false, false),
            write("UploadPartCopy", "s3:PutObject", KmsUse.DECRYPT_FOR_UPLOAD, false, true),
            write("CompleteMultipartUpload", "s3:PutObject", KmsUse.DECRYPT_FOR_UPLOAD, false, false),
            write("AbortMultipartUpload", "s3:AbortMultipartUpload", KmsUse.NONE, false, false),
            entry(new S3Operation(
                    "ListParts",
                    "s3:ListMultipartUploadParts",
                    Scope.NEW_OBJECT,
                    null,
                    KmsUse.NONE,
                    false,
                    false,
                    false)),
            bucket("ListObjectsV2", "s3:ListBucket", R),
            bucket("ListObjects", "s3:ListBucket", R),
            bucket("HeadBucket", "s3:ListBucket", R),
            bucket("ListObjectVersions", "s3:ListBucketVersions", R),
            bucket("ListMultipartUploads", "s3:ListBucketMultipartUploads", R),
            bucket("GetBucketAcl", "s3:GetBucketAcl", "READ_ACP"),
            entry(new S3Operation(
                    "PutBucketAcl", "s3:PutBucketAcl", Scope.BUCKET, "WRITE_ACP", KmsUse.NONE, true, false, false)),
            bucket("GetBucketLocation", "s3:GetBucketLocation", null));

    /** Parts and completion of a multipart upload: they inherit the upload's ACL and encryption. */
    private static final Set<String> MULTIPART_PARTS =
            Set.of("UploadPart", "UploadPartCopy", "CompleteMultipartUpload");

    private static Map.Entry<String, S3Operation> entry(S3Operation op) {
        return Map.entry(op.name(), op);
    }

    private static Map.Entry<String, S3Operation> read(String name, String action, KmsUse kms) {
        return entry(new S3Operation(name, action, Scope.EXISTING_OBJECT, R, kms, false, false, false));
    }

    private static Map.Entry<String, S3Operation> existing(String name, String action, String acl, boolean carriesAcl) {
        return entry(new S3Operation(name, action, Scope.EXISTING_OBJECT, acl, KmsUse.NONE, carriesAcl, false, false));
    }

    private static Map.Entry<String, S3Operation> write(
            String name, String action, KmsUse kms, boolean headers, boolean copy) {
        return entry(new S3Operation(name, action, Scope.NEW_OBJECT, W, kms, headers, headers, copy));
    }

    private static Map.Entry<String, S3Operation> bucket(String name, String action, String acl) {
        return entry(new S3Operation(name, action, Scope.BUCKET, acl, KmsUse.NONE, false, false, false));
    }

    /** The operations of the table, sorted: what {@code s3 diagnose --operation} accepts. */
    public static java.util.List<String> names() {
        return KNOWN.keySet().stream().sorted().toList();
    }

    /** Known operations by table; any other name maps to {@code s3:<Name>} on the bucket or object. */
    public static S3Operation of(String name, boolean hasKey) {
        S3Operation known = KNOWN.get(name);
        if (known != null) return known;
        return new S3Operation(
                name,
                "s3:" + name,
                hasKey ? Scope.EXISTING_OBJECT : Scope.BUCKET,
                null,
                KmsUse.NONE,
                false,
                false,
                false);
    }

    /** Whether the request may carry {@code header} (lower-case) at all. */
    public boolean canCarry(String header) {
        if (header.equals("x-amz-acl") || header.startsWith("x-amz-grant-")) return carriesAcl;
        if (header.startsWith("x-amz-server-side-encryption-customer-")) return scope != Scope.BUCKET;
        if (header.startsWith("x-amz-server-side-encryption")) return carriesEncryption;
        return true;
    }

    /** A part of (or the completion of) a multipart upload: it inherits the upload's ACL and encryption. */
    public boolean isMultipartPart() {
        return MULTIPART_PARTS.contains(name);
    }

    public boolean onObject() {
        return scope != Scope.BUCKET;
    }
}

package dev.xacct.s3.authz;

/**
 * The stable remedy ids. R1, R3, R4 and R5 are the fixes of spec §0; the others are named by
 * the scenarios' notes ({@code ../shared/scenarios/s3/*.json}) and fixed here. An id keeps its
 * meaning forever; a fix no id covers is not offered (the scenarios expect none then).
 */
public enum RemedyCatalogue {
    /** As the bucket owner: bucket ACL private, then Object Ownership BucketOwnerEnforced (owns old objects too). */
    R1("Make the bucket owner own every object: reset the bucket ACL to private, then turn on BucketOwnerEnforced"),
    /** Grant by name on both sides: a fixed-principal bucket-policy statement and the caller's identity Allow (incl. ListBucket, kms:Decrypt). */
    R2(
            "Grant the caller by name on both sides: a bucket-policy statement with a fixed principal, and an identity-policy Allow in the caller's account"),
    /** As the bucket owner: copy the objects onto themselves so the bucket owner owns the copies. */
    R3("Copy the objects onto themselves as the bucket owner, so the bucket owner owns them"),
    /** BucketOwnerPreferred: fixes only objects written later with bucket-owner-full-control. Not offered automatically (R1 supersedes it). */
    R4("Set BucketOwnerPreferred (fixes only objects written later with bucket-owner-full-control)"),
    /** The caller assumes a role in the bucket owner's account; works while the object ACL grants that account. */
    R5("Read as a role in the bucket owner's account (assume it from the caller's account)"),
    /** The writer sends bucket-owner-full-control (or no ACL at all on a BucketOwnerEnforced bucket), never a public ACL. */
    R6("Write with the bucket-owner-full-control ACL (or none on a BucketOwnerEnforced bucket), never a public ACL"),
    /** A customer managed KMS key whose key policy allows the caller's account. */
    R7("Use a customer managed KMS key whose key policy allows the caller's account"),
    /** Exempt the reader (its account, or aws:CalledVia athena.amazonaws.com) from a network-condition Deny. */
    R8("Exempt the reader from the bucket policy's network Deny (its account, or requests made via Athena)"),
    /** The bucket policy delegates access control to access points (s3:DataAccessPointAccount). */
    R9("Delegate access control from the bucket policy to the bucket owner's access points"),
    /** Meet or exempt an organization guardrail (SCP/RCP) or a request requirement (Requester Pays). */
    R10("Satisfy or exempt the organization-wide or request-level rule that refuses the request");

    private final String title;

    RemedyCatalogue(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

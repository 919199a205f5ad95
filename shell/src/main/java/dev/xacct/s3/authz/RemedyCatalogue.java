package dev.xacct.s3.authz;

/**
 * The stable remedy ids. R1, R3, R4 and R5 are the fixes of spec §0; R2 and R6–R10 are named by
 * the scenarios ({@code ../shared/scenarios/s3/*.json}); R11–R18 cover the denies those ids did
 * not, so every deny some change can fix has a fix (formats.md §2). An id keeps its meaning
 * forever. Every remedy is a plan with a step per account and a patch the engine re-evaluates;
 * {@link RemedyPlanner} says which ids each root cause gets and completes each plan with the
 * grants the other side still lacks. {@code docs/s3-diagnose.md} lists them for users.
 */
public enum RemedyCatalogue {
    /** As the bucket owner: bucket ACL private, then Object Ownership BucketOwnerEnforced (owns old objects too). */
    R1("Make the bucket owner own every object: reset the bucket ACL to private, then turn on BucketOwnerEnforced"),
    /** Grant by name on both sides: the caller's identity Allow and a bucket-policy (or key-policy) statement naming it. */
    R2("Grant the caller by name on both sides: an identity-policy Allow in the caller's account and a bucket-policy"
            + " statement naming it"),
    /** As the bucket owner: copy the objects onto themselves so the bucket owner owns the copies. */
    R3("Copy the object onto itself as the bucket owner, so the bucket owner owns the copy"),
    /** BucketOwnerPreferred: fixes only objects written later with bucket-owner-full-control. Not offered automatically (R1 supersedes it). */
    R4("Set BucketOwnerPreferred (fixes only objects written later with bucket-owner-full-control)"),
    /** The caller assumes a role in the bucket owner's account; works while the object ACL grants that account. */
    R5("Read as a role in the bucket owner's account, assumed from the caller's account"),
    /** The writer sends bucket-owner-full-control (never a public ACL), or grants it on the object it owns. */
    R6("Write with the bucket-owner-full-control ACL, never a public one"),
    /** A customer managed KMS key whose key policy allows the caller's account. */
    R7("Let the caller's account use the KMS key: a customer managed key whose key policy allows it"),
    /** Exempt the reader (its account, or aws:CalledVia athena.amazonaws.com) from a network-condition Deny. */
    R8("Exempt the reader from the bucket policy's network Deny (its account, or requests made via Athena)"),
    /** The bucket policy delegates access control to access points (s3:DataAccessPointAccount). */
    R9("Delegate access control from the bucket policy to the bucket owner's access points"),
    /** Meet or exempt an organization guardrail (SCP/RCP) or a request requirement (Requester Pays). */
    R10("Satisfy or exempt the organization-wide or request-level rule that refuses the request"),
    /** Guard a bucket-policy Deny on an ACL header with Null, so requests that cannot send the header pass. */
    R11("Make the bucket policy's ACL-header Deny apply only when the header is sent (\"Null\": false)"),
    /** BucketOwnerEnforced makes ACL headers moot: turn it on and drop the ACL-header Deny. */
    R12("Turn on BucketOwnerEnforced and drop the bucket policy's ACL-header Deny"),
    /** Narrow or remove the explicit Deny that matches (identity policy, boundary, key, endpoint, bucket policy). */
    R13("Narrow the explicit Deny so it no longer matches this request"),
    /** Widen the caller's permissions boundary. */
    R14("Widen the caller's permissions boundary to allow the action"),
    /** Start the session again without (or with a wider) session policy. */
    R15("Start the session again without the session policy (or with one that allows the action)"),
    /** Allow the request in the VPC endpoint policy. */
    R16("Allow the request in the VPC endpoint policy"),
    /** Send the bucket's real owner in x-amz-expected-bucket-owner (or drop the header). */
    R17("Send the bucket's real owner as the expected bucket owner"),
    /** Upload with SSE-S3 or SSE-KMS instead of the blocked SSE-C. */
    R18("Upload with SSE-S3 (or SSE-KMS) instead of customer-provided keys");

    private final String title;

    RemedyCatalogue(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

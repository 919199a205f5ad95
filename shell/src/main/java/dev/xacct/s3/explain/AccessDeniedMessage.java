package dev.xacct.s3.explain;

/**
 * What an AWS error message says (spec §3; formats.md §5). Fields the message does not carry
 * are null: a bare "Access Denied" names nobody; a HEAD 403 has no body at all.
 *
 * @param policyType the layer the message names, in the {@code deniedBy} words of formats.md §2
 *     plus {@code trust-policy}; a KMS key's own policy is {@code kms}
 * @param policyArn the denying policy's ARN when the message ends with one (AWS adds it since 2026)
 */
public record AccessDeniedMessage(
        Kind kind,
        String operation,
        Integer httpStatus,
        String errorCode,
        String principalArn,
        String action,
        String resource,
        String policyType,
        String policyArn) {

    /** formats.md §5 {@code kind}. */
    public enum Kind {
        /** "… because no TYPE allows the ACTION action". */
        NO_ALLOW,
        /** "… with an explicit deny in a(n) TYPE[: ARN]", or the older "… due to an explicit deny in …". */
        EXPLICIT_DENY,
        /** "… because public ACLs are prevented by the BlockPublicAcls setting …". */
        BLOCK_PUBLIC_ACLS,
        /** "… because public policies are prevented by the BlockPublicPolicy setting …". */
        BLOCK_PUBLIC_POLICY,
        /** "… blocked upload requests that specify Server Side Encryption with Customer provided keys (SSE-C)". */
        SSE_C_BLOCKED,
        /** A KMS refusal surfacing through S3 ("The ciphertext refers to a customer master key …"). */
        KMS,
        /** A bare "Access Denied": cross-organization requests get no detail. */
        BARE_ACCESS_DENIED,
        /** A HEAD request's 403: no body, so "Forbidden" is all there is. */
        HEAD_FORBIDDEN,
        /** 404 / NoSuchKey / "Not Found". */
        NOT_FOUND,
        /** "… is not authorized to perform: ACTION" with no reason clause. */
        NOT_AUTHORIZED,
        /** Anything else. */
        UNRECOGNIZED
    }
}

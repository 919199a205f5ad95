package dev.xacct.s3.explain;

import dev.xacct.policy.PolicyLayer;

/**
 * What an S3 error message says (spec §3). Fields the message does not carry are null:
 * a bare "Access Denied" names nobody; a HEAD 403 has no body at all.
 */
public record AccessDeniedMessage(
        Kind kind,
        String operation,
        Integer httpStatus,
        String errorCode,
        String principalArn,
        String action,
        String resource,
        PolicyLayer policyType) {

    public enum Kind {
        /** "… because no TYPE allows the ACTION action". */
        NO_ALLOW,
        /** "… with an explicit deny in a(n) TYPE". */
        EXPLICIT_DENY,
        /** "… because public ACLs are prevented by the BlockPublicAcls setting …". */
        BLOCK_PUBLIC_ACLS,
        /** "… blocked upload requests that specify Server Side Encryption with Customer provided keys (SSE-C)". */
        SSE_C_BLOCKED,
        /** A bare "Access Denied": cross-organization requests get no detail. */
        BARE_ACCESS_DENIED,
        /** The CLI's "(403) when calling the HeadObject operation: Forbidden": HEAD has no body. */
        HEAD_FORBIDDEN,
        /** "(404) … Not Found" / NoSuchKey. */
        NOT_FOUND,
        /** Anything else. */
        UNRECOGNIZED
    }
}

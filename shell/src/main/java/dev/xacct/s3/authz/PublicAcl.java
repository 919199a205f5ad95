package dev.xacct.s3.authz;

import dev.xacct.s3.evidence.Grantee;
import java.util.Map;
import java.util.Set;

/** Whether a request's ACL headers make the object or bucket public (Block Public Access terms). */
final class PublicAcl {
    private PublicAcl() {}

    private static final Set<String> PUBLIC_CANNED = Set.of("public-read", "public-read-write", "authenticated-read");

    static boolean inRequest(Map<String, String> headers) {
        String canned = headers.get("x-amz-acl");
        if (canned != null && PUBLIC_CANNED.contains(canned)) return true;
        return headers.entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith("x-amz-grant-")
                        && (e.getValue().contains(Grantee.ALL_USERS)
                                || e.getValue().contains(Grantee.AUTHENTICATED_USERS)));
    }
}

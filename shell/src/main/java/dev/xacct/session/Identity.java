package dev.xacct.session;

import java.util.Optional;

/**
 * Who a session is, as STS GetCallerIdentity says (or as derived from the role assumed).
 *
 * @param account twelve digits
 * @param arn     the caller ARN, e.g. {@code arn:aws:sts::111111111111:assumed-role/Admin/xacct}
 * @param userId  the unique id ({@code AROA…:session}); empty until STS was asked
 */
public record Identity(String account, String arn, Optional<String> userId) {

    /** The role name for an assumed role, the user name for a user, {@code root} for the root user. */
    public String principalName() {
        int colon = arn.lastIndexOf(':');
        String resource = colon >= 0 ? arn.substring(colon + 1) : arn;
        if (resource.startsWith("assumed-role/")) {
            String[] parts = resource.split("/");
            return parts.length > 1 ? parts[1] : resource;
        }
        if (resource.equals("root")) {
            return "root";
        }
        int slash = resource.lastIndexOf('/');
        return slash >= 0 ? resource.substring(slash + 1) : resource;
    }

    /** True for role credentials: assuming a role from these is role chaining (capped at 1 hour). */
    public boolean isRoleSession() {
        return arn.contains(":assumed-role/");
    }

    public String partition() {
        String[] parts = arn.split(":");
        return parts.length > 1 && !parts[1].isEmpty() ? parts[1] : "aws";
    }
}

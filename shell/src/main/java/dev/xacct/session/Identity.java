package dev.xacct.session;

import dev.xacct.aws.Arns;
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
        return Arns.roleName(arn).or(() -> Arns.resourceName(arn)).orElse(arn);
    }

    /** True for role credentials: assuming a role from these is role chaining (capped at 1 hour). */
    public boolean isRoleSession() {
        return Arns.isAssumedRole(arn);
    }

    /** The partition of the ARN; {@code aws} when it cannot be read. */
    public String partition() {
        return Arns.partition(arn).orElse("aws");
    }
}

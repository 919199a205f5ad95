package dev.xacct.session;

import dev.xacct.aws.Arns;

/**
 * What an AssumeRole AccessDenied usually means, most likely cause first. AWS's message does not
 * say which check failed, so the user gets the checklist, tailored to what they sent. Pure.
 */
public final class AccessDeniedExplanation {

    private AccessDeniedExplanation() {}

    /**
     * @param roleArn         the role that was refused
     * @param callerArn       who asked (null when unknown)
     * @param externalIdGiven whether the request carried an external id
     * @param mfaUsed         whether the request (or the caller's session) carried MFA
     */
    public static String explain(String roleArn, String callerArn, boolean externalIdGiven, boolean mfaUsed) {
        String caller = callerArn == null ? "the current session" : callerArn;
        StringBuilder out = new StringBuilder();
        out.append("not allowed to assume ")
                .append(roleArn)
                .append(" as ")
                .append(caller)
                .append(". Usual causes, most likely first: ");
        out.append("(1) the role's trust policy does not name ")
                .append(caller)
                .append(
                        callerArn == null
                                ? ""
                                : " or its account " + Arns.accountId(callerArn).orElse("?"))
                .append("; ");
        out.append(
                externalIdGiven
                        ? "(2) the --external-id given does not match the trust policy's sts:ExternalId; "
                        : "(2) the trust policy requires an external id (sts:ExternalId): add --external-id; ");
        out.append(
                mfaUsed
                        ? "(3) the trust policy's MFA condition (aws:MultiFactorAuthPresent/Age) is not met; "
                        : "(3) the trust policy requires MFA: add --mfa-serial arn:aws:iam::ACCOUNT:mfa/NAME; ");
        out.append("(4) your own policy lacks sts:AssumeRole on ")
                .append(roleArn)
                .append(" (or an SCP or permissions boundary denies it)");
        return out.toString();
    }
}

package dev.xacct.s3.explain;

import dev.xacct.policy.PolicyLayer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code s3 explain "MESSAGE"}: what an S3 error message means (spec §3) and what to check
 * next. It never guesses a cause the message does not carry: a bare "Access Denied" only
 * says the request crossed an organization boundary, not why it failed.
 */
public final class MessageExplainer {
    private MessageExplainer() {}

    public static Explanation explain(String text) {
        AccessDeniedMessage m = AccessDeniedMessageParser.parse(text);
        List<String> next = new ArrayList<>();
        String meaning;
        switch (m.kind()) {
            case NO_ALLOW -> {
                meaning = "Nothing in the " + title(m) + " allows " + m.principalArn() + " to perform " + m.action()
                        + " on " + m.resource()
                        + ". No policy denies it; an Allow is missing. AWS names the type only when"
                        + " caller and resource are in the same account or organization.";
                next.addAll(stepsForMissingAllow(m));
            }
            case EXPLICIT_DENY -> {
                meaning = "A Deny statement in the " + title(m) + " refuses " + m.action() + " on " + m.resource()
                        + " for " + m.principalArn()
                        + ". A Deny wins over every Allow, so adding Allows will not help.";
                next.add(
                        "Find the Deny in the " + title(m)
                                + (m.policyType() == PolicyLayer.SCP || m.policyType() == PolicyLayer.RCP
                                        ? " (read it from the organization's management or delegated-admin account)"
                                        : "")
                                + " and the condition that matched; change the request to avoid it or ask its owner for an exception.");
            }
            case BLOCK_PUBLIC_ACLS -> {
                meaning =
                        "The request tried to set a public ACL (public-read, public-read-write, authenticated-read or a grant to"
                                + " AllUsers/AuthenticatedUsers) and the bucket's Block Public Access setting BlockPublicAcls refuses it.";
                next.add("Upload without the public ACL (use --acl bucket-owner-full-control, or no --acl).");
            }
            case SSE_C_BLOCKED -> {
                meaning = "The bucket refuses uploads encrypted with customer-provided keys (SSE-C).";
                next.add("Upload with SSE-S3 or SSE-KMS instead (drop the --sse-c options).");
            }
            case BARE_ACCESS_DENIED -> {
                meaning =
                        "S3 refused the request without saying why. Since 2024 S3 names the policy type for requests within"
                                + " one account or organization, so a bare 'Access Denied' usually means the caller and the bucket are in"
                                + " different organizations. Any layer can be the cause, including object ownership.";
                next.add(
                        "Run: s3 diagnose s3://BUCKET/KEY (and add --owner with a session in the bucket owner's account to read its side).");
                next.add(
                        "Check who owns the object: aws s3api list-objects-v2 --bucket BUCKET --prefix KEY --fetch-owner.");
            }
            case HEAD_FORBIDDEN -> {
                meaning =
                        "HeadObject failed with 403. A HEAD response has no body, so the CLI can only print 'Forbidden': the"
                                + " reason is not in the message. The same request as a 1-byte GET returns the full message.";
                next.add(
                        "Ask again with a ranged GET: aws s3api get-object --bucket BUCKET --key KEY --range bytes=0-0 /dev/null");
                next.add("A 403 on a missing key is also possible when the caller lacks s3:ListBucket.");
                next.add("Run: s3 diagnose s3://BUCKET/KEY --operation HeadObject.");
            }
            case NOT_FOUND -> {
                meaning = "The key does not exist (S3 says 404 only to callers allowed s3:ListBucket; others get 403).";
                next.add("Check the key: aws s3 ls s3://BUCKET/PREFIX/");
            }
            default -> {
                meaning = "This is not one of the AccessDenied message forms xacct knows.";
                next.add("Run: s3 diagnose s3://BUCKET/KEY to evaluate every layer.");
            }
        }
        return new Explanation(m, meaning, next);
    }

    private static String title(AccessDeniedMessage m) {
        return m.policyType() == null ? "named policy" : m.policyType().title();
    }

    private static List<String> stepsForMissingAllow(AccessDeniedMessage m) {
        List<String> steps = new ArrayList<>();
        PolicyLayer t = m.policyType();
        if (t == null) {
            steps.add("Run: s3 diagnose to see which layer lacks an Allow.");
            return steps;
        }
        switch (t) {
            case IDENTITY ->
                steps.add("Add an IAM Allow for " + m.action() + " on " + m.resource() + " to " + m.principalArn()
                        + (m.action() != null && m.action().startsWith("kms:")
                                ? " (the key policy may allow the account already)"
                                : "")
                        + ".");
            case RESOURCE ->
                steps.add(
                        "The bucket (or access point, or key) policy must allow the caller; across accounts the"
                                + " object must also be owned by the bucket owner for a bucket-policy Allow to count. Run s3 diagnose.");
            case SCP ->
                steps.add("Every level of the caller's organization tree must allow " + m.action()
                        + "; read the SCPs from the management account (aws organizations list-policies-for-target).");
            case RCP -> steps.add("Check the resource control policies of the bucket owner's organization.");
            case VPC_ENDPOINT ->
                steps.add("The VPC endpoint policy must allow " + m.action() + " on " + m.resource()
                        + " (often it allows only the VPC owner's own buckets via aws:ResourceAccount).");
            case BOUNDARY ->
                steps.add("Widen the permissions boundary of " + m.principalArn() + " to include " + m.action() + ".");
            case SESSION ->
                steps.add("The session was started with a session policy (--policy) that excludes " + m.action()
                        + "; assume the role again without it.");
        }
        return steps;
    }
}

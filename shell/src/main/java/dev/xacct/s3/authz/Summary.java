package dev.xacct.s3.authz;

import dev.xacct.aws.S3Uri;
import java.util.List;

/**
 * One plain sentence a person can act on, without S3 vocabulary they may never have met
 * (spec §0: "object ownership" is explained, not named).
 */
final class Summary {
    private Summary() {}

    static String of(Situation s, Verdict verdict, Denial d, Check deciding, List<UnknownFact> unknowns) {
        String op = s.op().name();
        String target = S3Uri.text(s.bucketName(), s.key());
        String owner = s.bucketOwner() == null ? "the bucket owner" : "account " + s.bucketOwner();
        String caller = s.callerAccount() == null ? "an anonymous caller" : "account " + s.callerAccount();
        if (verdict == Verdict.ALLOWED)
            return op + " on " + target + " is allowed for " + s.caller().arn() + ".";
        if (verdict == Verdict.UNDETERMINED) {
            return "The outcome of " + op + " depends on facts " + caller + " cannot read ("
                    + String.join(
                            ", ",
                            unknowns.stream().map(UnknownFact::fact).distinct().toList()) + "); read them from "
                    + where(s, unknowns, owner) + " and run the diagnosis again.";
        }
        return switch (d.rootCause()) {
            case OBJECT_OWNER_NOT_BUCKET_OWNER ->
                "The file was written by another account (" + ownerOfObject(s)
                        + "), so it belongs to that account and " + owner + "'s bucket policy cannot share it; "
                        + owner + " should make itself the owner of every file in the bucket"
                        + (s.crossAccount()
                                ? ", or " + caller + " can read it through a role in " + owner + "."
                                : ", or copy the file so it owns the copy.");
            case BPA_RESTRICT_PUBLIC_BUCKETS ->
                "The bucket policy has a statement open to everyone, so Block Public Access locks out every other account, "
                        + caller + " included; " + owner + " should replace that statement with one naming " + caller
                        + ".";
            case BPA_IGNORE_PUBLIC_ACLS ->
                "The file is shared only with \"everyone\" through its ACL, which Block Public Access ignores; " + owner
                        + " should take ownership of the file and grant " + caller + " in the bucket policy.";
            case BPA_BLOCK_PUBLIC_ACLS ->
                "The upload asks to make the file public, which the bucket's Block Public Access refuses; upload without a public ACL.";
            case ACL_NOT_SUPPORTED ->
                "The bucket has ACLs turned off, so an upload that sets an ACL fails with 400; upload without --acl (or with bucket-owner-full-control).";
            case BUCKET_POLICY_DENY ->
                "A Deny statement in " + owner + "'s bucket policy refuses this request (" + deciding.detail()
                        + "); only " + owner + " can change it.";
            case NO_BUCKET_POLICY_ALLOW ->
                "Nothing on " + owner + "'s side allows " + caller + " to " + op + "; " + owner
                        + " must add a bucket-policy statement naming " + caller + ".";
            case ACCESS_POINT_NOT_DELEGATED ->
                "The access point allows the request but the bucket policy behind it neither allows it nor delegates to access points; "
                        + owner + " must do one of them.";
            case NO_IDENTITY_ALLOW ->
                "The caller's own account does not allow it to " + op + " this bucket: add an IAM Allow for "
                        + s.op().action() + " on " + s.identity().resource() + " to "
                        + s.caller().principalArn() + ".";
            case KMS_AWS_MANAGED_KEY_CROSS_ACCOUNT ->
                "The file is encrypted with " + owner
                        + "'s default AWS managed key, which no other account can ever use; " + owner
                        + " must switch to a customer managed key shared with " + caller + ".";
            case KMS_KEY_POLICY_NO_ALLOW ->
                "The file's encryption key does not let " + caller + " decrypt; the key's owner must add " + caller
                        + " to the key policy.";
            case KMS_IDENTITY_NO_ALLOW ->
                "The key policy lets " + caller
                        + " decrypt, but the caller's own IAM policy lacks kms:Decrypt on the key; add it.";
            case KMS_DENY -> "An explicit Deny refuses use of the file's encryption key (" + deciding.detail() + ").";
            case REQUESTER_PAYS_NOT_ACKNOWLEDGED ->
                "The bucket makes readers pay for requests; send --request-payer requester to accept that.";
            case EXPECTED_BUCKET_OWNER_MISMATCH ->
                "The request says the bucket should belong to another account than it does (" + deciding.detail()
                        + "); fix or drop --expected-bucket-owner.";
            case OBJECT_MISSING -> "There is no file at " + target + " (404).";
            case OBJECT_MISSING_NO_LIST ->
                "There is no file at " + target
                        + "; S3 says 403 rather than 404 because the caller may not list the bucket.";
            case ENCRYPTION_TYPE_BLOCKED ->
                "The bucket refuses uploads encrypted with customer-provided keys (SSE-C); use SSE-S3 or SSE-KMS.";
            case SCP_DENY, SCP_NO_ALLOW ->
                "An organization rule (service control policy) of " + caller
                        + " refuses the request; only that organization's administrators can exempt it.";
            case RCP_DENY ->
                "An organization rule (resource control policy) on " + owner + "'s side refuses callers like " + caller
                        + "; only that organization's administrators can exempt it.";
            case BOUNDARY_NO_ALLOW, BOUNDARY_DENY ->
                "The permissions boundary on " + s.caller().principalArn() + " does not let it " + op
                        + "; widen the boundary.";
            case SESSION_POLICY_NO_ALLOW, SESSION_POLICY_DENY ->
                "The session was started with a session policy that excludes " + s.op().action()
                        + "; assume the role again without (or with a wider) --policy.";
            case VPCE_POLICY_NO_ALLOW, VPCE_POLICY_DENY ->
                "The VPC endpoint the request goes through does not allow it; the endpoint's policy must allow " + owner
                        + "'s bucket.";
            case IDENTITY_POLICY_DENY ->
                "A Deny in the caller's own IAM policies refuses the request (" + deciding.detail() + ").";
            default -> deciding.detail();
        };
    }

    private static String ownerOfObject(Situation s) {
        String a = s.objectOwnerAccount();
        if (a == null) return "an unknown account";
        return a.startsWith("service:") ? "the AWS " + a.substring("service:".length()) + " service" : "account " + a;
    }

    static String keyAccount(Situation s) {
        var kms = s.ev().kms().orNull();
        return kms == null ? null : kms.keyAccount().orNull();
    }

    private static String where(Situation s, List<UnknownFact> unknowns, String owner) {
        boolean ownerSide = unknowns.stream()
                .anyMatch(u -> u.fact().startsWith("bucket.") || u.fact().startsWith("object."));
        boolean org = unknowns.stream().anyMatch(u -> u.fact().contains("ControlPolicies"));
        boolean kms = unknowns.stream().anyMatch(u -> u.fact().startsWith("kms"));
        boolean sameOwner = s.bucketOwner() != null && s.bucketOwner().equals(s.callerAccount());
        if (ownerSide)
            return sameOwner
                    ? "another session of " + owner + " that may read them (s3 diagnose … --owner ALIAS)"
                    : "a role in " + owner + " (s3 diagnose … --owner)";
        if (org) return "the organization's management or delegated-admin account";
        if (kms) {
            String keyAccount = keyAccount(s);
            if (keyAccount == null) return "the account that holds the KMS key";
            return keyAccount.equals(s.callerAccount())
                    ? "a principal of account " + keyAccount
                            + " that the key policy allows kms:GetKeyPolicy (this session could not read it)"
                    : "account " + keyAccount + ", which holds the KMS key";
        }
        return "the sessions named below";
    }
}

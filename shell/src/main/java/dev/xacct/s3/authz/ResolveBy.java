package dev.xacct.s3.authz;

/**
 * How to learn a fact that could not be read (spec §2: which perspective can read it).
 * Usually: assume a role in the bucket owner's account and re-run with {@code --owner}.
 */
final class ResolveBy {
    private ResolveBy() {}

    static UnknownFact fact(String fact, Situation s) {
        return new UnknownFact(fact, how(fact, s));
    }

    static String how(String fact, Situation s) {
        String owner = s.bucketOwner() == null ? "the bucket owner's account" : "account " + s.bucketOwner();
        String b = s.bucketName();
        String key = s.key() == null ? "KEY" : s.key();
        String rerun = "assume a role in " + owner + " (the bucket owner) and re-run s3 diagnose with --owner ALIAS";
        return switch (fact) {
            case "object.ownerCanonicalId" ->
                "with s3:ListBucket: aws s3api list-objects-v2 --bucket " + b + " --prefix '" + key
                        + "' --fetch-owner --max-items 1; or " + rerun;
            case "object.acl" -> rerun + " (aws s3api get-object-acl --bucket " + b + " --key '" + key + "')";
            case "object.encryption", "object.exists", "object" ->
                rerun + " (aws s3api head-object --bucket " + b + " --key '" + key + "')";
            case "bucket.policy" -> rerun + " (aws s3api get-bucket-policy --bucket " + b + ")";
            case "bucket.policyIsPublic" -> rerun + " (aws s3api get-bucket-policy-status --bucket " + b + ")";
            case "bucket.acl" -> rerun + " (aws s3api get-bucket-acl --bucket " + b + ")";
            case "bucket.objectOwnership" -> rerun + " (aws s3api get-bucket-ownership-controls --bucket " + b + ")";
            case "bucket.publicAccessBlock" -> rerun + " (aws s3api get-public-access-block --bucket " + b + ")";
            case "bucket.requesterPays" ->
                "retry with --request-payer requester, or " + rerun + " (aws s3api get-bucket-request-payment --bucket "
                        + b + ")";
            case "bucket.blockedEncryptionTypes" -> rerun + " (aws s3api get-bucket-encryption --bucket " + b + ")";
            case "bucket.ownerAccount", "bucket.ownerCanonicalId" ->
                "aws s3api get-bucket-acl --bucket " + b + " (Owner.ID), or " + rerun;
            case "bucket.orgId" -> "from " + owner + ": aws organizations describe-organization";
            case "bucket.resourceControlPolicies" ->
                "from the management or delegated-admin account of the bucket's organization: "
                        + "aws organizations list-policies-for-target --target-id " + RemedyText.owner(s)
                        + " --filter RESOURCE_CONTROL_POLICY"
                        + " (and for each parent OU up to the root)";
            case "caller.serviceControlPolicies" ->
                "from the management or delegated-admin account of the caller's organization: "
                        + "aws organizations list-policies-for-target --target-id " + RemedyText.caller(s)
                        + " --filter SERVICE_CONTROL_POLICY"
                        + " (and for each parent OU up to the root)";
            case "caller.orgId" -> "as the caller: aws organizations describe-organization";
            case "caller.sessionPolicy" ->
                "no command can read it: AWS does not tell a session policy back. Ask whoever started the session"
                        + " whether it passed --policy, or start the session with xacct (assume ROLE [--policy FILE]),"
                        + " which records what it passed";
            case "caller.permissionsBoundary" ->
                "as the caller: aws iam get-"
                        + (s.caller().kind() == dev.xacct.policy.Caller.Kind.USER
                                ? "user --user-name "
                                : "role --role-name ")
                        + s.caller().name() + " --query '*.PermissionsBoundary' (then aws iam get-policy-version)";
            case "caller.identityPolicies" ->
                s.caller().kind() == dev.xacct.policy.Caller.Kind.USER
                        ? "as the caller: aws iam list-user-policies / list-attached-user-policies --user-name "
                                + s.caller().name()
                        : s.caller().kind() == dev.xacct.policy.Caller.Kind.ROLE_SESSION
                                ? "as the caller: aws iam list-role-policies / list-attached-role-policies --role-name "
                                        + s.caller().name()
                                : "the root user and anonymous callers have no identity policies to read";
            case "caller.vpcEndpointPolicy" ->
                "as the endpoint's account: aws ec2 describe-vpc-endpoints --vpc-endpoint-ids "
                        + (s.ev().request()
                                .context()
                                .getOrDefault("aws:SourceVpce", java.util.List.of("VPCE_ID"))
                                .get(0))
                        + " --query 'VpcEndpoints[0].PolicyDocument'";
            case "kms", "kms.keyPolicy" -> {
                String keyAccount = Summary.keyAccount(s);
                String arn = s.ev().kms().orNull() == null
                        ? "KEY_ARN"
                        : s.ev().kms().orNull().keyArn().orElse("KEY_ARN");
                String who = keyAccount == null
                        ? "as the account that holds the key"
                        : keyAccount.equals(s.callerAccount())
                                ? "as a principal of account " + keyAccount + " (the caller's own; this session"
                                        + " could not read it) that the key policy and its IAM policy allow"
                                        + " kms:GetKeyPolicy, e.g. the key's administrator"
                                : "as a principal of account " + keyAccount
                                        + " (which holds the key) allowed kms:GetKeyPolicy";
                yield who + ": aws kms get-key-policy --key-id " + arn + " --policy-name default";
            }
            default ->
                fact.startsWith("caller.")
                        ? "as the caller: aws iam list-attached-role-policies / list-role-policies / get-role-policy (or the user equivalents)"
                        : fact.startsWith("aws:") || fact.startsWith("s3:")
                                ? "give the condition key " + fact + " in request.context of the evidence"
                                : rerun;
        };
    }
}

package dev.xacct.s3.explain;

import dev.xacct.aws.Arns;
import dev.xacct.aws.S3Uri;
import dev.xacct.s3.explain.AccessDeniedMessage.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.arns.Arn;

/**
 * The commands to run after reading a message, with its names filled in (formats.md §5): the
 * {@code s3 diagnose} line for the object, and the command that shows the named policy —
 * {@code aws organizations describe-policy --policy-id p-…} for an SCP or RCP, {@code aws iam
 * get-policy} plus {@code get-policy-version} for an IAM policy ARN, the bucket policy, the key
 * policy, the role's trust policy, the VPC endpoint policies. A session policy cannot be read
 * back from AWS; the step says so.
 */
final class NextSteps {
    private NextSteps() {}

    static List<String> of(AccessDeniedMessage m) {
        List<String> out = new ArrayList<>();
        Optional<String[]> object = s3Object(m.resource());
        String bucket = object.map(o -> o[0]).orElse("BUCKET");
        String key = object.map(o -> o[1]).orElse(null);
        if (m.kind() == Kind.HEAD_FORBIDDEN) {
            out.add("aws s3api get-object --bucket " + bucket + " --key " + (key == null ? "KEY" : quote(key))
                    + " --range bytes=0-0 /tmp/first-byte   # the same request with a body: the full message");
        }
        String arn = m.policyArn();
        String type = m.policyType();
        if (arn != null) out.addAll(showPolicy(arn));
        else if (type != null) out.addAll(showType(m, type, bucket, key));
        if (m.action() == null || m.action().startsWith("s3:") || m.kind() == Kind.KMS) {
            String op = m.operation() == null ? "" : " --operation " + m.operation();
            String target = object.isPresent() ? S3Uri.of(bucket, key == null ? "" : key) : "s3://BUCKET/KEY";
            out.add("s3 diagnose " + target + op + " --owner BUCKET_OWNER_ROLE   # every layer, from both sides");
        }
        return out;
    }

    /** The commands that print a policy named by its ARN. */
    private static List<String> showPolicy(String arn) {
        String service = Arns.service(arn).orElse("");
        if (service.equals("organizations")) {
            String id = Arns.resourceName(arn).orElse(arn);
            return List.of("aws organizations describe-policy --policy-id " + id
                    + "   # from the management or a delegated-admin account");
        }
        if (service.equals("iam")) {
            return List.of(
                    "aws iam get-policy --policy-arn " + arn + " --query Policy.DefaultVersionId --output text",
                    "aws iam get-policy-version --policy-arn " + arn
                            + " --version-id VERSION   # VERSION: printed above");
        }
        return List.of();
    }

    private static List<String> showType(AccessDeniedMessage m, String type, String bucket, String key) {
        String principal = m.principalArn();
        String role = principal == null ? null : Arns.roleName(principal).orElse(null);
        String user =
                principal != null && Arns.resourceType(principal).orElse("").equals("user")
                        ? Arns.resourceName(principal).orElse(null)
                        : null;
        return switch (type) {
            case "scp", "rcp" -> {
                boolean scp = type.equals("scp");
                String target =
                        scp && principal != null ? Arns.accountId(principal).orElse("ACCOUNT") : "ACCOUNT";
                yield List.of("aws organizations list-policies-for-target --target-id " + target + " --filter "
                        + (scp ? "SERVICE_CONTROL_POLICY" : "RESOURCE_CONTROL_POLICY")
                        + "   # then describe-policy; repeat for each parent OU up to the root");
            }
            case "identity-policy" ->
                role != null
                        ? List.of(
                                "aws iam list-role-policies --role-name " + role,
                                "aws iam list-attached-role-policies --role-name " + role)
                        : user != null
                                ? List.of(
                                        "aws iam list-user-policies --user-name " + user,
                                        "aws iam list-attached-user-policies --user-name " + user,
                                        "aws iam list-groups-for-user --user-name " + user)
                                : List.of();
            case "permissions-boundary" ->
                role != null
                        ? List.of("aws iam get-role --role-name " + role + " --query Role.PermissionsBoundary")
                        : user != null
                                ? List.of("aws iam get-user --user-name " + user + " --query User.PermissionsBoundary")
                                : List.of();
            case "session-policy" ->
                List.of("# no command reads a session policy back: ask who started the session whether it passed"
                        + " --policy, or start it again with xacct (assume ROLE [--policy FILE])");
            case "resource-policy" ->
                List.of(
                        "aws s3api get-bucket-policy --bucket " + bucket + " --query Policy --output text"
                                + "   # as the bucket owner",
                        "aws s3api get-public-access-block --bucket " + bucket);
            case "kms" ->
                m.resource() != null && Arns.service(m.resource()).orElse("").equals("kms")
                        ? List.of("aws kms get-key-policy --key-id " + m.resource() + " --policy-name default")
                        : List.of(
                                "aws s3api head-object --bucket " + bucket + " --key "
                                        + (key == null ? "KEY" : quote(key))
                                        + " --query SSEKMSKeyId   # as the bucket owner: the key in use",
                                "aws kms get-key-policy --key-id KEY_ARN --policy-name default   # as the key's account");
            case "vpc-endpoint-policy" ->
                List.of("aws ec2 describe-vpc-endpoints --filters Name=service-name,Values=com.amazonaws.REGION.s3"
                        + " --query 'VpcEndpoints[].[VpcEndpointId,PolicyDocument]'");
            case "trust-policy" -> {
                String target = m.resource() == null
                        ? null
                        : Arns.roleName(m.resource()).orElse(null);
                yield List.of("aws iam get-role --role-name " + (target == null ? "ROLE" : target)
                        + " --query Role.AssumeRolePolicyDocument   # as the role's account");
            }
            case "block-public-access" -> List.of("aws s3api get-public-access-block --bucket " + bucket);
            case "encryption-type-blocked" -> List.of("aws s3api get-bucket-encryption --bucket " + bucket);
            default -> List.of();
        };
    }

    /** Bucket and key (key may be null) of an S3 bucket or object ARN. */
    static Optional<String[]> s3Object(String resource) {
        return Arns.parse(resource)
                .filter(a -> a.service().equals("s3") && a.accountId().isEmpty())
                .map(Arn::resourceAsString)
                .map(r -> {
                    int slash = r.indexOf('/');
                    return slash < 0
                            ? new String[] {r, null}
                            : new String[] {r.substring(0, slash), r.substring(slash + 1)};
                });
    }

    private static String quote(String s) {
        return s.matches("[A-Za-z0-9_./=:@+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}

package dev.xacct.s3.gather;

import dev.xacct.aws.Arns;
import dev.xacct.aws.AwsErrors;
import dev.xacct.s3.explain.AccessDeniedMessage;
import dev.xacct.s3.explain.FetchedPolicy;
import dev.xacct.s3.explain.StatementMatcher;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * {@code s3 explain … --fetch}: reads the policy a message names, as the current session, and
 * matches its statements against the message's request. What it reads: an SCP/RCP by the ARN the
 * message ends with (organizations:DescribePolicy), an IAM managed policy by ARN (GetPolicy,
 * GetPolicyVersion), the bucket policy (GetBucketPolicy), a KMS key policy (GetKeyPolicy), a
 * role's trust policy (GetRole). A refusal is reported, not thrown.
 */
public final class NamedPolicyFetcher {
    private NamedPolicyFetcher() {}

    public static FetchedPolicy fetch(AccessDeniedMessage m, AwsPerspective p) {
        String arn = m.policyArn();
        String type = m.policyType() == null ? "" : m.policyType();
        String source = null;
        try {
            if (arn != null && Arns.service(arn).orElse("").equals("organizations")) {
                String id = Arns.resourceName(arn).orElse(arn);
                source = "aws organizations describe-policy --policy-id " + id;
                String content = p.organizations()
                        .describePolicy(b -> b.policyId(id))
                        .policy()
                        .content();
                return StatementMatcher.match(m, source, content);
            }
            if (arn != null && Arns.service(arn).orElse("").equals("iam")) {
                String version =
                        p.iam().getPolicy(b -> b.policyArn(arn)).policy().defaultVersionId();
                source = "aws iam get-policy-version --policy-arn " + arn + " --version-id " + version;
                String doc = p.iam()
                        .getPolicyVersion(b -> b.policyArn(arn).versionId(version))
                        .policyVersion()
                        .document();
                return StatementMatcher.match(m, source, IamDocuments.decode(doc));
            }
            String resource = m.resource();
            if (type.equals("resource-policy")
                    && resource != null
                    && Arns.service(resource).orElse("").equals("s3")) {
                String bucket =
                        Arns.parse(resource).orElseThrow().resourceAsString().split("/", 2)[0];
                source = "aws s3api get-bucket-policy --bucket " + bucket;
                return StatementMatcher.match(
                        m, source, p.s3().getBucketPolicy(b -> b.bucket(bucket)).policy());
            }
            if (type.equals("kms")
                    && resource != null
                    && Arns.service(resource).orElse("").equals("kms")) {
                source = "aws kms get-key-policy --key-id " + resource + " --policy-name default";
                String region = Arns.region(resource).orElse(null);
                return StatementMatcher.match(
                        m,
                        source,
                        p.kms(region)
                                .getKeyPolicy(b -> b.keyId(resource).policyName("default"))
                                .policy());
            }
            if (type.equals("trust-policy")
                    && resource != null
                    && Arns.roleName(resource).isPresent()) {
                String role = Arns.roleName(resource).orElseThrow();
                source = "aws iam get-role --role-name " + role;
                return StatementMatcher.match(
                        m,
                        source,
                        IamDocuments.decode(
                                p.iam().getRole(b -> b.roleName(role)).role().assumeRolePolicyDocument()));
            }
            return FetchedPolicy.failed(
                    null,
                    "the message names no single policy xacct can read"
                            + (type.isEmpty()
                                    ? ""
                                    : " (" + type + " without a policy ARN): run the commands under nextSteps"));
        } catch (SdkException e) {
            String code = AwsErrors.code(e).orElse(e.getClass().getSimpleName());
            return FetchedPolicy.failed(
                    source,
                    code + " as " + p.name() + ": the current session may not read it; switch to a session in the"
                            + " account that owns it (for SCPs and RCPs: the management or a delegated-admin account)");
        } catch (RuntimeException e) {
            return FetchedPolicy.failed(source, "read, but could not be parsed: " + e.getMessage());
        }
    }
}

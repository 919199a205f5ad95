package dev.xacct.s3.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.policy.PolicyLayer;
import org.junit.jupiter.api.Test;

class MessageExplainerTest {
    @Test
    void noAllowForm() {
        AccessDeniedMessage m = AccessDeniedMessageParser.parse(
                "An error occurred (AccessDenied) when calling the GetObject operation: "
                        + "User: arn:aws:sts::222222222222:assumed-role/AthenaRole/s is not authorized to perform: s3:GetObject on resource: "
                        + "\"arn:aws:s3:::ct-bucket/k\" because no permissions boundary allows the s3:GetObject action");
        assertThat(m.kind()).isEqualTo(AccessDeniedMessage.Kind.NO_ALLOW);
        assertThat(m.operation()).isEqualTo("GetObject");
        assertThat(m.errorCode()).isEqualTo("AccessDenied");
        assertThat(m.principalArn()).isEqualTo("arn:aws:sts::222222222222:assumed-role/AthenaRole/s");
        assertThat(m.action()).isEqualTo("s3:GetObject");
        assertThat(m.resource()).isEqualTo("arn:aws:s3:::ct-bucket/k");
        assertThat(m.policyType()).isEqualTo(PolicyLayer.BOUNDARY);
        assertThat(MessageExplainer.explain(
                                "User: a is not authorized to perform: kms:Decrypt on resource: \"k\" because no identity-based policy allows the kms:Decrypt action")
                        .message()
                        .policyType())
                .isEqualTo(PolicyLayer.IDENTITY);
    }

    @Test
    void explicitDenyForms() {
        for (var e : new String[][] {
            {"a service control policy", "SCP"},
            {"a resource control policy", "RCP"},
            {"a VPC endpoint policy", "VPC_ENDPOINT"},
            {"an identity-based policy", "IDENTITY"},
            {"a resource-based policy", "RESOURCE"},
            {"a session policy", "SESSION"},
            {"a permissions boundary", "BOUNDARY"}
        }) {
            AccessDeniedMessage m = AccessDeniedMessageParser.parse(
                    "User: arn:aws:iam::1:user/u is not authorized to perform: s3:GetObject on resource: "
                            + "\"arn:aws:s3:::b/k\" with an explicit deny in " + e[0]);
            assertThat(m.kind()).isEqualTo(AccessDeniedMessage.Kind.EXPLICIT_DENY);
            assertThat(m.policyType()).as(e[0]).isEqualTo(PolicyLayer.valueOf(e[1]));
        }
        assertThat(MessageExplainer.explain(
                                "User: u is not authorized to perform: s3:GetObject on resource: \"b\" with an explicit deny in a service control policy.")
                        .meaning())
                .contains("Deny")
                .contains("service control policy");
    }

    @Test
    void bareHeadAndBlockPublicAccessAndSseC() {
        assertThat(AccessDeniedMessageParser.parse("Access Denied").kind())
                .isEqualTo(AccessDeniedMessage.Kind.BARE_ACCESS_DENIED);
        assertThat(AccessDeniedMessageParser.parse(
                                "An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied")
                        .operation())
                .isEqualTo("ListObjectsV2");
        AccessDeniedMessage head = AccessDeniedMessageParser.parse(
                "An error occurred (403) when calling the HeadObject operation: Forbidden");
        assertThat(head.kind()).isEqualTo(AccessDeniedMessage.Kind.HEAD_FORBIDDEN);
        assertThat(head.httpStatus()).isEqualTo(403);
        assertThat(MessageExplainer.explain("An error occurred (403) when calling the HeadObject operation: Forbidden")
                        .nextSteps())
                .anyMatch(s -> s.contains("--range bytes=0-0"));
        assertThat(AccessDeniedMessageParser.parse(
                                "User: arn:aws:sts::2:assumed-role/R/s is not authorized to perform: s3:PutObject on resource: "
                                        + "\"arn:aws:s3:::b/k\" because public ACLs are prevented by the BlockPublicAcls setting in S3 Block Public Access.")
                        .kind())
                .isEqualTo(AccessDeniedMessage.Kind.BLOCK_PUBLIC_ACLS);
        assertThat(AccessDeniedMessageParser.parse(
                                "User: arn:aws:sts::2:assumed-role/R/s is not authorized to perform: s3:PutObject on resource: "
                                        + "\"arn:aws:s3:::b/k\" because this bucket has blocked upload requests that specify Server Side Encryption with Customer provided keys (SSE-C). "
                                        + "Please specify a different server-side encryption type")
                        .kind())
                .isEqualTo(AccessDeniedMessage.Kind.SSE_C_BLOCKED);
        assertThat(AccessDeniedMessageParser.parse(
                                "An error occurred (404) when calling the HeadObject operation: Not Found")
                        .kind())
                .isEqualTo(AccessDeniedMessage.Kind.NOT_FOUND);
        assertThat(MessageExplainer.explain("something else").message().kind())
                .isEqualTo(AccessDeniedMessage.Kind.UNRECOGNIZED);
        assertThat(MessageExplainer.explain("Access Denied").meaning()).contains("organizations");
    }

    @Test
    void javaSdkMessagesWithTheirServiceSuffix() {
        AccessDeniedMessage bare = AccessDeniedMessageParser.parse(
                "Access Denied (Service: S3, Status Code: 403, Request ID: ABC, Extended Request ID: xyz)");
        assertThat(bare.kind()).isEqualTo(AccessDeniedMessage.Kind.BARE_ACCESS_DENIED);
        assertThat(bare.httpStatus()).isEqualTo(403);
        AccessDeniedMessage head =
                AccessDeniedMessageParser.parse("null (Service: S3, Status Code: 403, Request ID: ABC)");
        assertThat(head.kind()).isEqualTo(AccessDeniedMessage.Kind.HEAD_FORBIDDEN);
        AccessDeniedMessage v1 = AccessDeniedMessageParser.parse(
                "Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: X)");
        assertThat(v1.errorCode()).isEqualTo("AccessDenied");
    }
}

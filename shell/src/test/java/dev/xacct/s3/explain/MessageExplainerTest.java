package dev.xacct.s3.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.s3.explain.AccessDeniedMessage.Kind;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The message shapes of spec §3 / formats.md §5, bare and in each wrapping users paste. */
class MessageExplainerTest {
    private static final String ME =
            "User: arn:aws:sts::222222222222:assumed-role/Reader/s is not authorized to perform: ";
    private static final String GET = ME + "s3:GetObject on resource: \"arn:aws:s3:::logs/a/b.gz\" ";

    static Stream<Arguments> typeWords() {
        return Stream.of(
                Arguments.of("a service control policy", "scp"),
                Arguments.of("a resource control policy", "rcp"),
                Arguments.of("a VPC endpoint policy", "vpc-endpoint-policy"),
                Arguments.of("an identity-based policy", "identity-policy"),
                Arguments.of("a resource-based policy", "resource-policy"),
                Arguments.of("a session policy", "session-policy"),
                Arguments.of("a permissions boundary", "permissions-boundary"),
                Arguments.of("the role trust policy", "trust-policy"),
                Arguments.of("a Service Control Policy", "scp"));
    }

    @ParameterizedTest(name = "explicit deny in {0}")
    @MethodSource("typeWords")
    void explicitDenyNamesTheTypeInFormatsWords(String words, String type) {
        AccessDeniedMessage m = AccessDeniedMessageParser.parse(GET + "with an explicit deny in " + words);
        assertThat(m.kind()).isEqualTo(Kind.EXPLICIT_DENY);
        assertThat(m.policyType()).isEqualTo(type);
        assertThat(m.policyArn()).isNull();
        AccessDeniedMessage old = AccessDeniedMessageParser.parse(GET + "due to an explicit deny in " + words + ".");
        assertThat(old.kind()).isEqualTo(Kind.EXPLICIT_DENY);
        assertThat(old.policyType()).isEqualTo(type);
    }

    @ParameterizedTest(name = "no {0} allows")
    @MethodSource("typeWords")
    void noAllowNamesTheType(String words, String type) {
        String w = words.replaceFirst("^(a|an|the) ", "");
        AccessDeniedMessage m =
                AccessDeniedMessageParser.parse(GET + "because no " + w + " allows the s3:GetObject action");
        assertThat(m.kind()).isEqualTo(Kind.NO_ALLOW);
        assertThat(m.policyType()).isEqualTo(type);
        assertThat(m.action()).isEqualTo("s3:GetObject");
        assertThat(m.resource()).isEqualTo("arn:aws:s3:::logs/a/b.gz");
        assertThat(m.operation()).isEqualTo("GetObject");
    }

    static Stream<Arguments> policyArns() {
        return Stream.of(
                Arguments.of(
                        "service control policy",
                        "arn:aws:organizations::999999999999:policy/o-abcdefghij/service_control_policy/p-abcd1234"),
                Arguments.of(
                        "resource control policy",
                        "arn:aws:organizations::999999999999:policy/o-abcdefghij/resource_control_policy/p-rcp12345"),
                Arguments.of("permissions boundary", "arn:aws:iam::222222222222:policy/DevBoundary"),
                Arguments.of("session policy", "arn:aws:iam::222222222222:policy/SessionScope"),
                Arguments.of("identity-based policy", "arn:aws:iam::aws:policy/AWSDenyAll"));
    }

    @ParameterizedTest(name = "{0}: ARN")
    @MethodSource("policyArns")
    void theDenyingPolicysArnIsRead(String words, String arn) {
        for (String wrapped : new String[] {
            GET + "with an explicit deny in a " + words + ": " + arn,
            GET + "with an explicit deny in a " + words + ": " + arn + ".",
            "An error occurred (AccessDenied) when calling the GetObject operation: " + GET
                    + "with an explicit deny in a " + words + ": " + arn
        }) {
            AccessDeniedMessage m = AccessDeniedMessageParser.parse(wrapped);
            assertThat(m.kind()).isEqualTo(Kind.EXPLICIT_DENY);
            assertThat(m.policyArn()).isEqualTo(arn);
        }
        Explanation e = MessageExplainer.explain(GET + "with an explicit deny in a " + words + ": " + arn);
        String show = arn.contains(":organizations:")
                ? "aws organizations describe-policy --policy-id p-"
                : "aws iam get-policy-version --policy-arn " + arn;
        assertThat(e.nextSteps()).anyMatch(s -> s.contains(show));
        assertThat(e.nextSteps()).anyMatch(s -> s.startsWith("s3 diagnose s3://logs/a/b.gz --operation GetObject"));
    }

    static Stream<Arguments> wrappers() {
        String inner = GET + "because no resource-based policy allows the s3:GetObject action";
        return Stream.of(
                Arguments.of("bare", inner),
                Arguments.of(
                        "AWS CLI", "An error occurred (AccessDenied) when calling the GetObject operation: " + inner),
                Arguments.of(
                        "AWS CLI retries",
                        "An error occurred (AccessDenied) when calling the GetObject operation (reached max retries: 4): "
                                + inner),
                Arguments.of(
                        "boto3",
                        "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: "
                                + inner),
                Arguments.of(
                        "Java SDK v2",
                        inner + " (Service: S3, Status Code: 403, Request ID: EXAMPLE, Extended Request ID: x/y=)"),
                Arguments.of(
                        "Java SDK v2 class",
                        "software.amazon.awssdk.services.s3.model.S3Exception: " + inner
                                + " (Service: S3, Status Code: 403, Request ID: EXAMPLE)"),
                Arguments.of(
                        "Java SDK v1",
                        "com.amazonaws.services.s3.model.AmazonS3Exception: " + inner
                                + " (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: X; S3 Extended Request ID: Y; Proxy: null)"),
                Arguments.of(
                        "Go SDK v2",
                        "operation error S3: GetObject, https response error StatusCode: 403, RequestID: X, HostID: Y, api error AccessDenied: "
                                + inner),
                Arguments.of("JS", "AccessDenied: " + inner),
                Arguments.of("multi-line paste", inner.replace(" because", "\n  because")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrappers")
    void wrappersComeOff(String name, String text) {
        Explanation e = MessageExplainer.explain(text);
        assertThat(e.message().kind()).isEqualTo(Kind.NO_ALLOW);
        assertThat(e.message().policyType()).isEqualTo("resource-policy");
        assertThat(e.message().httpStatus()).isEqualTo(403);
        assertThat(e.message().principalArn()).isEqualTo("arn:aws:sts::222222222222:assumed-role/Reader/s");
        assertThat(e.alternatives()).containsExactly("block-public-access");
        assertThat(e.nextSteps()).anyMatch(s -> s.contains("aws s3api get-bucket-policy --bucket logs"));
    }

    static Stream<Arguments> otherShapes() {
        return Stream.of(
                Arguments.of("Access Denied", Kind.BARE_ACCESS_DENIED, null),
                Arguments.of(
                        "An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied",
                        Kind.BARE_ACCESS_DENIED,
                        null),
                Arguments.of(
                        "Access Denied (Service: S3, Status Code: 403, Request ID: ABC)",
                        Kind.BARE_ACCESS_DENIED,
                        null),
                Arguments.of(
                        "fatal error: An error occurred (403) when calling the HeadObject operation: Forbidden",
                        Kind.HEAD_FORBIDDEN,
                        null),
                Arguments.of(
                        "An error occurred (403) when calling the HeadObject operation: Forbidden",
                        Kind.HEAD_FORBIDDEN,
                        null),
                Arguments.of(
                        "download failed: s3://b/AWSLogs/x.gz to ./x.gz An error occurred (403) when calling the"
                                + " HeadObject operation: Forbidden",
                        Kind.HEAD_FORBIDDEN,
                        null),
                Arguments.of(
                        "upload failed: ./a.bin to s3://b/a.bin An error occurred (AccessDenied) when calling the"
                                + " PutObject operation: Access Denied",
                        Kind.BARE_ACCESS_DENIED,
                        null),
                Arguments.of("null (Service: S3, Status Code: 403, Request ID: ABC)", Kind.HEAD_FORBIDDEN, null),
                Arguments.of(
                        "An error occurred (404) when calling the HeadObject operation: Not Found",
                        Kind.NOT_FOUND,
                        null),
                Arguments.of(
                        "An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.",
                        Kind.NOT_FOUND,
                        null),
                Arguments.of(
                        "An error occurred (AccessDenied) when calling the GetObject operation: The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.",
                        Kind.KMS,
                        "kms"),
                Arguments.of(
                        "The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access. (Service: S3, Status Code: 403, Request ID: R)",
                        Kind.KMS,
                        "kms"),
                Arguments.of(
                        ME
                                + "kms:Decrypt on resource: arn:aws:kms:eu-west-1:111111111111:key/1234 because no resource-based policy allows the kms:Decrypt action",
                        Kind.NO_ALLOW,
                        "kms"),
                Arguments.of(
                        ME
                                + "sts:AssumeRole on resource: arn:aws:iam::111111111111:role/LogReader because no resource-based policy allows the sts:AssumeRole action",
                        Kind.NO_ALLOW,
                        "trust-policy"),
                Arguments.of(
                        ME
                                + "s3:PutObjectAcl on resource: \"arn:aws:s3:::b/k\" because public ACLs are prevented by the BlockPublicAcls setting in S3 Block Public Access.",
                        Kind.BLOCK_PUBLIC_ACLS,
                        "block-public-access"),
                Arguments.of(
                        ME
                                + "s3:PutBucketPolicy on resource: \"arn:aws:s3:::b\" because public policies are prevented by the BlockPublicPolicy setting in S3 Block Public Access.",
                        Kind.BLOCK_PUBLIC_POLICY,
                        "block-public-access"),
                Arguments.of(
                        "An error occurred (AccessDenied) when calling the PutObject operation: " + ME
                                + "s3:PutObject on resource: \"arn:aws:s3:::b/k\" because this bucket has blocked upload requests that specify Server Side Encryption with Customer provided keys (SSE-C). Please specify a different server-side encryption type",
                        Kind.SSE_C_BLOCKED,
                        "encryption-type-blocked"),
                Arguments.of(ME + "s3:ListBucket on resource: \"arn:aws:s3:::b\"", Kind.NOT_AUTHORIZED, null),
                Arguments.of(ME + "s3:ListBucket", Kind.NOT_AUTHORIZED, null),
                Arguments.of("something else entirely", Kind.UNRECOGNIZED, null));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("otherShapes")
    void otherShapesAreRecognized(String text, Kind kind, String type) {
        AccessDeniedMessage m = AccessDeniedMessageParser.parse(text);
        assertThat(m.kind()).isEqualTo(kind);
        assertThat(m.policyType()).isEqualTo(type);
        assertThat(MessageExplainer.explain(text).meaning()).isNotBlank();
    }

    /** The same SCP deny as pasted from a web console, a PDF, a chat or a terminal: only the space differs. */
    static Stream<Arguments> spaceVariants() {
        String text = "User: arn:aws:iam::222222222222:user/x is not authorized to perform: s3:GetObject on resource:"
                + " \"arn:aws:s3:::b/k\" with an explicit deny in a service control policy";
        return Stream.of(
                Arguments.of("double space after User:", text.replace("User: ", "User:  ")),
                Arguments.of("double space in the reason", text.replace("explicit deny", "explicit  deny")),
                Arguments.of("tabs", text.replace(' ', '\t')),
                Arguments.of("no-break spaces", text.replace(' ', '\u00A0')),
                Arguments.of("narrow no-break and thin spaces", text.replace(" is ", "\u202Fis\u2009")),
                Arguments.of("ideographic space", text.replace(" with ", "\u3000with ")),
                Arguments.of("a zero-width space left by copying", text.replace("deny in", "deny\u200B in")),
                Arguments.of("CRLF line-wrapped", text.replace(" with an", "\r\n  with an")),
                Arguments.of(
                        "typographic quotes", text.replace("\"arn:aws:s3:::b/k\"", "\u201Carn:aws:s3:::b/k\u201D")),
                Arguments.of("upper-case reason words", text.replace("with an explicit deny", "With an Explicit Deny")),
                Arguments.of("a trailing full stop and spaces", text + ".\u00A0 "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spaceVariants")
    void anyRunOfSpaceReadsAsOneSpace(String name, String text) {
        AccessDeniedMessage m = AccessDeniedMessageParser.parse(text);
        assertThat(m.kind()).isEqualTo(Kind.EXPLICIT_DENY);
        assertThat(m.policyType()).isEqualTo("scp");
        assertThat(m.principalArn()).isEqualTo("arn:aws:iam::222222222222:user/x");
        assertThat(m.resource()).isEqualTo("arn:aws:s3:::b/k");
    }

    @Test
    void theResourceEndsWhereTheArnEndsAndAnUnreadReasonIsNotGuessed() {
        // a quoted resource ends at its quote; a reason we cannot read is UNRECOGNIZED, never NOT_AUTHORIZED
        AccessDeniedMessage odd = AccessDeniedMessageParser.parse(
                ME + "s3:GetObject on resource: \"arn:aws:s3:::b/k\" because of an explicit deny somewhere new");
        assertThat(odd.kind()).isEqualTo(Kind.UNRECOGNIZED);
        assertThat(odd.resource()).isEqualTo("arn:aws:s3:::b/k");
        AccessDeniedMessage unquoted = AccessDeniedMessageParser.parse(
                ME + "s3:GetObject on resource: arn:aws:s3:::b/k with an explicit deny in some new policy kind");
        assertThat(unquoted.resource()).isEqualTo("arn:aws:s3:::b/k");
        // a quoted key keeps its own spaces; an unquoted one with no reason after it is the whole rest
        assertThat(AccessDeniedMessageParser.parse(ME + "s3:GetObject on resource: \"arn:aws:s3:::b/my  file\"")
                        .resource())
                .isEqualTo("arn:aws:s3:::b/my  file");
        AccessDeniedMessage spaced =
                AccessDeniedMessageParser.parse(ME + "s3:GetObject on resource: arn:aws:s3:::b/my file.txt");
        assertThat(spaced.kind()).isEqualTo(Kind.NOT_AUTHORIZED);
        assertThat(spaced.resource()).isEqualTo("arn:aws:s3:::b/my file.txt");
    }

    @Test
    void headForbiddenSuggestsTheRangedGetAndABareDenyNamesTheVpcEndpoint() {
        Explanation head =
                MessageExplainer.explain("An error occurred (403) when calling the HeadObject operation: Forbidden");
        assertThat(head.message().operation()).isEqualTo("HeadObject");
        assertThat(head.nextSteps()).anyMatch(s -> s.contains("--range bytes=0-0"));
        Explanation bare = MessageExplainer.explain("Access Denied");
        assertThat(bare.alternatives()).contains("vpc-endpoint-policy");
        assertThat(bare.meaning()).contains("organizations");
    }

    @Test
    void trustPolicyDenyNamesTheRoleToRead() {
        Explanation e = MessageExplainer.explain(
                "An error occurred (AccessDenied) when calling the AssumeRole operation: "
                        + "User: arn:aws:sts::222222222222:assumed-role/Ops/bob is not authorized to perform: sts:AssumeRole on"
                        + " resource: arn:aws:iam::111111111111:role/LogReader with an explicit deny in the role trust policy");
        assertThat(e.message().policyType()).isEqualTo("trust-policy");
        assertThat(e.message().resource()).isEqualTo("arn:aws:iam::111111111111:role/LogReader");
        assertThat(e.nextSteps()).anyMatch(s -> s.startsWith("aws iam get-role --role-name LogReader"));
    }

    @Test
    void fetchedPolicyShowsTheStatementThatMatched() {
        AccessDeniedMessage m = AccessDeniedMessageParser.parse(
                GET
                        + "with an explicit deny in a service control policy: arn:aws:organizations::999999999999:policy/o-abcdefghij/service_control_policy/p-abcd1234");
        FetchedPolicy f = StatementMatcher.match(m, "describe-policy", """
                {"Version":"2012-10-17","Statement":[
                  {"Sid":"AllowAll","Effect":"Allow","Action":"*","Resource":"*"},
                  {"Sid":"DenyOtherBuckets","Effect":"Deny","Action":"s3:*","Resource":"*",
                   "Condition":{"StringNotEquals":{"aws:ResourceOrgID":"o-abcdefghij"}}},
                  {"Sid":"DenyIam","Effect":"Deny","Action":"iam:*","Resource":"*"}]}""");
        assertThat(f.statements()).singleElement().satisfies(s -> {
            assertThat(s.sid()).isEqualTo("DenyOtherBuckets");
            assertThat(s.index()).isEqualTo(1);
            assertThat(s.applies()).isEqualTo("maybe");
        });
    }
}

package dev.xacct.s3.gather;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.s3.explain.FetchedPolicy;
import dev.xacct.s3.explain.MessageExplainer;
import dev.xacct.testing.AwsEmulator;
import dev.xacct.testing.MotoServerExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code s3 explain --fetch} against moto: the named policy is read and the statement that matched shown. */
@ExtendWith(MotoServerExtension.class)
class NamedPolicyFetcherMotoTest {
    private static final String ME =
            "User: arn:aws:sts::123456789012:assumed-role/Reader/s is not authorized to perform: s3:GetObject"
                    + " on resource: \"arn:aws:s3:::fetch-logs/a/b.gz\" ";
    private SdkPerspective me;

    @BeforeEach
    void setUp(AwsEmulator aws) {
        me = new SdkPerspective("caller", aws.credentials(), AwsEmulator.REGION, aws.endpoint(), null);
    }

    @AfterEach
    void tearDown() {
        me.close();
    }

    @Test
    void anIamPolicyNamedByItsArnIsReadAndItsDenyShown() {
        String arn = me.iam()
                .createPolicy(b -> b.policyName("DevBoundary").policyDocument("""
                        {"Version":"2012-10-17","Statement":[
                          {"Effect":"Allow","Action":"*","Resource":"*"},
                          {"Sid":"NoLogs","Effect":"Deny","Action":"s3:GetObject","Resource":"arn:aws:s3:::fetch-logs/*"}]}"""))
                .policy()
                .arn();
        var message = MessageExplainer.explain(ME + "with an explicit deny in a permissions boundary: " + arn)
                .message();
        FetchedPolicy f = NamedPolicyFetcher.fetch(message, me);
        assertThat(f.error()).isNull();
        assertThat(f.source()).contains("get-policy-version --policy-arn " + arn);
        assertThat(f.statements()).singleElement().satisfies(s -> {
            assertThat(s.sid()).isEqualTo("NoLogs");
            assertThat(s.index()).isEqualTo(1);
            assertThat(s.applies()).isEqualTo("yes");
        });
    }

    @Test
    void theBucketPolicyIsReadForAResourceBasedDenyAndARefusalIsReportedNotThrown() {
        me.s3().createBucket(b -> b.bucket("fetch-logs"));
        me.s3().putBucketPolicy(b -> b.bucket("fetch-logs").policy("""
                {"Version":"2012-10-17","Statement":[{"Sid":"DenyReaders","Effect":"Deny","Principal":"*",
                 "Action":"s3:GetObject","Resource":"arn:aws:s3:::fetch-logs/*"}]}"""));
        var message = MessageExplainer.explain(ME + "with an explicit deny in a resource-based policy")
                .message();
        FetchedPolicy f = NamedPolicyFetcher.fetch(message, me);
        assertThat(f.source()).isEqualTo("aws s3api get-bucket-policy --bucket fetch-logs");
        assertThat(f.statements()).extracting(FetchedPolicy.Match::sid).containsExactly("DenyReaders");

        var scp = MessageExplainer.explain(ME
                        + "with an explicit deny in a service control policy:"
                        + " arn:aws:organizations::123456789012:policy/o-abcdefghij/service_control_policy/p-abcd1234")
                .message();
        FetchedPolicy refused = NamedPolicyFetcher.fetch(scp, me);
        assertThat(refused.error()).contains("as caller");
        assertThat(refused.source()).isEqualTo("aws organizations describe-policy --policy-id p-abcd1234");
    }
}

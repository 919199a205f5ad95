package dev.xacct.policy;

import static dev.xacct.policy.Policies.doc;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** AWS's "public" (S3 User Guide, "The meaning of public"): one row per Allow statement's principal and condition. */
class PublicPolicyCheckTest {
    private static boolean isPublic(String principal, String condition) {
        return PublicPolicyCheck.isPublic(doc("[{\"Effect\":\"Allow\",\"Principal\":" + principal
                + ",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\""
                + (condition == null ? "" : ",\"Condition\":" + condition) + "}]"));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            "*"                                   | -                                                                   | true
            {"AWS":"*"}                           | -                                                                   | true
            {"AWS":"arn:aws:iam::*:root"}         | -                                                                   | true
            "*"                                   | {"StringLike":{"aws:PrincipalArn":"arn:aws:iam::*:role/Athena*"}}     | true
            "*"                                   | {"StringNotEquals":{"aws:PrincipalAccount":"222222222222"}}         | true
            "*"                                   | {"StringEquals":{"s3:prefix":"x"}}                                  | true
            "*"                                   | {"IpAddress":{"aws:SourceIp":"0.0.0.0/1"}}                          | true
            "*"                                   | {"StringLike":{"aws:userid":"AROAEXAMPLE:*"}}                       | true
            "*"                                   | {"StringEquals":{"aws:PrincipalAccount":"222222222222"}}            | false
            "*"                                   | {"StringEquals":{"aws:PrincipalOrgID":"o-abc"}}                     | false
            "*"                                   | {"StringEquals":{"aws:SourceVpce":"vpce-1"}}                        | false
            "*"                                   | {"IpAddress":{"aws:SourceIp":"203.0.113.0/24"}}                     | false
            "*"                                   | {"ArnEquals":{"aws:SourceArn":"arn:aws:cloudtrail:us-east-1:111111111111:trail/t"}} | false
            "*"                                   | {"StringEquals":{"aws:SourceAccount":"111111111111"}}               | false
            "*"                                   | {"StringEquals":{"aws:userid":"AIDAEXAMPLE"}}                       | false
            "*"                                   | {"StringEquals":{"s3:DataAccessPointAccount":"111111111111"}}       | false
            {"AWS":"arn:aws:iam::222222222222:root"} | -                                                                | false
            {"Service":"cloudtrail.amazonaws.com"} | -                                                                  | false
            """)
    void anAllowIsPublicUnlessItNamesPrincipalsOrPinsANarrowingKey(String principal, String condition, boolean want) {
        assertThat(isPublic(principal, condition)).isEqualTo(want);
    }

    @Test
    void aDenyIsNeverPublic() {
        assertThat(PublicPolicyCheck.isPublic(
                        doc("[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]")))
                .isFalse();
    }
}

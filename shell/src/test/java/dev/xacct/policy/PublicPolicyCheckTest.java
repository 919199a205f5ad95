package dev.xacct.policy;

import static dev.xacct.policy.Policies.doc;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicPolicyCheckTest {
    private static boolean isPublic(String principal, String condition) {
        return PublicPolicyCheck.isPublic(doc("[{\"Effect\":\"Allow\",\"Principal\":" + principal
                + ",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\""
                + (condition == null ? "" : ",\"Condition\":" + condition) + "}]"));
    }

    @Test
    void wildcardPrincipalWithoutNarrowingConditionIsPublic() {
        assertThat(isPublic("\"*\"", null)).isTrue();
        assertThat(isPublic("{\"AWS\":\"*\"}", null)).isTrue();
        assertThat(isPublic("{\"AWS\":\"arn:aws:iam::*:root\"}", null)).isTrue();
        assertThat(isPublic("\"*\"", "{\"StringLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::*:role/Athena*\"}}"))
                .as("wildcard value")
                .isTrue();
        assertThat(isPublic("\"*\"", "{\"StringNotEquals\":{\"aws:PrincipalAccount\":\"222222222222\"}}"))
                .as("negated")
                .isTrue();
        assertThat(isPublic("\"*\"", "{\"StringEquals\":{\"s3:prefix\":\"x\"}}"))
                .as("not a narrowing key")
                .isTrue();
        assertThat(isPublic("\"*\"", "{\"IpAddress\":{\"aws:SourceIp\":\"0.0.0.0/1\"}}"))
                .as("very wide range")
                .isTrue();
    }

    @Test
    void fixedValueNarrowingMakesItNonPublic() {
        assertThat(isPublic("\"*\"", "{\"StringEquals\":{\"aws:PrincipalAccount\":\"222222222222\"}}"))
                .isFalse();
        assertThat(isPublic("\"*\"", "{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-abc\"}}"))
                .isFalse();
        assertThat(isPublic("\"*\"", "{\"StringEquals\":{\"aws:SourceVpce\":\"vpce-1\"}}"))
                .isFalse();
        assertThat(isPublic("\"*\"", "{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}"))
                .isFalse();
        assertThat(isPublic(
                        "\"*\"",
                        "{\"ArnEquals\":{\"aws:SourceArn\":\"arn:aws:cloudtrail:us-east-1:111111111111:trail/t\"}}"))
                .isFalse();
        assertThat(isPublic("\"*\"", "{\"StringEquals\":{\"aws:SourceAccount\":\"111111111111\"}}"))
                .isFalse();
        assertThat(isPublic("\"*\"", "{\"StringLike\":{\"aws:userid\":\"AROAEXAMPLE:*\"}}"))
                .as("userid with wildcard")
                .isTrue();
        assertThat(isPublic("\"*\"", "{\"StringEquals\":{\"aws:userid\":\"AIDAEXAMPLE\"}}"))
                .isFalse();
    }

    @Test
    void namedPrincipalsServicesAndDeniesAreNotPublic() {
        assertThat(isPublic("{\"AWS\":\"arn:aws:iam::222222222222:root\"}", null))
                .isFalse();
        assertThat(isPublic("{\"Service\":\"cloudtrail.amazonaws.com\"}", null)).isFalse();
        assertThat(PublicPolicyCheck.isPublic(
                        doc("[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]")))
                .isFalse();
    }
}

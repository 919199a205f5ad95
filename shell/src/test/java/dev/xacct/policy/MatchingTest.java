package dev.xacct.policy;

import static dev.xacct.policy.Policies.ctx;
import static dev.xacct.policy.Policies.doc;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchingTest {
    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
        "s3:Get*,      s3:GetObject, true",
        "S3:getobject, s3:GetObject, true",
        "s3:Get?bject, s3:GetObject, true",
        "s3:Put*,      s3:GetObject, false",
        "*,            kms:Decrypt,  true",
        "s3:*,         kms:Decrypt,  false",
    })
    void actionsMatchCaseInsensitivelyWithWildcards(String pattern, String action, boolean want) {
        assertThat(ActionMatcher.matches(pattern, action)).isEqualTo(want);
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
        "arn:aws:s3:::b/*,  arn:aws:s3:::b/k,         TRUE",
        "arn:aws:s3:::B/*,  arn:aws:s3:::b/k,         FALSE",
        "arn:aws:s3:::b,    arn:aws:s3:::b/k,         FALSE",
        "arn:aws:s3:::b-*,  arn:aws:s3:::ct-bucket,   FALSE",
        "*,                 arn:aws:s3:::b,           TRUE",
    })
    void resourcesMatchArnWildcardsCaseSensitively(String pattern, String arn, Tri want) {
        assertThat(ArnMatcher.matches(pattern, arn, ctx(Map.of()), true)).isEqualTo(want);
    }

    @Test
    void notActionAndNotResource() {
        PolicyDocument d = doc(
                "[{\"Effect\":\"Deny\",\"NotAction\":[\"s3:Get*\",\"s3:List*\"],\"NotResource\":\"arn:aws:s3:::public/*\"}]");
        RequestContext put =
                ctx("arn:aws:iam::1:user/u".replace("1", "111111111111"), "s3:PutObject", "arn:aws:s3:::b/k", Map.of());
        assertThat(PolicyEvaluator.evaluate(d, "t", put, PolicyEvaluator.Kind.IDENTITY)
                        .deny())
                .isEqualTo(Tri.TRUE);
        assertThat(PolicyEvaluator.evaluate(
                                d, "t", put.with("s3:GetObject", "arn:aws:s3:::b/k"), PolicyEvaluator.Kind.IDENTITY)
                        .deny())
                .isEqualTo(Tri.FALSE);
        assertThat(PolicyEvaluator.evaluate(
                                d,
                                "t",
                                put.with("s3:PutObject", "arn:aws:s3:::public/k"),
                                PolicyEvaluator.Kind.IDENTITY)
                        .deny())
                .isEqualTo(Tri.FALSE);
    }

    @ParameterizedTest(name = "{1} for {0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            arn:aws:sts::222222222222:assumed-role/AthenaRole/s | {"AWS":"222222222222"}                                   | ACCOUNT
            arn:aws:sts::222222222222:assumed-role/AthenaRole/s | {"AWS":"arn:aws:iam::222222222222:root"}                  | ACCOUNT
            arn:aws:sts::222222222222:assumed-role/AthenaRole/s | {"AWS":"arn:aws:iam::222222222222:role/AthenaRole"}       | PRINCIPAL
            arn:aws:sts::222222222222:assumed-role/AthenaRole/s | {"AWS":"arn:aws:sts::222222222222:assumed-role/AthenaRole/s"} | PRINCIPAL
            arn:aws:sts::222222222222:assumed-role/AthenaRole/s | {"AWS":"arn:aws:sts::222222222222:assumed-role/AthenaRole/other"} | NONE
            arn:aws:sts::222222222222:assumed-role/AthenaRole/s | {"AWS":"arn:aws:iam::333333333333:root"}                  | NONE
            arn:aws:sts::222222222222:assumed-role/AthenaRole/s | "*"                                                       | EVERYONE
            anonymous                                           | {"AWS":"*"}                                               | EVERYONE
            anonymous                                           | {"AWS":"222222222222"}                                    | NONE
            cloudtrail.amazonaws.com                            | {"Service":"cloudtrail.amazonaws.com"}                    | SERVICE
            arn:aws:sts::222222222222:assumed-role/AthenaRole/s | {"Service":"cloudtrail.amazonaws.com"}                    | NONE
            arn:aws:iam::111111111111:user/Dave                 | {"AWS":["arn:aws:iam::111111111111:user/Dave"]}           | PRINCIPAL
            """)
    void principals(String caller, String principal, PrincipalMatch want) {
        assertThat(PrincipalMatcher.match(block(principal), Caller.fromArn(caller)))
                .isEqualTo(want);
    }

    @Test
    void aSessionsPrincipalArnIsItsRole() {
        assertThat(Caller.fromArn("arn:aws:sts::222222222222:assumed-role/AthenaRole/s")
                        .principalArn())
                .isEqualTo("arn:aws:iam::222222222222:role/AthenaRole");
    }

    @Test
    void notPrincipalAppliesToEveryoneElse() {
        PolicyDocument d = doc(
                "[{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":\"arn:aws:iam::111111111111:root\"},\"Action\":\"s3:*\",\"Resource\":\"*\"}]");
        RequestContext b = ctx(Map.of());
        assertThat(PolicyEvaluator.evaluate(d, "t", b, PolicyEvaluator.Kind.RESOURCE)
                        .deny())
                .isEqualTo(Tri.TRUE);
        RequestContext a = ctx("arn:aws:iam::111111111111:user/u", "s3:GetObject", "arn:aws:s3:::b/k", Map.of());
        assertThat(PolicyEvaluator.evaluate(d, "t", a, PolicyEvaluator.Kind.RESOURCE)
                        .deny())
                .isEqualTo(Tri.FALSE);
    }

    @Test
    void derivedContextKeys() {
        RequestContext c = ctx(Map.of());
        assertThat(c.get("aws:PrincipalArn")).isEqualTo(ContextValue.of("arn:aws:iam::222222222222:role/Reader"));
        assertThat(c.get("AWS:principalaccount"))
                .as("keys are case-insensitive")
                .isEqualTo(ContextValue.of("222222222222"));
        assertThat(c.get("aws:SecureTransport")).isEqualTo(ContextValue.of("true"));
        assertThat(c.get("aws:ResourceAccount")).isEqualTo(ContextValue.of("111111111111"));
        assertThat(c.get("aws:username")).isEqualTo(ContextValue.ABSENT);
        RequestContext u = ctx("arn:aws:iam::111111111111:user/path/dave", "s3:GetObject", "r", Map.of());
        assertThat(u.get("aws:username")).isEqualTo(ContextValue.of("dave"));
    }

    @Test
    void conditionValuesThatAreJsonBooleansAreKept() {
        // The SDK reader drops them; losing this condition would make the Deny unconditional.
        PolicyDocument d = doc(
                "[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"*\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":false}}}]");
        assertThat(d.statements().get(0).conditions()).hasSize(1);
        assertThat(PolicyEvaluator.evaluate(d, "t", ctx(Map.of()), PolicyEvaluator.Kind.RESOURCE)
                        .deny())
                .isEqualTo(Tri.FALSE);
    }

    @Test
    void conditionArraysOfNumbersAndBooleansAreRead() {
        PolicyDocument d = PolicyParser.parse(
                "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\","
                        + "\"Condition\":{\"Bool\":{\"aws:SecureTransport\":[true]},\"NumericLessThan\":{\"s3:max-keys\":[10,20]}}}}",
                "p");
        assertThat(d.statements().get(0).conditions())
                .extracting(Condition::values)
                .containsExactlyInAnyOrder(java.util.List.of("true"), java.util.List.of("10", "20"));
    }

    private static PrincipalBlock block(String json) {
        return doc("[{\"Effect\":\"Allow\",\"Principal\":" + json + ",\"Action\":\"*\",\"Resource\":\"*\"}]")
                .statements()
                .get(0)
                .principal();
    }
}

package dev.xacct.policy;

import static dev.xacct.policy.Policies.cond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Condition operators (IAM, "IAM JSON policy elements: Condition operators"), one row per case:
 * the operator, the key, the policy's value(s) as JSON, the request's values ({@code ;}-separated;
 * {@code -} when the key is absent), and the result. The caller is
 * {@code arn:aws:sts::222222222222:assumed-role/Reader/s}, whose derived keys
 * ({@code aws:PrincipalArn}, {@code aws:SecureTransport} …) the rows may use.
 */
class ConditionOperatorsTest {
    private static Map<String, ContextValue> k(String key, String... v) {
        return Map.of(key, ContextValue.of(v));
    }

    @ParameterizedTest(name = "{0} {1} {2} vs {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            StringEquals              | aws:SourceVpce | "vpce-1"            | vpce-1   | TRUE
            StringEquals              | aws:SourceVpce | "VPCE-1"            | vpce-1   | FALSE
            StringNotEquals           | aws:SourceVpce | "vpce-1"            | vpce-2   | TRUE
            StringEqualsIgnoreCase    | aws:SourceVpce | "VPCE-1"            | vpce-1   | TRUE
            StringNotEqualsIgnoreCase | aws:SourceVpce | "VPCE-1"            | vpce-1   | FALSE
            StringLike                | s3:prefix      | "logs/*/2024-??"    | logs/a/b/2024-01 | TRUE
            StringNotLike             | s3:prefix      | "logs/*"            | data/x   | TRUE
            StringEquals              | s3:prefix      | ["a","b"]           | b        | TRUE
            StringEquals              | aws:SourceVpce | "vpce-1"            | -        | FALSE
            StringNotEquals           | aws:SourceVpce | "vpce-1"            | -        | TRUE
            StringEqualsIfExists      | aws:SourceVpce | "vpce-1"            | -        | TRUE
            StringEqualsIfExists      | aws:SourceVpce | "vpce-1"            | vpce-2   | FALSE
            Null                      | aws:SourceVpce | "true"              | -        | TRUE
            Null                      | aws:SourceVpce | "false"             | -        | FALSE
            Null                      | aws:SourceVpce | false               | v        | TRUE
            NumericLessThan           | s3:max-keys    | 10                  | 9        | TRUE
            NumericLessThanEquals     | s3:max-keys    | "10"                | 10       | TRUE
            NumericGreaterThan        | s3:max-keys    | "10"                | 10       | FALSE
            NumericGreaterThanEquals  | s3:max-keys    | "10"                | 10.0     | TRUE
            NumericEquals             | s3:max-keys    | "10"                | 10       | TRUE
            NumericNotEquals          | s3:max-keys    | "10"                | 11       | TRUE
            DateLessThan              | aws:CurrentTime | "2025-01-01T00:00:00Z" | 2024-12-31T23:59:59Z | TRUE
            DateGreaterThan           | aws:CurrentTime | "2025-01-01"       | 2024-12-31T23:59:59Z | FALSE
            DateEquals                | aws:EpochTime  | "1700000000"        | 2023-11-14T22:13:20Z | TRUE
            DateNotEquals             | aws:CurrentTime | "2025-01-01"       | 2025-01-02 | TRUE
            DateLessThanEquals        | aws:CurrentTime | "2025-01-01"       | 2025-01-01 | TRUE
            DateGreaterThanEquals     | aws:CurrentTime | "2025-01-01"       | 2025-01-01 | TRUE
            Bool                      | aws:SecureTransport | false          | -        | FALSE
            Bool                      | aws:SecureTransport | "true"         | -        | TRUE
            BinaryEquals              | k              | "QmluYXJ5"          | QmluYXJ5 | TRUE
            IpAddress                 | aws:SourceIp   | "203.0.113.0/24"    | 203.0.113.5 | TRUE
            IpAddress                 | aws:SourceIp   | "203.0.113.0/24"    | 203.0.114.5 | FALSE
            NotIpAddress              | aws:SourceIp   | ["10.0.0.0/8","2001:db8::/32"] | 2001:db8::1 | FALSE
            IpAddress                 | aws:SourceIp   | "2001:db8::/32"     | 2001:db9::1 | FALSE
            IpAddress                 | aws:SourceIp   | "203.0.113.7"       | 203.0.113.7 | TRUE
            ArnLike                   | aws:PrincipalArn | "arn:aws:iam::*:role/Athena*" | - | FALSE
            ArnLike                   | aws:PrincipalArn | "arn:aws:iam::*:role/Read*"   | - | TRUE
            ArnEquals                 | aws:PrincipalArn | "arn:aws:iam::222222222222:role/Reader" | - | TRUE
            ArnNotEquals              | aws:PrincipalArn | "arn:aws:iam::222222222222:role/Reader" | - | FALSE
            ArnNotLike                | aws:PrincipalArn | "arn:aws:iam::333333333333:*" | - | TRUE
            ArnLike                   | aws:SourceArn  | "arn:aws:iam::*:role/R" | arn:aws:iam::1:x:role/R | FALSE
            ArnLike                   | aws:SourceArn  | "arn:aws:iam::*:role/R" | arn:aws:iam::123456789012:role/R | TRUE
            ForAnyValue:StringEquals  | aws:CalledVia  | "athena.amazonaws.com" | athena.amazonaws.com;glue.amazonaws.com | TRUE
            ForAllValues:StringEquals | aws:CalledVia  | "athena.amazonaws.com" | athena.amazonaws.com;glue.amazonaws.com | FALSE
            ForAllValues:StringLike   | aws:CalledVia  | "*.amazonaws.com"   | athena.amazonaws.com;glue.amazonaws.com | TRUE
            ForAllValues:StringEquals | aws:CalledVia  | "x"                 | -        | TRUE
            ForAnyValue:StringEquals  | aws:CalledVia  | "x"                 | -        | FALSE
            ForAllValues:StringNotEquals | aws:CalledVia | "athena.amazonaws.com" | athena.amazonaws.com;glue.amazonaws.com | FALSE
            ForAnyValue:StringNotEquals  | aws:CalledVia | "athena.amazonaws.com" | athena.amazonaws.com;glue.amazonaws.com | TRUE
            StringEquals              | aws:CalledVia  | "glue.amazonaws.com" | athena.amazonaws.com;glue.amazonaws.com | TRUE
            StringEquals              | s3:prefix      | "${aws:PrincipalAccount}/" | 222222222222/ | TRUE
            StringLike                | s3:prefix      | "a${*}b"            | a*b      | TRUE
            StringLike                | s3:prefix      | "a${*}b"            | axxb     | FALSE
            StringEquals              | s3:prefix      | "${?}${$}"          | ?$       | TRUE
            StringEquals              | s3:prefix      | "${aws:username, 'none'}" | none | TRUE
            """)
    void operator(String operator, String key, String policyValue, String requestValues, Tri want) {
        Map<String, ContextValue> keys = requestValues.equals("-") ? Map.of() : k(key, requestValues.split(";"));
        String condition = "{\"" + operator + "\":{\"" + key + "\":" + policyValue + "}}";
        assertThat(cond(condition, keys)).isEqualTo(want);
    }

    @Test
    void unknownKeysAreUnknownButAFalseConditionStillDecides() {
        Map<String, ContextValue> keys =
                Map.of("aws:SourceVpce", new ContextValue.Unknown("x"), "aws:SourceIp", ContextValue.of("10.0.0.1"));
        assertThat(cond("{\"StringEquals\":{\"aws:SourceVpce\":\"v\"}}", keys)).isEqualTo(Tri.UNKNOWN);
        assertThat(cond(
                        "{\"StringEquals\":{\"aws:SourceVpce\":\"v\"},\"IpAddress\":{\"aws:SourceIp\":\"192.168.0.0/16\"}}",
                        keys))
                .isEqualTo(Tri.FALSE);
    }

    @Test
    void policyVariables() {
        RequestContext user = Policies.ctx(
                "arn:aws:iam::111111111111:user/dave", "s3:GetObject", "arn:aws:s3:::b/home/dave/x", Map.of());
        PolicyDocument d = Policies.doc(
                "[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/home/${aws:username}/*\"}]");
        assertThat(PolicyEvaluator.evaluate(d, "t", user, PolicyEvaluator.Kind.IDENTITY)
                        .allow())
                .isEqualTo(Tri.TRUE);
        RequestContext other = user.with("s3:GetObject", "arn:aws:s3:::b/home/eve/x");
        assertThat(PolicyEvaluator.evaluate(d, "t", other, PolicyEvaluator.Kind.IDENTITY)
                        .allow())
                .isEqualTo(Tri.FALSE);
        // A role session has no aws:username: the variable cannot resolve and the statement matches nothing.
        RequestContext role = Policies.ctx(
                "arn:aws:sts::111111111111:assumed-role/R/s", "s3:GetObject", "arn:aws:s3:::b/home/dave/x", Map.of());
        assertThat(PolicyEvaluator.evaluate(d, "t", role, PolicyEvaluator.Kind.IDENTITY)
                        .allow())
                .isEqualTo(Tri.FALSE);
    }

    @Test
    void badOperatorNamesTheField() {
        assertThatThrownBy(
                        () -> Policies.doc(
                                "[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"StringEqual\":{\"a\":\"b\"}}}]"))
                .isInstanceOf(PolicyFormatException.class)
                .hasMessageContaining("test.Statement[0].Condition.StringEqual")
                .hasMessageContaining("unknown condition operator");
    }
}

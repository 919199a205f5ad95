package dev.xacct.policy;

import static dev.xacct.policy.Policies.cond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionOperatorsTest {
    private static Map<String, ContextValue> k(String key, String... v) {
        return Map.of(key, ContextValue.of(v));
    }

    @Test
    void stringOperators() {
        assertThat(cond("{\"StringEquals\":{\"aws:SourceVpce\":\"vpce-1\"}}", k("aws:SourceVpce", "vpce-1")))
                .isEqualTo(Tri.TRUE);
        assertThat(cond("{\"StringEquals\":{\"aws:SourceVpce\":\"VPCE-1\"}}", k("aws:SourceVpce", "vpce-1")))
                .isEqualTo(Tri.FALSE);
        assertThat(cond("{\"StringNotEquals\":{\"aws:SourceVpce\":\"vpce-1\"}}", k("aws:SourceVpce", "vpce-2")))
                .isEqualTo(Tri.TRUE);
        assertThat(cond("{\"StringEqualsIgnoreCase\":{\"aws:SourceVpce\":\"VPCE-1\"}}", k("aws:SourceVpce", "vpce-1")))
                .isEqualTo(Tri.TRUE);
        assertThat(cond(
                        "{\"StringNotEqualsIgnoreCase\":{\"aws:SourceVpce\":\"VPCE-1\"}}",
                        k("aws:SourceVpce", "vpce-1")))
                .isEqualTo(Tri.FALSE);
        assertThat(cond("{\"StringLike\":{\"s3:prefix\":\"logs/*/2024-??\"}}", k("s3:prefix", "logs/a/b/2024-01")))
                .isEqualTo(Tri.TRUE);
        assertThat(cond("{\"StringNotLike\":{\"s3:prefix\":\"logs/*\"}}", k("s3:prefix", "data/x")))
                .isEqualTo(Tri.TRUE);
        assertThat(cond("{\"StringEquals\":{\"s3:prefix\":[\"a\",\"b\"]}}", k("s3:prefix", "b")))
                .as("values are ORed")
                .isEqualTo(Tri.TRUE);
    }

    @Test
    void absentKeys() {
        Map<String, ContextValue> none = Map.of();
        assertThat(cond("{\"StringEquals\":{\"aws:SourceVpce\":\"vpce-1\"}}", none))
                .isEqualTo(Tri.FALSE);
        assertThat(cond("{\"StringNotEquals\":{\"aws:SourceVpce\":\"vpce-1\"}}", none))
                .as("negated: absent matches")
                .isEqualTo(Tri.TRUE);
        assertThat(cond("{\"StringEqualsIfExists\":{\"aws:SourceVpce\":\"vpce-1\"}}", none))
                .isEqualTo(Tri.TRUE);
        assertThat(cond("{\"StringEqualsIfExists\":{\"aws:SourceVpce\":\"vpce-1\"}}", k("aws:SourceVpce", "vpce-2")))
                .isEqualTo(Tri.FALSE);
        assertThat(cond("{\"Null\":{\"aws:SourceVpce\":\"true\"}}", none)).isEqualTo(Tri.TRUE);
        assertThat(cond("{\"Null\":{\"aws:SourceVpce\":\"false\"}}", none)).isEqualTo(Tri.FALSE);
        assertThat(cond("{\"Null\":{\"aws:SourceVpce\":false}}", k("aws:SourceVpce", "v")))
                .isEqualTo(Tri.TRUE);
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
    void numericDateBoolBinary() {
        assertThat(cond("{\"NumericLessThan\":{\"s3:max-keys\":10}}", k("s3:max-keys", "9")))
                .isEqualTo(Tri.TRUE);
        assertThat(cond("{\"NumericLessThanEquals\":{\"s3:max-keys\":\"10\"}}", k("s3:max-keys", "10")))
                .isEqualTo(Tri.TRUE);
        assertThat(cond("{\"NumericGreaterThan\":{\"s3:max-keys\":\"10\"}}", k("s3:max-keys", "10")))
                .isEqualTo(Tri.FALSE);
        assertThat(cond("{\"NumericGreaterThanEquals\":{\"s3:max-keys\":\"10\"}}", k("s3:max-keys", "10.0")))
                .isEqualTo(Tri.TRUE);
        assertThat(cond("{\"NumericEquals\":{\"s3:max-keys\":\"10\"}}", k("s3:max-keys", "10")))
                .isEqualTo(Tri.TRUE);
        assertThat(cond("{\"NumericNotEquals\":{\"s3:max-keys\":\"10\"}}", k("s3:max-keys", "11")))
                .isEqualTo(Tri.TRUE);
        assertThat(cond(
                        "{\"DateLessThan\":{\"aws:CurrentTime\":\"2025-01-01T00:00:00Z\"}}",
                        k("aws:CurrentTime", "2024-12-31T23:59:59Z")))
                .isEqualTo(Tri.TRUE);
        assertThat(cond(
                        "{\"DateGreaterThan\":{\"aws:CurrentTime\":\"2025-01-01\"}}",
                        k("aws:CurrentTime", "2024-12-31T23:59:59Z")))
                .isEqualTo(Tri.FALSE);
        assertThat(cond(
                        "{\"DateEquals\":{\"aws:EpochTime\":\"1700000000\"}}",
                        k("aws:EpochTime", "2023-11-14T22:13:20Z")))
                .isEqualTo(Tri.TRUE);
        assertThat(cond("{\"DateNotEquals\":{\"aws:CurrentTime\":\"2025-01-01\"}}", k("aws:CurrentTime", "2025-01-02")))
                .isEqualTo(Tri.TRUE);
        assertThat(cond(
                        "{\"DateLessThanEquals\":{\"aws:CurrentTime\":\"2025-01-01\"}}",
                        k("aws:CurrentTime", "2025-01-01")))
                .isEqualTo(Tri.TRUE);
        assertThat(cond(
                        "{\"DateGreaterThanEquals\":{\"aws:CurrentTime\":\"2025-01-01\"}}",
                        k("aws:CurrentTime", "2025-01-01")))
                .isEqualTo(Tri.TRUE);
        assertThat(cond("{\"Bool\":{\"aws:SecureTransport\":false}}", Map.of()))
                .as("derived aws:SecureTransport is true")
                .isEqualTo(Tri.FALSE);
        assertThat(cond("{\"Bool\":{\"aws:SecureTransport\":\"true\"}}", Map.of()))
                .isEqualTo(Tri.TRUE);
        assertThat(cond("{\"BinaryEquals\":{\"k\":\"QmluYXJ5\"}}", k("k", "QmluYXJ5")))
                .isEqualTo(Tri.TRUE);
    }

    @Test
    void ipAddressV4AndV6() {
        assertThat(cond("{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}", k("aws:SourceIp", "203.0.113.5")))
                .isEqualTo(Tri.TRUE);
        assertThat(cond("{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}", k("aws:SourceIp", "203.0.114.5")))
                .isEqualTo(Tri.FALSE);
        assertThat(cond(
                        "{\"NotIpAddress\":{\"aws:SourceIp\":[\"10.0.0.0/8\",\"2001:db8::/32\"]}}",
                        k("aws:SourceIp", "2001:db8::1")))
                .isEqualTo(Tri.FALSE);
        assertThat(cond("{\"IpAddress\":{\"aws:SourceIp\":\"2001:db8::/32\"}}", k("aws:SourceIp", "2001:db9::1")))
                .isEqualTo(Tri.FALSE);
        assertThat(cond("{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.7\"}}", k("aws:SourceIp", "203.0.113.7")))
                .isEqualTo(Tri.TRUE);
    }

    @Test
    void arnOperatorsCompareComponentWise() {
        assertThat(cond("{\"ArnLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::*:role/Athena*\"}}", Map.of()))
                .isEqualTo(Tri.FALSE);
        assertThat(cond("{\"ArnLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::*:role/Read*\"}}", Map.of()))
                .isEqualTo(Tri.TRUE);
        assertThat(cond("{\"ArnEquals\":{\"aws:PrincipalArn\":\"arn:aws:iam::222222222222:role/Reader\"}}", Map.of()))
                .isEqualTo(Tri.TRUE);
        assertThat(cond(
                        "{\"ArnNotEquals\":{\"aws:PrincipalArn\":\"arn:aws:iam::222222222222:role/Reader\"}}",
                        Map.of()))
                .isEqualTo(Tri.FALSE);
        assertThat(cond("{\"ArnNotLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::333333333333:*\"}}", Map.of()))
                .isEqualTo(Tri.TRUE);
        // A wildcard in one component does not swallow the colons of the next.
        assertThat(cond(
                        "{\"ArnLike\":{\"aws:SourceArn\":\"arn:aws:iam::*:role/R\"}}",
                        k("aws:SourceArn", "arn:aws:iam::1:x:role/R")))
                .isEqualTo(Tri.FALSE);
        assertThat(cond(
                        "{\"ArnLike\":{\"aws:SourceArn\":\"arn:aws:iam::*:role/R\"}}",
                        k("aws:SourceArn", "arn:aws:iam::123456789012:role/R")))
                .isEqualTo(Tri.TRUE);
    }

    @Test
    void setOperators() {
        Map<String, ContextValue> calledVia =
                Map.of("aws:CalledVia", ContextValue.of("athena.amazonaws.com", "glue.amazonaws.com"));
        assertThat(cond("{\"ForAnyValue:StringEquals\":{\"aws:CalledVia\":\"athena.amazonaws.com\"}}", calledVia))
                .isEqualTo(Tri.TRUE);
        assertThat(cond("{\"ForAllValues:StringEquals\":{\"aws:CalledVia\":\"athena.amazonaws.com\"}}", calledVia))
                .isEqualTo(Tri.FALSE);
        assertThat(cond("{\"ForAllValues:StringLike\":{\"aws:CalledVia\":\"*.amazonaws.com\"}}", calledVia))
                .isEqualTo(Tri.TRUE);
        assertThat(cond("{\"ForAllValues:StringEquals\":{\"aws:CalledVia\":\"x\"}}", Map.of()))
                .as("empty set")
                .isEqualTo(Tri.TRUE);
        assertThat(cond("{\"ForAnyValue:StringEquals\":{\"aws:CalledVia\":\"x\"}}", Map.of()))
                .isEqualTo(Tri.FALSE);
        assertThat(cond("{\"ForAllValues:StringNotEquals\":{\"aws:CalledVia\":\"athena.amazonaws.com\"}}", calledVia))
                .isEqualTo(Tri.FALSE);
        assertThat(cond("{\"ForAnyValue:StringNotEquals\":{\"aws:CalledVia\":\"athena.amazonaws.com\"}}", calledVia))
                .isEqualTo(Tri.TRUE);
        assertThat(cond("{\"StringEquals\":{\"aws:CalledVia\":\"glue.amazonaws.com\"}}", calledVia))
                .as("multi-valued key, single operator")
                .isEqualTo(Tri.TRUE);
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

        assertThat(cond(
                        "{\"StringEquals\":{\"s3:prefix\":\"${aws:PrincipalAccount}/\"}}",
                        k("s3:prefix", "222222222222/")))
                .isEqualTo(Tri.TRUE);
        assertThat(cond("{\"StringLike\":{\"s3:prefix\":\"a${*}b\"}}", k("s3:prefix", "a*b")))
                .as("${*} is a literal star")
                .isEqualTo(Tri.TRUE);
        assertThat(cond("{\"StringLike\":{\"s3:prefix\":\"a${*}b\"}}", k("s3:prefix", "axxb")))
                .isEqualTo(Tri.FALSE);
        assertThat(cond("{\"StringEquals\":{\"s3:prefix\":\"${?}${$}\"}}", k("s3:prefix", "?$")))
                .isEqualTo(Tri.TRUE);
        assertThat(cond("{\"StringEquals\":{\"s3:prefix\":\"${aws:username, 'none'}\"}}", k("s3:prefix", "none")))
                .isEqualTo(Tri.TRUE);
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

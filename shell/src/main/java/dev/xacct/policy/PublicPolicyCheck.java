package dev.xacct.policy;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Is a bucket policy "public" in Amazon S3's sense ("Blocking public access to your Amazon
 * S3 storage", "The meaning of public")? A policy is public when some Allow statement
 * grants a wildcard principal ({@code "*"}, {@code {"AWS":"*"}}, or an ARN with a wildcard
 * account) and no condition pins one of the narrowing keys to fixed values:
 * aws:SourceArn, aws:SourceAccount, aws:SourceOwner, aws:SourceVpc, aws:SourceVpce,
 * aws:SourceIp, aws:PrincipalArn, aws:PrincipalAccount, aws:PrincipalOrgID, aws:userid,
 * s3:DataAccessPointArn, s3:DataAccessPointAccount.
 * <p>"Fixed" means a positive operator (Equals, Like, IpAddress — not a Not… operator, and
 * not ForAllValues, which an empty set satisfies) whose values hold no wildcard. For
 * aws:SourceIp the ranges must be narrower than a /8 (IPv4) or /32 (IPv6): AWS treats a
 * very wide range such as 0.0.0.0/1 as public; the exact threshold is not documented, so
 * this one is a choice.
 */
public final class PublicPolicyCheck {
    private PublicPolicyCheck() {}

    private static final Set<String> NARROWING = Set.of(
            "aws:sourcearn",
            "aws:sourceaccount",
            "aws:sourceowner",
            "aws:sourcevpc",
            "aws:sourcevpce",
            "aws:sourceip",
            "aws:principalarn",
            "aws:principalaccount",
            "aws:principalorgid",
            "aws:userid",
            "s3:dataaccesspointarn",
            "s3:dataaccesspointaccount");

    public static boolean isPublic(PolicyDocument policy) {
        return policy.statements().stream().anyMatch(PublicPolicyCheck::isPublic);
    }

    public static boolean isPublic(Statement s) {
        if (s.effect() != Effect.ALLOW) return false;
        boolean wildcardPrincipal = s.notPrincipal() != null
                || (s.principal() != null
                        && (s.principal().isWildcard()
                                || s.principal().ids("AWS").stream().anyMatch(id -> id.contains("*"))));
        if (!wildcardPrincipal) return false;
        return s.conditions().stream().noneMatch(PublicPolicyCheck::narrows);
    }

    private static boolean narrows(Condition c) {
        String key = c.key().toLowerCase(Locale.ROOT);
        if (!NARROWING.contains(key)) return false;
        ConditionOperator op = c.operator();
        if (op.base().negated() || op.qualifier() == ConditionOperator.SetQualifier.FOR_ALL_VALUES) return false;
        List<String> values = c.values();
        if (key.equals("aws:sourceip")) {
            return op.base() == BaseOperator.IP_ADDRESS
                    && values.stream().allMatch(v -> {
                        Cidr cidr = Cidr.parse(v);
                        return cidr.valid() && cidr.prefix() >= (cidr.bits() == 32 ? 8 : 32);
                    });
        }
        boolean equalsLike = switch (op.base().family()) {
            case STRING, STRING_IGNORE_CASE, STRING_LIKE, ARN -> true;
            default -> false;
        };
        return equalsLike && values.stream().noneMatch(v -> v.contains("*") || v.contains("?"));
    }
}

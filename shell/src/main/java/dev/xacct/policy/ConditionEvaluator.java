package dev.xacct.policy;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates one condition against the request, three-valued: a key whose value could not
 * be read makes the condition UNKNOWN. Semantics follow IAM's "Condition operators" and
 * "Single-valued vs. multivalued context keys":
 * <ul>
 *   <li>absent key: IfExists → true; negated operators → true; others → false;
 *       ForAllValues → true (empty set); ForAnyValue → false;</li>
 *   <li>a positive operator is true when any request value matches any policy value;
 *       a negated one when no request value matches any policy value;</li>
 *   <li>ForAllValues: every request value satisfies the operator; ForAnyValue: at least one.</li>
 * </ul>
 */
public final class ConditionEvaluator {
    private ConditionEvaluator() {}

    public static Tri evaluate(Condition c, RequestContext ctx) {
        ConditionOperator op = c.operator();
        ContextValue v = ctx.get(c.key());
        if (v instanceof ContextValue.Unknown) return Tri.UNKNOWN;
        if (op.base() == BaseOperator.NULL) {
            boolean absent = v instanceof ContextValue.Absent;
            // "Null": true means the key must be absent, false that it must be present.
            return anyPolicyValue(c.values(), pv -> Tri.of(Boolean.parseBoolean(pv) == absent));
        }
        if (v instanceof ContextValue.Absent) {
            if (op.ifExists()) return Tri.TRUE;
            return switch (op.qualifier()) {
                case FOR_ALL_VALUES -> Tri.TRUE;
                case FOR_ANY_VALUE -> Tri.FALSE;
                case SINGLE -> Tri.of(op.base().negated());
            };
        }
        List<String> actual = ((ContextValue.Present) v).values();
        return switch (op.qualifier()) {
            case SINGLE -> {
                Tri any = Tri.FALSE;
                for (String a : actual) any = any.or(matchesAnyValue(op.base(), a, c.values(), ctx));
                yield op.base().negated() ? any.not() : any;
            }
            case FOR_ANY_VALUE -> {
                Tri any = Tri.FALSE;
                for (String a : actual) any = any.or(perValue(op.base(), a, c.values(), ctx));
                yield any;
            }
            case FOR_ALL_VALUES -> {
                Tri all = Tri.TRUE;
                for (String a : actual) all = all.and(perValue(op.base(), a, c.values(), ctx));
                yield all;
            }
        };
    }

    private static Tri perValue(BaseOperator base, String actual, List<String> policyValues, RequestContext ctx) {
        Tri m = matchesAnyValue(base, actual, policyValues, ctx);
        return base.negated() ? m.not() : m;
    }

    private static Tri matchesAnyValue(
            BaseOperator base, String actual, List<String> policyValues, RequestContext ctx) {
        return anyPolicyValue(policyValues, pv -> compare(base, actual, pv, ctx));
    }

    private interface ValueTest {
        Tri test(String policyValue);
    }

    private static Tri anyPolicyValue(List<String> values, ValueTest t) {
        Tri r = Tri.FALSE;
        for (String pv : values) r = r.or(t.test(pv));
        return r;
    }

    /** The positive comparison of one request value with one policy value. */
    static Tri compare(BaseOperator base, String actual, String policyValue, RequestContext ctx) {
        return switch (base.family()) {
            case STRING -> PolicyVariables.matches(policyValue, actual, ctx, false, false, true);
            case STRING_IGNORE_CASE -> PolicyVariables.matches(policyValue, actual, ctx, false, true, true);
            case STRING_LIKE -> PolicyVariables.matches(policyValue, actual, ctx, true, false, true);
            case ARN -> ArnMatcher.matches(policyValue, actual, ctx, true);
            case BOOL -> Tri.of(policyValue.equalsIgnoreCase(actual));
            case BINARY -> Tri.of(base64Equal(policyValue, actual));
            case IP -> Tri.of(Cidr.parse(policyValue).contains(actual));
            case NUMERIC -> ordered(base.comparison(), number(actual), number(policyValue));
            case DATE -> ordered(base.comparison(), instant(actual), instant(policyValue));
            case NULL -> throw new IllegalStateException("Null is handled before comparison");
        };
    }

    private static <T extends Comparable<T>> Tri ordered(BaseOperator.Comparison cmp, T actual, T policy) {
        if (actual == null || policy == null) return Tri.FALSE;
        int c = actual.compareTo(policy);
        return Tri.of(
                switch (cmp) {
                    case EQ -> c == 0;
                    case LT -> c < 0;
                    case LE -> c <= 0;
                    case GT -> c > 0;
                    case GE -> c >= 0;
                });
    }

    private static BigDecimal number(String s) {
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Dates: ISO 8601 date or date-time, or epoch seconds (IAM accepts both). */
    static Instant instant(String s) {
        String t = s.trim();
        try {
            if (t.matches("-?\\d+")) return Instant.ofEpochSecond(Long.parseLong(t));
            if (t.length() == 10) return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
            return OffsetDateTime.parse(t.toUpperCase(Locale.ROOT)).toInstant();
        } catch (RuntimeException e) {
            try {
                return Instant.parse(t);
            } catch (RuntimeException e2) {
                return null;
            }
        }
    }

    private static boolean base64Equal(String a, String b) {
        try {
            return java.util.Arrays.equals(
                    Base64.getDecoder().decode(a), Base64.getDecoder().decode(b));
        } catch (IllegalArgumentException e) {
            return a.equals(b);
        }
    }

    /** Parses a literal IPv4/IPv6 address; never resolves a host name. */
    static InetAddress address(String s) {
        try {
            if (!s.matches("[0-9a-fA-F:.]+")) return null; // never resolve host names
            return InetAddress.getByName(s);
        } catch (Exception e) {
            return null;
        }
    }
}

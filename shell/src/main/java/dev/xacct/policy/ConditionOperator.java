package dev.xacct.policy;

import java.util.Locale;

/**
 * A condition operator as written, e.g. {@code ForAnyValue:StringLikeIfExists}: the set
 * qualifier, the base operator and the IfExists suffix.
 */
public record ConditionOperator(SetQualifier qualifier, BaseOperator base, boolean ifExists, String text) {

    public enum SetQualifier {
        SINGLE,
        FOR_ANY_VALUE,
        FOR_ALL_VALUES
    }

    /** Parses an operator name; throws IllegalArgumentException naming what was expected. */
    public static ConditionOperator parse(String text) {
        String rest = text;
        SetQualifier q = SetQualifier.SINGLE;
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("foranyvalue:")) {
            q = SetQualifier.FOR_ANY_VALUE;
            rest = text.substring("ForAnyValue:".length());
        } else if (lower.startsWith("forallvalues:")) {
            q = SetQualifier.FOR_ALL_VALUES;
            rest = text.substring("ForAllValues:".length());
        }
        boolean ifExists = false;
        if (rest.toLowerCase(Locale.ROOT).endsWith("ifexists")) {
            ifExists = true;
            rest = rest.substring(0, rest.length() - "IfExists".length());
        }
        BaseOperator base = BaseOperator.byName(rest);
        if (base == null) {
            throw new IllegalArgumentException("unknown condition operator '" + text
                    + "' (expected e.g. StringEquals, ArnLike, NumericLessThan, DateGreaterThan, Bool,"
                    + " IpAddress, Null, BinaryEquals, optionally with IfExists and ForAnyValue:/ForAllValues:)");
        }
        if (base == BaseOperator.NULL && (ifExists || q != SetQualifier.SINGLE)) {
            throw new IllegalArgumentException(
                    "condition operator '" + text + "': Null takes no qualifier or IfExists");
        }
        return new ConditionOperator(q, base, ifExists, text);
    }

    @Override
    public String toString() {
        return text;
    }
}

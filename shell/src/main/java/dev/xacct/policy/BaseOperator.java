package dev.xacct.policy;

import java.util.Locale;

/**
 * The IAM condition operators. Each one is a positive comparison plus a {@code negated}
 * flag: a negated operator is true when no policy value matches (IAM's reference,
 * "Condition operators").
 */
public enum BaseOperator {
    STRING_EQUALS("StringEquals", Family.STRING, Comparison.EQ, false),
    STRING_NOT_EQUALS("StringNotEquals", Family.STRING, Comparison.EQ, true),
    STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", Family.STRING_IGNORE_CASE, Comparison.EQ, false),
    STRING_NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", Family.STRING_IGNORE_CASE, Comparison.EQ, true),
    STRING_LIKE("StringLike", Family.STRING_LIKE, Comparison.EQ, false),
    STRING_NOT_LIKE("StringNotLike", Family.STRING_LIKE, Comparison.EQ, true),
    NUMERIC_EQUALS("NumericEquals", Family.NUMERIC, Comparison.EQ, false),
    NUMERIC_NOT_EQUALS("NumericNotEquals", Family.NUMERIC, Comparison.EQ, true),
    NUMERIC_LESS_THAN("NumericLessThan", Family.NUMERIC, Comparison.LT, false),
    NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", Family.NUMERIC, Comparison.LE, false),
    NUMERIC_GREATER_THAN("NumericGreaterThan", Family.NUMERIC, Comparison.GT, false),
    NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", Family.NUMERIC, Comparison.GE, false),
    DATE_EQUALS("DateEquals", Family.DATE, Comparison.EQ, false),
    DATE_NOT_EQUALS("DateNotEquals", Family.DATE, Comparison.EQ, true),
    DATE_LESS_THAN("DateLessThan", Family.DATE, Comparison.LT, false),
    DATE_LESS_THAN_EQUALS("DateLessThanEquals", Family.DATE, Comparison.LE, false),
    DATE_GREATER_THAN("DateGreaterThan", Family.DATE, Comparison.GT, false),
    DATE_GREATER_THAN_EQUALS("DateGreaterThanEquals", Family.DATE, Comparison.GE, false),
    BOOL("Bool", Family.BOOL, Comparison.EQ, false),
    BINARY_EQUALS("BinaryEquals", Family.BINARY, Comparison.EQ, false),
    IP_ADDRESS("IpAddress", Family.IP, Comparison.EQ, false),
    NOT_IP_ADDRESS("NotIpAddress", Family.IP, Comparison.EQ, true),
    ARN_EQUALS("ArnEquals", Family.ARN, Comparison.EQ, false),
    ARN_LIKE("ArnLike", Family.ARN, Comparison.EQ, false),
    ARN_NOT_EQUALS("ArnNotEquals", Family.ARN, Comparison.EQ, true),
    ARN_NOT_LIKE("ArnNotLike", Family.ARN, Comparison.EQ, true),
    NULL("Null", Family.NULL, Comparison.EQ, false);

    public enum Family {
        STRING,
        STRING_IGNORE_CASE,
        STRING_LIKE,
        NUMERIC,
        DATE,
        BOOL,
        BINARY,
        IP,
        ARN,
        NULL
    }

    public enum Comparison {
        EQ,
        LT,
        LE,
        GT,
        GE
    }

    private final String text;
    private final Family family;
    private final Comparison comparison;
    private final boolean negated;

    BaseOperator(String text, Family family, Comparison comparison, boolean negated) {
        this.text = text;
        this.family = family;
        this.comparison = comparison;
        this.negated = negated;
    }

    public String text() {
        return text;
    }

    public Family family() {
        return family;
    }

    public Comparison comparison() {
        return comparison;
    }

    public boolean negated() {
        return negated;
    }

    /** Operators whose values may hold policy variables (IAM: string and ARN operators). */
    public boolean takesVariables() {
        return family == Family.STRING
                || family == Family.STRING_IGNORE_CASE
                || family == Family.STRING_LIKE
                || family == Family.ARN;
    }

    static BaseOperator byName(String name) {
        for (BaseOperator op : values()) {
            if (op.text.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) return op;
        }
        return null;
    }
}

package dev.xacct.policy;

import java.util.regex.Pattern;

/**
 * Expands policy variables ({@code ${aws:username}}, {@code ${aws:PrincipalAccount}},
 * defaults {@code ${key, 'x'}}, and the escapes {@code ${*}} {@code ${?}} {@code ${$}})
 * into a regular expression. Expanded text is always literal: a '*' that came from a
 * variable or from {@code ${*}} never acts as a wildcard (IAM, "Policy variables").
 */
public final class PolicyVariables {
    private PolicyVariables() {}

    /** The result of expanding one policy value. */
    public sealed interface Expansion {
        record Regex(Pattern pattern) implements Expansion {}
        /** A variable names a key absent from the request: the value matches nothing. */
        record Unresolvable() implements Expansion {}
        /** A variable names a key whose value is unknown. */
        record Unknown(String fact) implements Expansion {}
    }

    /**
     * @param wildcards whether '*' and '?' in the literal text are wildcards (Like, ARN, Resource)
     * @param ignoreCase whether the pattern matches case-insensitively
     */
    public static Expansion expand(
            String value, RequestContext ctx, boolean wildcards, boolean ignoreCase, boolean variables) {
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (variables && c == '$' && i + 1 < value.length() && value.charAt(i + 1) == '{') {
                int end = value.indexOf('}', i);
                if (end < 0) {
                    re.append(Pattern.quote(value.substring(i)));
                    break;
                }
                String inner = value.substring(i + 2, end).trim();
                String lit;
                switch (inner) {
                    case "*", "?", "$" -> lit = inner;
                    default -> {
                        String key = inner;
                        String dflt = null;
                        int comma = inner.indexOf(',');
                        if (comma >= 0) {
                            key = inner.substring(0, comma).trim();
                            dflt = inner.substring(comma + 1).trim().replaceAll("^'(.*)'$", "$1");
                        }
                        ContextValue v = ctx.get(key);
                        if (v instanceof ContextValue.Present p && p.values().size() == 1) {
                            lit = p.values().get(0);
                        } else if (v instanceof ContextValue.Unknown u) {
                            return new Expansion.Unknown(u.fact());
                        } else if (dflt != null) {
                            lit = dflt;
                        } else {
                            return new Expansion.Unresolvable();
                        }
                    }
                }
                re.append(Pattern.quote(lit));
                i = end + 1;
                continue;
            }
            if (wildcards && c == '*') re.append(".*");
            else if (wildcards && c == '?') re.append('.');
            else re.append(Pattern.quote(String.valueOf(c)));
            i++;
        }
        int flags = Pattern.DOTALL | (ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        return new Expansion.Regex(Pattern.compile(re.toString(), flags));
    }

    /** Tri-valued match of {@code actual} against a policy value. */
    public static Tri matches(
            String policyValue,
            String actual,
            RequestContext ctx,
            boolean wildcards,
            boolean ignoreCase,
            boolean variables) {
        Expansion e = expand(policyValue, ctx, wildcards, ignoreCase, variables);
        if (e instanceof Expansion.Regex r)
            return Tri.of(r.pattern().matcher(actual).matches());
        if (e instanceof Expansion.Unknown) return Tri.UNKNOWN;
        return Tri.FALSE;
    }
}

package dev.xacct.template;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code [[ … ]]}: a fragment kept (without its brackets) only when every parameter it
 * mentions has a value. A dropped fragment leaves its newlines behind so that line numbers
 * in the bound SQL still match the template file.
 */
final class OptionalFragments {
    private static final Pattern FRAGMENT = Pattern.compile("\\[\\[(.*?)]]", Pattern.DOTALL);

    private OptionalFragments() {}

    static String resolve(String sql, Predicate<String> hasValue) {
        Matcher m = FRAGMENT.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String inner = m.group(1);
            boolean keep =
                    Placeholder.in(inner).stream().allMatch(p -> p.name().equals("table") || hasValue.test(p.name()));
            m.appendReplacement(out, Matcher.quoteReplacement(keep ? inner : Lines.newlinesOf(inner)));
        }
        m.appendTail(out);
        return out.toString();
    }
}

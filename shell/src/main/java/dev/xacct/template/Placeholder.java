package dev.xacct.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One {@code ${name}} or {@code ${name:modifier}} in template SQL, with its offset. */
public record Placeholder(String name, String modifier, int start, int end) {

    /** {@code $${…}} is an escaped, literal {@code ${…}}; the lookbehind skips it. */
    static final Pattern PATTERN = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z][A-Za-z0-9_-]*)(?::([A-Za-z-]*))?}");

    public static List<Placeholder> in(String sql) {
        List<Placeholder> found = new ArrayList<>();
        Matcher m = PATTERN.matcher(sql);
        while (m.find()) {
            found.add(new Placeholder(m.group(1), m.group(2) == null ? "" : m.group(2), m.start(), m.end()));
        }
        return found;
    }

    /** 1-based line of this placeholder within {@code sql}. */
    public int lineIn(String sql) {
        return Lines.lineAt(sql, start);
    }
}

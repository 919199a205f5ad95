package dev.xacct.query.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables of the local engine, by name: {@code cloudtrail} and, given by the caller, one per
 * table kind a plugin brings (see {@code dev.xacct.query.local.kind}). {@link #referencedBy} is
 * how the engine picks the readers a query needs from the table names in its SQL.
 */
public final class LocalTables {

    private static final Pattern WORD = Pattern.compile("\"((?:[^\"]|\"\")+)\"|([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern STRING = Pattern.compile("'(?:[^']|'')*'");
    private static final Pattern COMMENT = Pattern.compile("--[^\n]*|/\\*.*?\\*/", Pattern.DOTALL);

    private final Map<String, LocalTable> byName = new LinkedHashMap<>();
    private final List<LocalTable> kinds = new ArrayList<>();

    private LocalTables() {}

    /** Only {@code cloudtrail}: the engine without plugins. */
    public static LocalTables cloudTrailOnly() {
        return of(List.of(new CloudTrailTable()), List.of());
    }

    /**
     * @param tables      tables of a kind, the first with a name wins
     * @param diagnostics further tables a user may name (a kind's {@code _rejects}), never cached
     */
    public static LocalTables of(List<LocalTable> tables, List<LocalTable> diagnostics) {
        LocalTables t = new LocalTables();
        for (LocalTable table : tables) {
            if (!t.byName.containsKey(table.name().toLowerCase(Locale.ROOT))) {
                t.add(table);
            }
        }
        for (LocalTable table : diagnostics) {
            t.byName.putIfAbsent(table.name().toLowerCase(Locale.ROOT), table);
        }
        return t;
    }

    private void add(LocalTable table) {
        byName.put(table.name().toLowerCase(Locale.ROOT), table);
        kinds.add(table);
    }

    /** Every table of a kind (not the diagnostic ones), in registration order. */
    public List<LocalTable> tables() {
        return List.copyOf(kinds);
    }

    public Optional<LocalTable> table(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * The tables the SQL names, in registration order: every identifier outside string literals
     * and comments that is a table's name (qualified {@code db.t} and quoted {@code "t"} count).
     * An identifier that is also a column name elsewhere only costs a view that is not read.
     */
    public List<LocalTable> referencedBy(String sql) {
        String text = COMMENT.matcher(STRING.matcher(sql).replaceAll("''")).replaceAll(" ");
        Set<String> words = new java.util.HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group(1) != null ? m.group(1).replace("\"\"", "\"") : m.group(2);
            words.add(w.toLowerCase(Locale.ROOT));
        }
        List<LocalTable> used = new ArrayList<>();
        byName.forEach((name, table) -> {
            if (words.contains(name)) {
                used.add(table);
            }
        });
        return used;
    }

    /** The names a user can query, for messages. */
    public List<String> names() {
        return kinds.stream().map(LocalTable::name).toList();
    }
}

package dev.xacct.template.lint;

import dev.xacct.template.lint.HiveDdlLexer.Kind;
import dev.xacct.template.lint.HiveDdlLexer.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lints Athena's Hive DDL ({@code CREATE EXTERNAL TABLE}), which Trino's parser does not
 * read: clause order and reserved column names without backticks ({@link AthenaReservedWords});
 * the partition projection properties are {@link PartitionProjectionLints}'.
 */
public final class HiveDdlLinter {
    /** Clauses in the only order Athena accepts; anything else is "no viable alternative at input". */
    static final List<String> CLAUSE_ORDER = List.of(
            "COMMENT", "PARTITIONED BY", "CLUSTERED BY", "ROW FORMAT", "STORED AS", "LOCATION", "TBLPROPERTIES");

    private static final String ORDER_HINT = "Athena reports a misplaced clause as \"no viable alternative at input\";"
            + " the order is " + String.join(", ", CLAUSE_ORDER);

    /** A column of the DDL as written: its name, whether it was in backticks, its line. */
    record Column(String name, boolean quoted, int line) {}

    /** A TBLPROPERTIES value and the line of its key. */
    record Property(String value, int line) {}

    /**
     * Athena's DDL rules over one {@code CREATE EXTERNAL TABLE}: clause order, reserved column names
     * without backticks, partition projection properties that agree with the partition columns
     * and the storage location template (Athena User Guide, "Partition projection").
     *
     * @param file the name findings carry (their line numbers count from the DDL's first line)
     */
    public List<LintFinding> lint(String ddl, String file) {
        List<Token> tokens = HiveDdlLexer.tokens(ddl);
        List<LintFinding> out = new ArrayList<>();
        int i = 0;
        if (tokens.isEmpty() || !tokens.get(0).is("CREATE")) {
            out.add(error(
                    file,
                    tokens.isEmpty() ? 1 : tokens.get(0).line(),
                    "ddl-syntax",
                    "expected CREATE [EXTERNAL] TABLE",
                    ""));
            return out;
        }
        while (i < tokens.size() && !tokens.get(i).isSymbol('(')) {
            i++;
        }
        List<Column> partitions = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        i = columnList(tokens, i, columns);
        Map<String, Property> props = new LinkedHashMap<>();
        String location = null;
        int lastRank = -1;
        String lastClause = null;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.isSymbol(';')) {
                break;
            }
            String clause = clauseAt(tokens, i);
            if (clause == null) {
                i = t.isSymbol('(') ? skipParens(tokens, i) : i + 1;
                continue;
            }
            int rank = CLAUSE_ORDER.indexOf(clause);
            if (rank == lastRank) {
                out.add(error(file, t.line(), "clause-order", clause + " appears twice", ORDER_HINT));
            } else if (rank < lastRank) {
                out.add(error(file, t.line(), "clause-order", clause + " must come before " + lastClause, ORDER_HINT));
            }
            lastRank = Math.max(rank, lastRank);
            lastClause = rank >= lastRank ? clause : lastClause;
            i += clause.contains(" ") ? 2 : 1;
            if (clause.equals("PARTITIONED BY")
                    && i < tokens.size()
                    && tokens.get(i).isSymbol('(')) {
                i = columnList(tokens, i, partitions);
            } else if (clause.equals("LOCATION")
                    && i < tokens.size()
                    && tokens.get(i).kind() == Kind.STRING) {
                location = tokens.get(i).text();
                i++;
            } else if (clause.equals("TBLPROPERTIES")
                    && i < tokens.size()
                    && tokens.get(i).isSymbol('(')) {
                i = properties(tokens, i, props, file, out);
            }
        }
        for (Column c : concat(columns, partitions)) {
            if (!c.quoted() && AthenaReservedWords.DDL.contains(c.name().toUpperCase(Locale.ROOT))) {
                out.add(error(
                        file,
                        c.line(),
                        "reserved-word",
                        "column '" + c.name() + "' is a reserved word",
                        "write `" + c.name() + "` in the DDL (and \"" + c.name() + "\" in queries)"));
            }
        }
        PartitionProjectionLints.check(partitions, props, location, file, out);
        return out;
    }

    private static String clauseAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : new Token(Kind.SYMBOL, "", t.line());
        if (t.is("COMMENT") || t.is("LOCATION") || t.is("TBLPROPERTIES")) {
            return t.text().toUpperCase(Locale.ROOT);
        }
        if (t.is("PARTITIONED") && next.is("BY")) {
            return "PARTITIONED BY";
        }
        if (t.is("CLUSTERED") && next.is("BY")) {
            return "CLUSTERED BY";
        }
        if (t.is("ROW") && next.is("FORMAT")) {
            return "ROW FORMAT";
        }
        if (t.is("STORED") && (next.is("AS") || next.is("BY"))) {
            return "STORED AS";
        }
        return null;
    }

    /** Reads {@code (name type, …)} from the '(' at {@code i}; returns the index after ')'. */
    private static int columnList(List<Token> tokens, int i, List<Column> columns) {
        int depth = 0;
        int angle = 0;
        boolean expectName = true;
        for (; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSymbol('(')) {
                depth++;
            } else if (t.isSymbol(')')) {
                if (--depth == 0) {
                    return i + 1;
                }
            } else if (t.isSymbol('<')) {
                angle++;
            } else if (t.isSymbol('>')) {
                angle--;
            } else if (t.isSymbol(',') && depth == 1 && angle == 0) {
                expectName = true;
            } else if (expectName
                    && depth == 1
                    && angle == 0
                    && (t.kind() == Kind.WORD || t.kind() == Kind.BACKTICKED)) {
                columns.add(new Column(t.text(), t.kind() == Kind.BACKTICKED, t.line()));
                expectName = false;
            }
        }
        return i;
    }

    private static int skipParens(List<Token> tokens, int i) {
        int depth = 0;
        for (; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol('(')) {
                depth++;
            } else if (tokens.get(i).isSymbol(')') && --depth == 0) {
                return i + 1;
            }
        }
        return i;
    }

    private static int properties(
            List<Token> tokens, int i, Map<String, Property> props, String file, List<LintFinding> out) {
        int end = skipParens(tokens, i);
        for (int j = i + 1; j + 2 < end; j++) {
            Token key = tokens.get(j);
            if (key.kind() == Kind.STRING
                    && tokens.get(j + 1).isSymbol('=')
                    && tokens.get(j + 2).kind() == Kind.STRING) {
                String k = key.text().toLowerCase(Locale.ROOT);
                if (props.containsKey(k)) {
                    out.add(new LintFinding(
                            Severity.WARNING,
                            file,
                            key.line(),
                            "duplicate-property",
                            "'" + key.text() + "' is set twice",
                            "keep one"));
                }
                props.put(k, new Property(tokens.get(j + 2).text(), key.line()));
                j += 2;
            }
        }
        return end;
    }

    private static List<Column> concat(List<Column> a, List<Column> b) {
        List<Column> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static LintFinding error(String file, int line, String rule, String message, String hint) {
        return new LintFinding(Severity.ERROR, file, line, rule, message, hint);
    }
}

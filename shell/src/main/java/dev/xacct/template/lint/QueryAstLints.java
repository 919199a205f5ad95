package dev.xacct.template.lint;

import io.trino.sql.tree.Identifier;
import io.trino.sql.tree.InListExpression;
import io.trino.sql.tree.InPredicate;
import io.trino.sql.tree.Node;
import io.trino.sql.tree.QuerySpecification;
import io.trino.sql.tree.StringLiteral;
import io.trino.sql.tree.Table;
import io.trino.sql.tree.TableSubquery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/** Lints on the parsed, bound query. */
final class QueryAstLints {
    private QueryAstLints() {}

    /**
     * @param fileLine maps a line of the bound SQL to the template file's line
     */
    static List<LintFinding> check(
            Node root, String file, IntUnaryOperator fileLine, String table, List<String> partitionKeys) {
        List<LintFinding> out = new ArrayList<>();
        walk(root, node -> {
            if (node instanceof QuerySpecification q && !partitionKeys.isEmpty() && readsTable(q, table)) {
                Set<String> where = new HashSet<>();
                q.getWhere()
                        .ifPresent(w -> walk(w, n -> {
                            if (n instanceof Identifier id) {
                                where.add(id.getValue().toLowerCase(Locale.ROOT));
                            }
                        }));
                List<String> missing = partitionKeys.stream()
                        .filter(k -> !where.contains(k.toLowerCase(Locale.ROOT)))
                        .toList();
                if (!missing.isEmpty()) {
                    out.add(new LintFinding(
                            Severity.ERROR,
                            file,
                            line(q, fileLine),
                            "partition-predicate",
                            "reads the projected table " + table + " without a predicate on "
                                    + String.join(
                                            ", ",
                                            missing.stream()
                                                    .map(k -> "\"" + k + "\"")
                                                    .toList()),
                            "without it Athena scans every partition: add \"date\" BETWEEN ${start:partition} AND"
                                    + " ${end:partition}"));
                }
            }
            if (node instanceof InPredicate in
                    && in.getValueList() instanceof InListExpression list
                    && list.getValues().size() == 1
                    && list.getValues().get(0) instanceof StringLiteral s
                    && s.getValue().contains(",")) {
                out.add(new LintFinding(
                        Severity.ERROR,
                        file,
                        line(in, fileLine),
                        "in-single-string",
                        "IN ('" + s.getValue() + "') is one string, not a list",
                        "write IN ('" + String.join("', '", s.getValue().split("\\s*,\\s*"))
                                + "') or use a list<…> parameter"));
            }
        });
        return out;
    }

    private static boolean readsTable(QuerySpecification q, String table) {
        List<Boolean> found = new ArrayList<>();
        q.getFrom()
                .ifPresent(from -> walkRelations(from, t -> {
                    if (t.getName().toString().equalsIgnoreCase(table)) {
                        found.add(true);
                    }
                }));
        return !found.isEmpty();
    }

    /** Tables directly in a FROM clause; subqueries are query specifications of their own. */
    private static void walkRelations(Node node, java.util.function.Consumer<Table> visit) {
        if (node instanceof Table t) {
            visit.accept(t);
        } else if (!(node instanceof TableSubquery)) {
            node.getChildren().forEach(c -> walkRelations(c, visit));
        }
    }

    private static void walk(Node node, java.util.function.Consumer<Node> visit) {
        visit.accept(node);
        node.getChildren().forEach(c -> walk(c, visit));
    }

    private static int line(Node n, IntUnaryOperator fileLine) {
        return n.getLocation().map(l -> fileLine.applyAsInt(l.getLineNumber())).orElse(0);
    }
}

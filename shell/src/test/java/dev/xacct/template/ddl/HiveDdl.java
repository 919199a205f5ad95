package dev.xacct.template.ddl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Test helper: Athena's {@code CREATE EXTERNAL TABLE} read into its parts, so tests compare DDL
 * by meaning (names, types, clauses, properties), not by layout. Types come back in one
 * canonical spelling, lower case without spaces: {@code struct<arn:string,type:string>}.
 */
public record HiveDdl(
        String table,
        Map<String, String> columns,
        Map<String, String> partitions,
        String comment,
        String serde,
        String inputFormat,
        String outputFormat,
        String location,
        Map<String, String> properties) {

    public static HiveDdl parse(String ddl) {
        return new Parser(tokens(ddl)).table();
    }

    /** A Hive type in the canonical spelling, e.g. {@code array<struct<arn:string>>}. */
    public static String canonicalType(String hiveType) {
        Parser p = new Parser(tokens(hiveType));
        String type = p.type();
        p.expectEnd();
        return type;
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '`') {
                int end = text.indexOf(c, i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated " + c + " at " + i);
                }
                // a quoted string keeps its quote as a marker; a backticked name does not
                out.add((c == '\'' ? "'" : "") + text.substring(i + 1, end));
                i = end + 1;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
                int start = i;
                while (i < text.length()
                        && (Character.isLetterOrDigit(text.charAt(i))
                                || text.charAt(i) == '_'
                                || text.charAt(i) == '.')) {
                    i++;
                }
                out.add(text.substring(start, i));
            } else {
                out.add(String.valueOf(c));
                i++;
            }
        }
        return out;
    }

    private static final class Parser {
        private final List<String> tokens;
        private int at;

        Parser(List<String> tokens) {
            this.tokens = tokens;
        }

        HiveDdl table() {
            words("CREATE", "EXTERNAL", "TABLE");
            if (peekIs("IF")) {
                words("IF", "NOT", "EXISTS");
            }
            String name = next();
            Map<String, String> columns = columnList();
            String comment = null;
            Map<String, String> partitions = Map.of();
            String serde = null;
            String input = null;
            String output = null;
            String location = null;
            Map<String, String> properties = Map.of();
            while (at < tokens.size()) {
                String word = next().toUpperCase(Locale.ROOT);
                switch (word) {
                    case "COMMENT" -> comment = string();
                    case "PARTITIONED" -> {
                        words("BY");
                        partitions = columnList();
                    }
                    case "ROW" -> {
                        words("FORMAT", "SERDE");
                        serde = string();
                    }
                    case "STORED" -> {
                        words("AS", "INPUTFORMAT");
                        input = string();
                        words("OUTPUTFORMAT");
                        output = string();
                    }
                    case "LOCATION" -> location = string();
                    case "TBLPROPERTIES" -> properties = propertyList();
                    case ";" -> {}
                    default -> throw new IllegalArgumentException("unexpected '" + word + "' at token " + at);
                }
            }
            return new HiveDdl(
                    name.toLowerCase(Locale.ROOT),
                    columns,
                    partitions,
                    comment,
                    serde,
                    input,
                    output,
                    location,
                    properties);
        }

        private Map<String, String> columnList() {
            Map<String, String> out = new LinkedHashMap<>();
            expect("(");
            do {
                String name = next().toLowerCase(Locale.ROOT);
                if (out.put(name, type()) != null) {
                    throw new IllegalArgumentException("column " + name + " twice");
                }
            } while (accept(","));
            expect(")");
            return out;
        }

        private Map<String, String> propertyList() {
            Map<String, String> out = new LinkedHashMap<>();
            expect("(");
            do {
                String key = string();
                expect("=");
                out.put(key, string());
            } while (accept(","));
            expect(")");
            return out;
        }

        String type() {
            String word = next().toLowerCase(Locale.ROOT);
            switch (word) {
                case "struct" -> {
                    expect("<");
                    List<String> fields = new ArrayList<>();
                    do {
                        String field = next().toLowerCase(Locale.ROOT);
                        expect(":");
                        fields.add(field + ":" + type());
                    } while (accept(","));
                    expect(">");
                    return "struct<" + String.join(",", fields) + ">";
                }
                case "array" -> {
                    expect("<");
                    String element = type();
                    expect(">");
                    return "array<" + element + ">";
                }
                case "map" -> {
                    expect("<");
                    String key = type();
                    expect(",");
                    String value = type();
                    expect(">");
                    return "map<" + key + "," + value + ">";
                }
                default -> {
                    return word;
                }
            }
        }

        void expectEnd() {
            if (at != tokens.size()) {
                throw new IllegalArgumentException("unexpected '" + tokens.get(at) + "'");
            }
        }

        private String string() {
            String token = next();
            if (!token.startsWith("'")) {
                throw new IllegalArgumentException("expected a quoted string, got " + token);
            }
            return token.substring(1);
        }

        private void words(String... words) {
            for (String w : words) {
                String token = next();
                if (!token.equalsIgnoreCase(w)) {
                    throw new IllegalArgumentException("expected " + w + ", got " + token);
                }
            }
        }

        private boolean peekIs(String word) {
            return at < tokens.size() && tokens.get(at).equalsIgnoreCase(word);
        }

        private boolean accept(String symbol) {
            if (at < tokens.size() && tokens.get(at).equals(symbol)) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(String symbol) {
            if (!accept(symbol)) {
                throw new IllegalArgumentException("expected " + symbol + " at token " + at
                        + (at < tokens.size() ? ", got " + tokens.get(at) : ""));
            }
        }

        private String next() {
            if (at >= tokens.size()) {
                throw new IllegalArgumentException("unexpected end of DDL");
            }
            return tokens.get(at++);
        }
    }
}

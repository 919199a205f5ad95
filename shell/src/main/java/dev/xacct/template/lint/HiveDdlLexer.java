package dev.xacct.template.lint;

import java.util.ArrayList;
import java.util.List;

/** Splits Athena Hive DDL into words, quoted names, strings and symbols, each with its line. */
final class HiveDdlLexer {
    enum Kind {
        WORD,
        BACKTICKED,
        STRING,
        SYMBOL
    }

    record Token(Kind kind, String text, int line) {
        boolean is(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        boolean isSymbol(char c) {
            return kind == Kind.SYMBOL && text.length() == 1 && text.charAt(0) == c;
        }
    }

    private HiveDdlLexer() {}

    static List<Token> tokens(String ddl) {
        List<Token> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < ddl.length()) {
            char c = ddl.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < ddl.length() && ddl.charAt(i + 1) == '-') {
                while (i < ddl.length() && ddl.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                int start = line;
                StringBuilder b = new StringBuilder();
                i++;
                while (i < ddl.length() && ddl.charAt(i) != c) {
                    char d = ddl.charAt(i);
                    if (d == '\\' && c != '`' && i + 1 < ddl.length()) { // Hive strings have backslash escapes
                        d = ddl.charAt(++i);
                    }
                    if (d == '\n') {
                        line++;
                    }
                    b.append(d);
                    i++;
                }
                i++;
                out.add(new Token(c == '`' ? Kind.BACKTICKED : Kind.STRING, b.toString(), start));
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                int start = i;
                while (i < ddl.length() && (Character.isLetterOrDigit(ddl.charAt(i)) || ddl.charAt(i) == '_')) {
                    i++;
                }
                out.add(new Token(Kind.WORD, ddl.substring(start, i), line));
            } else {
                out.add(new Token(Kind.SYMBOL, String.valueOf(c), line));
                i++;
            }
        }
        return out;
    }
}

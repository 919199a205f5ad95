package dev.xacct.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * How a typed line breaks into statements and words, shell-style: {@code ;} separates
 * statements, single and double quotes group words, a backslash escapes the next character
 * (outside single quotes). A quote left open is a usage error, not a guess.
 */
public final class CommandLineSyntax {

    private CommandLineSyntax() {}

    public static List<String> statements(String line) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == 0 && c == ';') {
                addIfNotBlank(statements, current);
                current.setLength(0);
                continue;
            }
            current.append(c);
            if (c == '\\' && quote != '\'' && i + 1 < line.length()) {
                current.append(line.charAt(++i));
            } else if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
        }
        if (quote != 0) {
            throw new UsageError("unclosed " + (quote == '"' ? "double" : "single") + " quote in: " + line.strip());
        }
        addIfNotBlank(statements, current);
        return statements;
    }

    public static List<String> words(String statement) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < statement.length(); i++) {
            char c = statement.charAt(i);
            if (quote == 0 && Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                continue;
            }
            inWord = true;
            if (c == '\\' && quote != '\'' && i + 1 < statement.length()) {
                word.append(statement.charAt(++i));
            } else if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            } else {
                word.append(c);
            }
        }
        if (quote != 0) {
            throw new UsageError(
                    "unclosed " + (quote == '"' ? "double" : "single") + " quote in: " + statement.strip());
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static void addIfNotBlank(List<String> statements, StringBuilder current) {
        String text = current.toString().strip();
        if (!text.isEmpty()) {
            statements.add(text);
        }
    }
}

package dev.xacct.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * The one tokenizer of what a user types, shell-style: {@code ;} and a newline separate
 * statements, single and double quotes group words, a backslash escapes the next character
 * (outside single quotes), and {@code #} at the start of a statement comments out the rest of its
 * line. The console runs what it splits, and JLine completes with it ({@link ShellLineParser}), so
 * the words Tab sees are the words a command gets. A quote left open is a usage error when a line
 * runs, not a guess; while completing it is the word being typed.
 */
public final class CommandLineSyntax {

    /** A word: its text (quotes removed, escapes applied) and where it stands in the raw line. */
    public record Word(String text, int start, int end, char openQuote) {}

    /** A statement: its raw text (trimmed), its words, and where it stands in the line. */
    public record Statement(String text, List<Word> words, int start, int end) {}

    private CommandLineSyntax() {}

    /** The statements of a line, a {@code -c} text or a script, in order; blank ones and comments dropped. */
    public static List<String> statements(String line) {
        return parse(line, false).stream().map(Statement::text).toList();
    }

    /** The words of one statement. */
    public static List<String> words(String statement) {
        List<Statement> parsed = parse(statement, false);
        List<String> words = new ArrayList<>();
        for (Statement s : parsed) {
            s.words().forEach(w -> words.add(w.text()));
        }
        return words;
    }

    /**
     * Splits {@code line} into statements and words. {@code lenient} accepts an unclosed quote (the
     * last word is then open, as while typing); otherwise it is a {@link UsageError}.
     */
    public static List<Statement> parse(String line, boolean lenient) {
        return split(line, lenient, false);
    }

    /** As {@link #parse}, keeping blank statements too: completion needs the one the cursor is in. */
    static List<Statement> split(String line, boolean lenient, boolean keepBlank) {
        List<Statement> statements = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int statementStart = 0;
        int wordStart = -1;
        char quote = 0;
        char wordQuote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == 0 && wordStart < 0 && c == '#') {
                // a comment, as in sh: the rest of the line is not part of the statement
                while (i + 1 < line.length() && line.charAt(i + 1) != '\n') {
                    i++;
                }
                continue;
            }
            if (quote == 0 && (c == ';' || c == '\n')) {
                if (wordStart >= 0) {
                    words.add(new Word(word.toString(), wordStart, i, (char) 0));
                    word.setLength(0);
                    wordStart = -1;
                }
                addStatement(statements, line, statementStart, i, words, keepBlank);
                words = new ArrayList<>();
                statementStart = i + 1;
                continue;
            }
            if (quote == 0 && Character.isWhitespace(c)) {
                if (wordStart >= 0) {
                    words.add(new Word(word.toString(), wordStart, i, (char) 0));
                    word.setLength(0);
                    wordStart = -1;
                }
                continue;
            }
            if (wordStart < 0) {
                wordStart = i;
            }
            if (c == '\\' && quote != '\'' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
            } else if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
                wordQuote = c;
            } else if (c == quote) {
                quote = 0;
            } else {
                word.append(c);
            }
        }
        if (quote != 0 && !lenient) {
            throw new UsageError("unclosed " + (quote == '"' ? "double" : "single") + " quote in: "
                    + line.substring(statementStart).strip());
        }
        if (wordStart >= 0) {
            words.add(new Word(word.toString(), wordStart, line.length(), quote != 0 ? wordQuote : 0));
        }
        addStatement(statements, line, statementStart, line.length(), words, keepBlank);
        return statements;
    }

    private static void addStatement(
            List<Statement> statements, String line, int start, int end, List<Word> words, boolean keepBlank) {
        if (!words.isEmpty()) {
            int from = words.get(0).start();
            int to = words.get(words.size() - 1).end();
            statements.add(new Statement(line.substring(from, to), List.copyOf(words), start, end));
        } else if (keepBlank) {
            statements.add(new Statement("", List.of(), start, end));
        }
    }
}

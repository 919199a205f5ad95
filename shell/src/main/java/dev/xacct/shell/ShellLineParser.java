package dev.xacct.shell;

import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * {@link CommandLineSyntax} registered as JLine's {@link Parser}: completion sees the words of the
 * statement the cursor is in ({@code version; s3 d<Tab>} completes {@code s3 diagnose}), split
 * and unquoted exactly as the command will get them. Accepting a line never fails here: the
 * console splits it with the same tokenizer and reports an unclosed quote as a usage error.
 */
final class ShellLineParser implements Parser {

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        List<CommandLineSyntax.Statement> statements = CommandLineSyntax.split(line, true, true);
        CommandLineSyntax.Statement current = statements.get(statements.size() - 1);
        for (CommandLineSyntax.Statement statement : statements) {
            if (cursor >= statement.start() && cursor <= statement.end()) {
                current = statement;
                break;
            }
        }
        List<CommandLineSyntax.Word> words = current.words();
        List<String> texts = new java.util.ArrayList<>(
                words.stream().map(CommandLineSyntax.Word::text).toList());
        for (int i = 0; i < words.size(); i++) {
            CommandLineSyntax.Word word = words.get(i);
            if (cursor >= word.start() && cursor <= word.end()) {
                String typed = line.substring(word.start(), cursor);
                int wordCursor = CommandLineSyntax.split(typed, true, true).stream()
                        .flatMap(s -> s.words().stream())
                        .mapToInt(w -> w.text().length())
                        .sum();
                return new Line(
                        line,
                        cursor,
                        texts,
                        i,
                        wordCursor,
                        cursor - word.start(),
                        word.end() - word.start(),
                        word.openQuote());
            }
        }
        // the cursor is between words: completing a new, empty one
        int index = 0;
        while (index < words.size() && words.get(index).end() < cursor) {
            index++;
        }
        texts.add(index, "");
        return new Line(line, cursor, texts, index, 0, 0, 0, (char) 0);
    }

    /** The parsed line JLine completes on; {@link #escape} quotes a candidate the way the tokenizer reads it back. */
    private record Line(
            String line,
            int cursor,
            List<String> words,
            int wordIndex,
            int wordCursor,
            int rawWordCursor,
            int rawWordLength,
            char openQuote)
            implements CompletingParsedLine {

        @Override
        public String word() {
            return words.get(wordIndex);
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            String text = candidate.toString();
            if (openQuote != 0) {
                String inside = openQuote == '"' ? text.replace("\\", "\\\\").replace("\"", "\\\"") : text;
                return openQuote + inside + (complete ? String.valueOf(openQuote) : "");
            }
            StringBuilder escaped = new StringBuilder(text.length() + 4);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)
                        || c == '"'
                        || c == '\''
                        || c == '\\'
                        || c == ';'
                        || (c == '#' && i == 0)) {
                    escaped.append('\\');
                }
                escaped.append(c);
            }
            return escaped;
        }
    }
}

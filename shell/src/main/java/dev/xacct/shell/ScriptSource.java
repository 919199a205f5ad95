package dev.xacct.shell;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The statements of a script ({@code --file}, or stdin when it is not a terminal), read a line at
 * a time so that a piped script runs as it arrives. A line with an unclosed quote continues on
 * the next, as in {@code sh}. The text must be UTF-8: a byte that is not is reported with its
 * value, its offset in the file and its line, not as a decoder's "Input length = 1".
 */
final class ScriptSource {

    /** One statement and the line it starts on (from 1). */
    record Statement(String text, int line) {}

    private final InputStream in;
    private final String name;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private long offset;
    private int lineNumber;

    /** @param name the script as the user named it ({@code check.xacct}, {@code stdin}), for messages */
    ScriptSource(InputStream in, String name) {
        this.in = new BufferedInputStream(in);
        this.name = name;
    }

    String name() {
        return name;
    }

    /**
     * The statements of the next line that has any (with its continuation lines); empty at the end.
     *
     * @throws UsageError for text that is not UTF-8 or a quote left open at the end
     * @throws UserError when the script cannot be read (the OS reason)
     */
    List<Statement> next() {
        while (true) {
            String text = readLine();
            if (text == null) {
                return List.of();
            }
            int first = lineNumber;
            while (true) {
                try {
                    List<String> statements = CommandLineSyntax.statements(text);
                    if (statements.isEmpty()) {
                        break;
                    }
                    return statements.stream().map(s -> new Statement(s, first)).toList();
                } catch (UsageError unclosedQuote) {
                    String more = readLine();
                    if (more == null) {
                        throw new UsageError(name + ":" + first + ": " + unclosedQuote.getMessage());
                    }
                    text = text + "\n" + more;
                }
            }
        }
    }

    private String readLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        long start = offset;
        try {
            int b;
            while ((b = in.read()) >= 0) {
                offset++;
                if (b == '\n') {
                    break;
                }
                bytes.write(b);
            }
            if (b < 0 && bytes.size() == 0) {
                return null;
            }
        } catch (IOException e) {
            throw FileErrors.cannotRead(name, e);
        }
        lineNumber++;
        byte[] line = bytes.toByteArray();
        int length = line.length > 0 && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
        return decode(line, length, start);
    }

    private String decode(byte[] line, int length, long lineStart) {
        utf8.reset();
        ByteBuffer input = ByteBuffer.wrap(line, 0, length);
        CharBuffer output = CharBuffer.allocate(length + 1);
        CoderResult result = utf8.decode(input, output, true);
        if (result.isError()) {
            int at = input.position();
            throw new UsageError(String.format(
                    "%s:%d: not UTF-8 text: byte 0x%02x at offset %d (save the script as UTF-8)",
                    name, lineNumber, line[at] & 0xff, lineStart + at));
        }
        utf8.flush(output);
        output.flip();
        String text = output.toString();
        // a UTF-8 byte order mark at the very start is not part of the first command
        return lineNumber == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}

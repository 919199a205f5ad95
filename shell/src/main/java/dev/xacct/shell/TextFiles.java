package dev.xacct.shell;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every text file xacct reads (templates, packs, evidence, policies, settings, scripts) is UTF-8,
 * read strictly: a byte that is not UTF-8 is reported with its value, its offset and its line
 * ({@code not UTF-8 text: byte 0xe9 at offset 47 (line 3)}), never as a decoder's "Input length =
 * 1" and never replaced silently. A UTF-8 byte order mark at the start (Windows editors write
 * one) is not part of the text.
 */
public final class TextFiles {

    private TextFiles() {}

    /** A file's text; an {@link NotUtf8Exception} (an IOException) names the first bad byte. */
    public static String read(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    /** Bytes as UTF-8 text, strictly, without a leading byte order mark. */
    public static String decode(byte[] bytes) throws NotUtf8Exception {
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = utf8.decode(input, output, true);
        if (result.isError()) {
            throw new NotUtf8Exception(bytes, input.position());
        }
        utf8.flush(output);
        output.flip();
        String text = output.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Text that is not UTF-8: the byte, its offset from the start (0-based) and its line (1-based). */
    public static final class NotUtf8Exception extends CharacterCodingException {
        private final int value;
        private final long offset;
        private final long line;

        NotUtf8Exception(byte[] bytes, int offset) {
            this.value = bytes[offset] & 0xff;
            this.offset = offset;
            long lines = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    lines++;
                }
            }
            this.line = lines;
        }

        public long offset() {
            return offset;
        }

        public long line() {
            return line;
        }

        @Override
        public String getMessage() {
            return String.format(
                    "not UTF-8 text: byte 0x%02x at offset %d (line %d); save it as UTF-8", value, offset, line);
        }
    }
}

package dev.xacct.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One JSON document: an array of objects keyed by column name, written as rows arrive. Numbers
 * and booleans keep their type; nested lists and maps become JSON arrays and objects. Strings are
 * exact, and every control character in them is written as a JSON escape ({@code \\u001b},
 * {@code \\u009b}, …), so the document is safe to print on a terminal as well.
 */
final class JsonPrinter implements RowPrinter {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    static {
        MAPPER.getFactory().setCharacterEscapes(new ControlEscapes());
    }

    private final PrintWriter out;
    private JsonGenerator json;
    private List<Column> columns = List.of();

    JsonPrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void begin(List<Column> columns) {
        this.columns = List.copyOf(columns);
        try {
            json = MAPPER.getFactory().createGenerator(out);
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void rows(List<List<Object>> batch) {
        try {
            for (List<Object> row : batch) {
                json.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    json.writeFieldName(columns.get(i).name());
                    writeValue(i < row.size() ? row.get(i) : null);
                }
                json.writeEndObject();
            }
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish(long rowCount) {
        try {
            json.writeEndArray();
            json.flush();
            out.println();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeValue(Object value) throws IOException {
        if (value instanceof java.time.temporal.TemporalAccessor || value instanceof java.util.Date) {
            json.writeString(value.toString());
        } else {
            MAPPER.writeValue(json, value);
        }
    }

    /** Writes any value (an object for one record, say) as one JSON document. */
    static void writeDocument(PrintWriter out, Object document) {
        try {
            out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * JSON's own escapes for C0 plus DEL, the C1 controls and the other characters a terminal acts on
     * ({@link TerminalText}): RFC 8259 allows {@code \\uXXXX} for any character, so the data stays exact.
     */
    private static final class ControlEscapes extends CharacterEscapes {

        private final int[] ascii = standardAsciiEscapesForJSON();

        ControlEscapes() {
            ascii[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch <= 0xffff && !Character.isSurrogate((char) ch) && TerminalText.isUnsafe((char) ch)
                    ? new SerializedString(String.format("\\u%04X", ch))
                    : null;
        }
    }
}

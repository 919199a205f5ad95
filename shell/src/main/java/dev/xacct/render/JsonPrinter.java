package dev.xacct.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One JSON document: an array of objects keyed by column name, written as rows arrive. Numbers
 * and booleans keep their type; nested lists and maps become JSON arrays and objects.
 */
final class JsonPrinter implements RowPrinter {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

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
            json = new JsonFactory(MAPPER).createGenerator(out);
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
}

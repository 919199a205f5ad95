package dev.xacct.template.ddl;

import java.util.Locale;
import java.util.Objects;

/**
 * A column, or a field of a struct column, of a table over JSON records.
 *
 * @param json the key in the record, exactly as the log writes it (CloudTrail: camelCase, e.g.
 *     {@code userIdentity}; {@code ARN} inside {@code resources})
 * @param name the column or field name both engines show: Athena's lower-case name
 * @param type what the value is
 */
public record JsonField(String json, String name, ColumnType type) {

    public JsonField {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    private static final ColumnType TEXT = new ColumnType.Text();
    private static final ColumnType JSON_TEXT = new ColumnType.JsonText();

    /** A scalar under {@code json}, named in lower case. */
    public static JsonField text(String json) {
        return new JsonField(json, lower(json), TEXT);
    }

    /** A free-form value under {@code json}, shown as JSON text, named in lower case. */
    public static JsonField jsonText(String json) {
        return new JsonField(json, lower(json), JSON_TEXT);
    }

    /** An object under {@code json} with the given fields, named in lower case. */
    public static JsonField struct(String json, JsonField... fields) {
        return new JsonField(json, lower(json), new ColumnType.Struct(java.util.List.of(fields)));
    }

    private static String lower(String json) {
        return json.toLowerCase(Locale.ROOT);
    }
}

package dev.xacct.template.ddl;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The type of a column (or of a field inside one) of a table over JSON log records, in terms
 * both engines share. Athena sees it as a Hive type ({@link #hiveType()}); the local engine
 * renders the same tree as DuckDB types. {@link JsonText} and {@link Text} are both Hive
 * {@code STRING}: they differ only in what the record holds (an object of any shape, shown as
 * its JSON text, versus a scalar).
 */
public sealed interface ColumnType
        permits ColumnType.Text, ColumnType.JsonText, ColumnType.Struct, ColumnType.ListOf, ColumnType.MapOfText {

    /** The Hive type Athena's DDL declares, e.g. {@code STRUCT<arn: STRING, type: STRING>}. */
    String hiveType();

    /** A scalar value (text, number or boolean in the JSON), read as text. */
    record Text() implements ColumnType {
        @Override
        public String hiveType() {
            return "STRING";
        }
    }

    /** A free-form value (usually an object), shown as its JSON text, as Athena's JSON SerDe does. */
    record JsonText() implements ColumnType {
        @Override
        public String hiveType() {
            return "STRING";
        }
    }

    /** An object with known fields. */
    record Struct(List<JsonField> fields) implements ColumnType {
        public Struct {
            fields = List.copyOf(fields);
        }

        @Override
        public String hiveType() {
            return fields.stream()
                    .map(f -> f.name() + ": " + f.type().hiveType())
                    .collect(Collectors.joining(", ", "STRUCT<", ">"));
        }
    }

    /** A JSON array of one element type. */
    record ListOf(ColumnType element) implements ColumnType {
        @Override
        public String hiveType() {
            return "ARRAY<" + element.hiveType() + ">";
        }
    }

    /** An object of text values under arbitrary keys. */
    record MapOfText() implements ColumnType {
        @Override
        public String hiveType() {
            return "MAP<STRING, STRING>";
        }
    }
}

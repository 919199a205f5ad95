package dev.xacct.query.local;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The columns of Athena's CloudTrail table and where each comes from in a CloudTrail record.
 * CloudTrail writes camelCase keys ({@code userIdentity}); Athena shows lower-case names
 * ({@code useridentity}) and gives free-form objects ({@code requestParameters}) as JSON text.
 * The schema is explicit so a field absent from every file is still a NULL column.
 */
public final class CloudTrailSchema {

    /** A column's type: how DuckDB reads it from the file and how the table shows it. */
    public sealed interface Type permits Text, JsonText, Struct, ListOf, MapOfText {
        /** The DuckDB type for {@code read_json(columns=…)}: field names exactly as in the JSON. */
        String readType();

        /** The DuckDB type the table shows: Athena's lower-case names, JSON objects as VARCHAR. */
        String tableType();
    }

    public record Text() implements Type {
        public String readType() {
            return "VARCHAR";
        }

        public String tableType() {
            return "VARCHAR";
        }
    }

    /** An object or value of any shape, shown as its JSON text (Athena's {@code STRING} columns). */
    public record JsonText() implements Type {
        public String readType() {
            return "JSON";
        }

        public String tableType() {
            return "VARCHAR";
        }
    }

    public record Struct(List<Field> fields) implements Type {
        public String readType() {
            return fields.stream()
                    .map(f -> quote(f.json()) + " " + f.type().readType())
                    .collect(Collectors.joining(", ", "STRUCT(", ")"));
        }

        public String tableType() {
            return fields.stream()
                    .map(f -> quote(f.name()) + " " + f.type().tableType())
                    .collect(Collectors.joining(", ", "STRUCT(", ")"));
        }
    }

    public record ListOf(Type element) implements Type {
        public String readType() {
            return element.readType() + "[]";
        }

        public String tableType() {
            return element.tableType() + "[]";
        }
    }

    public record MapOfText() implements Type {
        public String readType() {
            return "MAP(VARCHAR, VARCHAR)";
        }

        public String tableType() {
            return "MAP(VARCHAR, VARCHAR)";
        }
    }

    /** A field: its key in the CloudTrail JSON, its column name in Athena's table, its type. */
    public record Field(String json, String name, Type type) {}

    private static final Type TEXT = new Text();
    private static final Type JSON = new JsonText();

    private static Field text(String json) {
        return new Field(json, json.toLowerCase(java.util.Locale.ROOT), TEXT);
    }

    private static Field json(String json) {
        return new Field(json, json.toLowerCase(java.util.Locale.ROOT), JSON);
    }

    private static Field struct(String json, Field... fields) {
        return new Field(json, json.toLowerCase(java.util.Locale.ROOT), new Struct(List.of(fields)));
    }

    /** The record columns in Athena's order (the CloudTrail table DDL of the AWS documentation). */
    public static final List<Field> COLUMNS = List.of(
            text("eventVersion"),
            struct(
                    "userIdentity",
                    text("type"),
                    text("principalId"),
                    text("arn"),
                    text("accountId"),
                    text("invokedBy"),
                    text("accessKeyId"),
                    text("userName"),
                    struct("onBehalfOf", text("userId"), text("identityStoreArn")),
                    struct(
                            "sessionContext",
                            struct("attributes", text("mfaAuthenticated"), text("creationDate")),
                            struct(
                                    "sessionIssuer",
                                    text("type"),
                                    text("principalId"),
                                    text("arn"),
                                    text("accountId"),
                                    text("userName")),
                            text("ec2RoleDelivery"),
                            text("sourceIdentity"),
                            struct(
                                    "webIdFederationData",
                                    text("federatedProvider"),
                                    new Field("attributes", "attributes", new MapOfText())))),
            text("eventTime"),
            text("eventSource"),
            text("eventName"),
            text("awsRegion"),
            text("sourceIPAddress"),
            text("userAgent"),
            text("errorCode"),
            text("errorMessage"),
            json("requestParameters"),
            json("responseElements"),
            json("additionalEventData"),
            text("requestID"),
            text("eventID"),
            // a JSON boolean in the file, the text 'true'/'false' in Athena
            text("readOnly"),
            new Field(
                    "resources",
                    "resources",
                    new ListOf(new Struct(List.of(new Field("ARN", "arn", TEXT), text("accountId"), text("type"))))),
            text("eventType"),
            text("apiVersion"),
            text("recipientAccountId"),
            json("serviceEventDetails"),
            text("sharedEventID"),
            text("vpcEndpointId"),
            text("vpcEndpointAccountId"),
            text("eventCategory"),
            struct(
                    "addendum",
                    text("reason"),
                    text("updatedFields"),
                    text("originalRequestID"),
                    text("originalEventID")),
            text("sessionCredentialFromConsole"),
            json("edgeDeviceDetails"),
            struct("tlsDetails", text("tlsVersion"), text("cipherSuite"), text("clientProvidedHostHeader")));

    /** The partition columns, after the record columns, as in Athena's table. */
    public static final List<String> PARTITION_COLUMNS = List.of("accountid", "region", "date");

    private CloudTrailSchema() {}

    /** The {@code columns=} argument of {@code read_json}: one {@code Records} list of records. */
    public static String readColumns() {
        return "{Records: '" + new ListOf(new Struct(COLUMNS)).readType().replace("'", "''") + "'}";
    }

    /** The type of one record as read, for an empty table. */
    public static String recordReadType() {
        return new Struct(COLUMNS).readType();
    }

    /** The select list turning a record {@code r} into the table's columns. */
    public static List<String> columnExpressions(String record) {
        return COLUMNS.stream().map(f -> expression(record, f)).toList();
    }

    private static String expression(String record, Field f) {
        String source = record + "." + quote(f.json());
        String value = f.type() instanceof Text
                ? source
                : "CAST(" + source + " AS " + f.type().tableType() + ")";
        return value + " AS " + quote(f.name());
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}

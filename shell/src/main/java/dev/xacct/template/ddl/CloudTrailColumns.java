package dev.xacct.template.ddl;

import static dev.xacct.template.ddl.JsonField.jsonText;
import static dev.xacct.template.ddl.JsonField.struct;
import static dev.xacct.template.ddl.JsonField.text;

import java.util.List;

/**
 * The columns of the {@code cloudtrail} table, defined once: Athena's DDL ({@link
 * CloudTrailTableDdl}) and the local engine's view ({@code dev.xacct.query.local.CloudTrailSchema})
 * are both generated from this list, so a template that runs on one runs on the other.
 *
 * <p>Source: the CloudTrail table of the Athena User Guide, "Create the table for CloudTrail logs
 * in Athena using partition projection"
 * (https://docs.aws.amazon.com/athena/latest/ug/create-cloudtrail-table-partition-projection.html),
 * same columns, names and order. One addition: {@code useridentity.sessioncontext.sourceidentity},
 * a field CloudTrail writes (userIdentity element, "sourceIdentity", CloudTrail User Guide) that
 * AWS's DDL omits; a JSON SerDe struct reads a field absent from a record as NULL, so the extra
 * field costs nothing on Athena. {@code tlsdetails.clientprovidedhostheader} is CloudTrail's real
 * key.
 */
public final class CloudTrailColumns {

    /** The record columns in Athena's order. */
    public static final List<JsonField> COLUMNS = List.of(
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
                                    new JsonField("attributes", "attributes", new ColumnType.MapOfText())))),
            text("eventTime"),
            text("eventSource"),
            text("eventName"),
            text("awsRegion"),
            text("sourceIPAddress"),
            text("userAgent"),
            text("errorCode"),
            text("errorMessage"),
            jsonText("requestParameters"),
            jsonText("responseElements"),
            jsonText("additionalEventData"),
            text("requestID"),
            text("eventID"),
            // a JSON boolean in the file, the text 'true'/'false' in Athena
            text("readOnly"),
            new JsonField(
                    "resources",
                    "resources",
                    new ColumnType.ListOf(new ColumnType.Struct(List.of(
                            new JsonField("ARN", "arn", new ColumnType.Text()), text("accountId"), text("type"))))),
            text("eventType"),
            text("apiVersion"),
            text("recipientAccountId"),
            jsonText("serviceEventDetails"),
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
            jsonText("edgeDeviceDetails"),
            struct("tlsDetails", text("tlsVersion"), text("cipherSuite"), text("clientProvidedHostHeader")));

    /**
     * The partition columns, after the record columns: the account and region of the S3 key and
     * the delivery day as {@code yyyy/MM/dd}. xacct's own projection scheme (AWS's example
     * projects {@code timestamp} only); both engines derive them from the key.
     */
    public static final List<String> PARTITION_COLUMNS = List.of("accountid", "region", "date");

    private CloudTrailColumns() {}
}

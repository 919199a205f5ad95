package dev.xacct.template.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xacct.template.lint.HiveDdlLinter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The DDL of {@code table create cloudtrail}, read back by meaning ({@link HiveDdl}), not by layout. */
class CloudTrailTableDdlTest {

    /**
     * The columns of AWS's documented CloudTrail table (Athena User Guide, "Create the table for
     * CloudTrail logs in Athena using partition projection"), with the one field xacct adds:
     * {@code sessioncontext.sourceidentity}, which CloudTrail writes and that DDL omits.
     */
    private static final String AWS_DOCUMENTED_COLUMNS = """
            CREATE EXTERNAL TABLE cloudtrail_logs_pp(
                eventversion STRING,
                useridentity STRUCT<
                    type: STRING, principalid: STRING, arn: STRING, accountid: STRING, invokedby: STRING,
                    accesskeyid: STRING, username: STRING,
                    onbehalfof: STRUCT<userid: STRING, identitystorearn: STRING>,
                    sessioncontext: STRUCT<
                        attributes: STRUCT<mfaauthenticated: STRING, creationdate: STRING>,
                        sessionissuer: STRUCT<
                            type: STRING, principalid: STRING, arn: STRING, accountid: STRING, username: STRING>,
                        ec2roledelivery: string,
                        sourceidentity: STRING,
                        webidfederationdata: STRUCT<federatedprovider: STRING, attributes: map<string,string>>>>,
                eventtime STRING, eventsource STRING, eventname STRING, awsregion STRING, sourceipaddress STRING,
                useragent STRING, errorcode STRING, errormessage STRING, requestparameters STRING,
                responseelements STRING, additionaleventdata STRING, requestid STRING, eventid STRING,
                readonly STRING,
                resources ARRAY<STRUCT<arn: STRING, accountid: STRING, type: STRING>>,
                eventtype STRING, apiversion STRING, recipientaccountid STRING, serviceeventdetails STRING,
                sharedeventid STRING, vpcendpointid STRING, vpcendpointaccountid STRING, eventcategory STRING,
                addendum STRUCT<reason: STRING, updatedfields: STRING, originalrequestid: STRING, originaleventid: STRING>,
                sessioncredentialfromconsole STRING,
                edgedevicedetails STRING,
                tlsdetails STRUCT<tlsversion: STRING, ciphersuite: STRING, clientprovidedhostheader: STRING>)
            """;

    private static CloudTrailTableDdl.Builder base() {
        return CloudTrailTableDdl.builder()
                .bucket("ct-bucket")
                .accounts(List.of("111111111111", "222222222222"))
                .regions(List.of("us-east-1", "eu-west-1"))
                .from(LocalDate.of(2025, 1, 1));
    }

    private static HiveDdl parsed(CloudTrailTableDdl.Builder builder) {
        String ddl = builder.build().ddl();
        assertThat(new HiveDdlLinter().lint(ddl, "ddl")).as("lint of%n%s", ddl).isEmpty();
        return HiveDdl.parse(ddl);
    }

    @Test
    void hasTheColumnsOfAwsDocumentedTableInItsOrder() {
        HiveDdl ddl = parsed(base());

        assertThat(List.copyOf(ddl.columns().entrySet()))
                .containsExactlyElementsOf(
                        HiveDdl.parse(AWS_DOCUMENTED_COLUMNS).columns().entrySet());
        assertThat(ddl.serde()).isEqualTo("org.apache.hive.hcatalog.data.JsonSerDe");
        assertThat(ddl.inputFormat()).isEqualTo("com.amazon.emr.cloudtrail.CloudTrailInputFormat");
        assertThat(ddl.outputFormat()).isEqualTo("org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat");
        assertThat(ddl.partitions())
                .containsExactly(
                        Map.entry("accountid", "string"), Map.entry("region", "string"), Map.entry("date", "string"));
    }

    static Stream<Arguments> layouts() {
        return Stream.of(
                Arguments.of(
                        base().prefix("/logs/"), "cloudtrail", "s3://ct-bucket/logs/AWSLogs/", "us-east-1,eu-west-1"),
                Arguments.of(
                        base().orgId("o-1234abcdef").table("org_trail").database("audit"),
                        "audit.org_trail",
                        "s3://ct-bucket/AWSLogs/o-1234abcdef/",
                        "us-east-1,eu-west-1"),
                Arguments.of(
                        base().regions(List.of()),
                        "cloudtrail",
                        "s3://ct-bucket/AWSLogs/",
                        String.join(",", CloudTrailTableDdl.ALL_REGIONS)));
    }

    @ParameterizedTest(name = "{1} over {2}")
    @MethodSource("layouts")
    void projectsAccountRegionAndDeliveryDayFromTheKeyLayout(
            CloudTrailTableDdl.Builder builder, String table, String location, String regions) {
        HiveDdl ddl = parsed(builder);

        assertThat(ddl.table()).isEqualTo(table);
        assertThat(ddl.location()).isEqualTo(location);
        assertThat(ddl.comment()).contains(location);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("projection.enabled", "true");
        expected.put("projection.accountid.type", "enum");
        expected.put("projection.accountid.values", "111111111111,222222222222");
        expected.put("projection.region.type", "enum");
        expected.put("projection.region.values", regions);
        expected.put("projection.date.type", "date");
        expected.put("projection.date.format", "yyyy/MM/dd");
        expected.put("projection.date.range", "2025/01/01,NOW");
        expected.put("projection.date.interval", "1");
        expected.put("projection.date.interval.unit", "DAYS");
        expected.put("storage.location.template", location + "${accountid}/CloudTrail/${region}/${date}");
        assertThat(ddl.properties()).isEqualTo(expected);
    }

    @Test
    void allCommercialRegionsEndWithTheUsRegions() {
        assertThat(CloudTrailTableDdl.ALL_REGIONS).endsWith("us-east-1", "us-east-2", "us-west-1", "us-west-2");
    }

    static Stream<Arguments> badOptions() {
        return Stream.of(
                Arguments.of(base().bucket("Bad_Bucket"), "--bucket"),
                Arguments.of(base().prefix("a'b"), "--prefix"),
                Arguments.of(base().orgId("org-1"), "--org"),
                Arguments.of(base().accounts(List.of()), "--accounts"),
                Arguments.of(base().accounts(List.of("1234")), "--accounts"),
                Arguments.of(base().regions(List.of("mars-1")), "--regions"),
                Arguments.of(base().from(null), "--from"),
                Arguments.of(base().table("x; drop"), "--name"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badOptions")
    void aBadOptionIsNamed(CloudTrailTableDdl.Builder builder, String option) {
        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(option);
    }
}

package dev.xacct.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xacct.testing.AwsEmulator;
import dev.xacct.testing.MotoServerExtension;
import dev.xacct.testing.XacctCli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectOwnership;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * {@code s3 diagnose}, {@code s3 owners} and {@code --save-evidence} live against moto_server.
 * moto reports one canonical id for every account and never refuses across accounts (the wire
 * stub test covers that); here everything is one account and the facts must be read as set.
 */
@ExtendWith(MotoServerExtension.class)
class S3LiveIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FOREIGN = "d0".repeat(32);

    @TempDir
    Path home;

    private AwsEmulator aws;

    @BeforeEach
    void setUp(AwsEmulator aws) {
        this.aws = aws;
        try (S3Client s3 = S3Client.builder()
                        .endpointOverride(aws.endpoint())
                        .forcePathStyle(true)
                        .region(AwsEmulator.REGION)
                        .credentialsProvider(aws.credentials())
                        .build();
                IamClient iam = IamClient.builder()
                        .endpointOverride(aws.endpoint())
                        .region(software.amazon.awssdk.regions.Region.AWS_GLOBAL)
                        .credentialsProvider(aws.credentials())
                        .build()) {
            s3.createBucket(b -> b.bucket("logs"));
            s3.putBucketOwnershipControls(b -> b.bucket("logs")
                    .ownershipControls(o -> o.rules(r -> r.objectOwnership(ObjectOwnership.BUCKET_OWNER_PREFERRED))));
            s3.putPublicAccessBlock(b -> b.bucket("logs")
                    .publicAccessBlockConfiguration(c -> c.blockPublicAcls(true)
                            .ignorePublicAcls(true)
                            .blockPublicPolicy(true)
                            .restrictPublicBuckets(false)));
            s3.putBucketEncryption(b -> b.bucket("logs")
                    .serverSideEncryptionConfiguration(c -> c.rules(r ->
                            r.applyServerSideEncryptionByDefault(d -> d.sseAlgorithm(ServerSideEncryption.AES256)))));
            s3.putBucketPolicy(b -> b.bucket("logs").policy("""
                    {"Version":"2012-10-17","Statement":[{"Sid":"ReadFromB","Effect":"Allow",
                     "Principal":{"AWS":"arn:aws:iam::222222222222:root"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::logs/*"}]}"""));
            s3.putObject(
                    b -> b.bucket("logs")
                            .key("AWSLogs/a.json")
                            .grantFullControl("id=" + FOREIGN)
                            .grantRead("id=" + FOREIGN),
                    RequestBody.fromString("{\"Records\":[]}"));
            s3.putObject(b -> b.bucket("logs").key("AWSLogs/b.json"), RequestBody.fromString("{}"));
            iam.createRole(b -> b.roleName("Reader").assumeRolePolicyDocument("""
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}]}"""));
            iam.putRolePolicy(b -> b.roleName("Reader").policyName("read-logs").policyDocument("""
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],"Resource":"*"}]}"""));
            iam.createUser(b -> b.userName("moto"));
            iam.putUserPolicy(b -> b.userName("moto").policyName("s3read").policyDocument("""
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],"Resource":"*"}]}"""));
        }
    }

    private XacctCli xacct() {
        return new XacctCli(home).env(aws.environment());
    }

    @Test
    void diagnoseReadsEveryBucketAndObjectFactAndSavesEvidenceThatRoundTrips() throws Exception {
        Path saved = home.resolve("ev.json");
        XacctCli.Result r =
                xacct().run("-c", "s3 diagnose s3://logs/AWSLogs/a.json --format json --save-evidence " + saved);
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        JsonNode d = JSON.readTree(r.stdout()); // exactly one JSON document on stdout
        assertThat(d.get("schema").asText()).isEqualTo("xacct.s3-diagnosis/v1");
        assertThat(d.get("verdict").asText()).as(r.stdout()).isEqualTo("ALLOWED");
        assertThat(r.stderr()).contains("gathered in");

        JsonNode e = JSON.readTree(saved.toFile());
        assertThat(e.get("schema").asText()).isEqualTo("xacct.s3-evidence/v1");
        assertThat(e.at("/caller/account").asText()).isEqualTo(AwsEmulator.DEFAULT_ACCOUNT);
        assertThat(e.at("/caller/identityPolicies/0/Statement/0/Action/0").asText())
                .isEqualTo("s3:GetObject");
        assertThat(e.at("/bucket/ownerAccount").asText()).isEqualTo(AwsEmulator.DEFAULT_ACCOUNT);
        assertThat(e.at("/bucket/objectOwnership").asText()).isEqualTo("BucketOwnerPreferred");
        assertThat(e.at("/bucket/policy/Statement/0/Sid").asText()).isEqualTo("ReadFromB");
        assertThat(e.at("/bucket/publicAccessBlock/blockPublicAcls").asBoolean())
                .isTrue();
        assertThat(e.at("/bucket/publicAccessBlock/restrictPublicBuckets").asBoolean())
                .isFalse();
        assertThat(e.at("/bucket/requesterPays").asBoolean()).isFalse();
        assertThat(e.at("/object/exists").asBoolean()).isTrue();
        assertThat(e.at("/object/acl/grants").toString()).contains(FOREIGN);
        assertThat(e.at("/observed/httpStatus").asInt()).isEqualTo(200);
        assertThat(e.at("/bucket/defaultEncryption/type").asText()).isEqualTo("SSE-S3");
        assertThat(e.at("/policyRefs").toString()).contains("s3read");
        assertThat(r.stderr()).containsPattern("\\d+ AWS calls as 1 perspective, \\d+ dependent round trips?");

        XacctCli.Result offline = xacct().run("-c", "s3 diagnose --evidence " + saved + " --format json");
        assertThat(offline.exitCode()).as(offline.stderr()).isZero();
        JsonNode again = JSON.readTree(offline.stdout());
        assertThat(again.get("verdict")).isEqualTo(d.get("verdict"));
        assertThat(again.get("checks")).isEqualTo(d.get("checks"));
    }

    @Test
    void aSessionXacctAssumedCarriesTheSessionPolicyItWasGiven() throws Exception {
        Path policy = home.resolve("narrow.json");
        Files.writeString(policy, """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"*"}]}""");
        Path with = home.resolve("with.json");
        Path without = home.resolve("without.json");
        XacctCli.Result r = xacct().run(
                        "-c",
                        "assume arn:aws:iam::" + AwsEmulator.DEFAULT_ACCOUNT + ":role/Reader --as narrow --policy "
                                + policy
                                + "; s3 diagnose s3://logs/AWSLogs/b.json --format json --save-evidence " + with
                                + "; assume arn:aws:iam::" + AwsEmulator.DEFAULT_ACCOUNT + ":role/Reader --as plain"
                                + "; s3 diagnose s3://logs/AWSLogs/b.json --format json --save-evidence " + without);
        assertThat(r.exitCode()).as(r.all()).isZero();
        JsonNode narrow = JSON.readTree(with.toFile());
        assertThat(narrow.at("/caller/arn").asText()).contains(":assumed-role/Reader/");
        assertThat(narrow.at("/caller/sessionPolicy/Statement/0/Action").asText())
                .isEqualTo("s3:ListBucket");
        JsonNode plain = JSON.readTree(without.toFile());
        assertThat(plain.at("/caller/sessionPolicy").isNull())
                .as("xacct passed none")
                .isTrue();
        assertThat(plain.at("/caller/identityPolicies/0/Statement/0/Action/0").asText())
                .isEqualTo("s3:GetObject");
        MappingIterator<JsonNode> docs = JSON.readerFor(JsonNode.class).readValues(r.stdout());
        assertThat(docs.next().get("rootCause").asText()).isEqualTo("SESSION_POLICY_NO_ALLOW");
        assertThat(docs.next().get("verdict").asText()).isEqualTo("ALLOWED");
    }

    @Test
    void aMissingKeyIsDiagnosedAsMissing() throws Exception {
        XacctCli.Result r = xacct().run("-c", "s3 diagnose s3://logs/AWSLogs/nope.json --format json");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        JsonNode d = JSON.readTree(r.stdout());
        assertThat(d.get("deniedBy").asText()).isEqualTo("object-missing");
    }

    @Test
    void noSuchBucketIsOneLine() {
        XacctCli.Result r = xacct().run("-c", "s3 diagnose s3://nope-bucket/k");
        assertThat(r.exitCode()).as(r.all()).isEqualTo(1);
        assertThat(r.stderr().strip())
                .isEqualTo(
                        "error: bucket nope-bucket does not exist (NoSuchBucket): check the name in s3://nope-bucket/…");
    }

    @Test
    void ownersCountsObjectsPerOwnerUnderAPrefix() throws Exception {
        XacctCli.Result r = xacct().run("-c", "s3 owners s3://logs/AWSLogs/ --format json");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        JsonNode rows = JSON.readTree(r.stdout());
        assertThat(rows.size()).isEqualTo(1); // moto: one canonical id for everyone
        assertThat(rows.get(0).get("objects").asInt()).isEqualTo(2);
        assertThat(rows.get(0).get("account").asText()).isEqualTo(AwsEmulator.DEFAULT_ACCOUNT);
        assertThat(rows.get(0).get("foreign").asText()).isEqualTo("no");

        XacctCli.Result table = xacct().run("-c", "s3 owners s3://logs/AWSLogs/");
        assertThat(table.stdout()).contains("2 objects").contains("0 foreign-owned");
        assertThat(Files.exists(home)).isTrue();
    }
}

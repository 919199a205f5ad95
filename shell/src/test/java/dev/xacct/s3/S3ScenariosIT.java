package dev.xacct.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xacct.testing.SharedFolder;
import dev.xacct.testing.XacctCli;
import dev.xacct.testing.XacctTerminal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario of {@code ../shared/scenarios/s3} through the real CLI: {@code s3 diagnose --evidence … --format json}. */
class S3ScenariosIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    static List<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(SharedFolder.scenarios())) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void eachScenarioDiagnosesAsExpected(Path file) throws IOException {
        XacctCli.Result r = new XacctCli(home).run("-c", "s3 diagnose --evidence " + file + " --format json");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        JsonNode got = JSON.readTree(r.stdout());
        JsonNode expected = JSON.readTree(file.toFile()).get("expected");
        assertThat(got.get("schema").asText()).isEqualTo("xacct.s3-diagnosis/v1");
        for (String field : List.of("verdict", "httpStatus", "deniedBy", "rootCause")) {
            assertThat(got.get(field)).as(field).isEqualTo(expected.get(field));
        }
    }

    @Test
    void theWholeFolderIsOneJsonArrayInFileNameOrder() throws IOException {
        List<Path> files = scenarios();
        XacctCli.Result r =
                new XacctCli(home).run("-c", "s3 diagnose --evidence " + SharedFolder.scenarios() + " --format json");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        JsonNode all = JSON.readTree(r.stdout());
        assertThat(all.isArray()).isTrue();
        assertThat(all.size()).isEqualTo(files.size());
        for (int i = 0; i < files.size(); i++) {
            JsonNode expected = JSON.readTree(files.get(i).toFile()).get("expected");
            assertThat(all.get(i).get("file").asText())
                    .isEqualTo(files.get(i).getFileName().toString());
            assertThat(all.get(i).get("rootCause")).isEqualTo(expected.get("rootCause"));
            assertThat(all.get(i).get("verdict")).isEqualTo(expected.get("verdict"));
        }
    }

    @Test
    void aBrokenFileInAFolderGivesAnErrorEntryAndTheOthersStillRun() throws IOException {
        Path dir = Files.createDirectory(home.resolve("ev"));
        Files.copy(scenarios().get(0), dir.resolve("a.json"));
        Files.writeString(
                dir.resolve("b.json"),
                "{\"schema\":\"xacct.s3-evidence/v1\",\"request\":{\"operation\":\"GetObject\"}}");
        XacctCli.Result r = new XacctCli(home).run("-c", "s3 diagnose --evidence " + dir + " --format json");
        JsonNode all = JSON.readTree(r.stdout());
        assertThat(all.get(0).get("verdict").asText()).isEqualTo("IMPLICIT_DENY");
        assertThat(all.get(1).get("file").asText()).isEqualTo("b.json");
        assertThat(all.get(1).get("error").asText()).contains("b.json").contains("request.bucket");
    }

    @Test
    void malformedEvidenceNamesTheFileTheFieldAndWhatWasExpected() throws IOException {
        Path bad = home.resolve("bad.json");
        Files.writeString(bad, Files.readString(scenarios().get(0)).replace("\"ObjectWriter\"", "\"Writer\""));
        XacctCli.Result r = new XacctCli(home).run("-c", "s3 diagnose --evidence " + bad);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stderr())
                .contains("bad.json: evidence.bucket.objectOwnership")
                .contains("BucketOwnerEnforced, BucketOwnerPreferred or ObjectWriter");
        assertThat(r.stdout()).isEmpty();
    }

    @Test
    void textReportsOfAFolderHaveAHeadingPerFile() {
        XacctCli.Result r = new XacctCli(home).run("-c", "s3 diagnose --evidence " + SharedFolder.scenarios());
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout())
                .contains("== S01-cloudtrail-object-owned-by-service-headobject.json ==")
                .contains("the object belongs to another account than the bucket");
    }

    @Test
    void badUrisAreOneLineShowingTheExpectedShapeAndTheShellGoesOn() {
        for (String uri : List.of("https://bucket/key", "s3:/x", "s3://bucket")) {
            XacctCli.Result r = new XacctCli(home).run("-c", "s3 diagnose " + uri);
            assertThat(r.exitCode()).as(uri).isEqualTo(2);
            assertThat(r.stderr().lines().count()).isEqualTo(1);
            assertThat(r.stderr()).contains("s3://BUCKET/KEY");
        }
        try (XacctTerminal shell = XacctTerminal.start(home, 120, 30, java.util.Map.of())) {
            shell.await("xacct").type("s3 diagnose https://x/y\r").await("expected s3://BUCKET/KEY");
            shell.type("version\r").await("(Java ").type("exit\r");
            assertThat(shell.exitCode()).isZero();
        }
    }

    @Test
    void missingCredentialsAreOneLineSayingHowToFix() {
        XacctCli.Result r = new XacctCli(home)
                .env("AWS_REGION", "us-east-1")
                .env("AWS_ENDPOINT_URL", "http://127.0.0.1:9")
                .run("-c", "s3 diagnose s3://bucket/key");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stderr()).contains("no AWS credentials found").contains("AWS_PROFILE");
    }

    @Test
    void explainReadsAHeadObjectForbidden() {
        XacctCli.Result r = new XacctCli(home)
                .run(
                        "-c",
                        "s3 explain \"An error occurred (403) when calling the HeadObject operation: Forbidden\" --format json");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).contains("\"kind\" : \"HEAD_FORBIDDEN\"");
    }

    @Test
    void policySimulateDecidesARequestFileAndAFolder() throws IOException {
        Path dir = Files.createDirectory(home.resolve("req"));
        Files.writeString(dir.resolve("1.json"), """
                {"schema":"xacct.policy-request/v1",
                 "request":{"principal":"arn:aws:iam::222222222222:role/Reader","action":"s3:GetObject",
                            "resource":"arn:aws:s3:::b/k","resourceAccount":"111111111111"},
                 "identityPolicies":[{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}],
                 "serviceControlPolicies":[{"target":"r-root","policies":[{"Version":"2012-10-17","Statement":[
                    {"Sid":"DenyS3","Effect":"Deny","Action":"s3:*","Resource":"*"}]}]}]}""");
        Files.writeString(dir.resolve("2.json"), "{\"schema\":\"xacct.policy-request/v1\",\"request\":{}}");
        XacctCli.Result one =
                new XacctCli(home).run("-c", "policy simulate --file " + dir.resolve("1.json") + " --format json");
        assertThat(one.exitCode()).as(one.stderr()).isZero();
        JsonNode d = JSON.readTree(one.stdout());
        assertThat(d.get("schema").asText()).isEqualTo("xacct.policy-decision/v1");
        assertThat(d.get("decision").asText()).isEqualTo("ExplicitlyDenied");
        assertThat(d.get("deniedBy").asText()).isEqualTo("scp");

        JsonNode all = JSON.readTree(new XacctCli(home)
                .run("-c", "policy simulate --file " + dir + " --format json")
                .stdout());
        assertThat(all.size()).isEqualTo(2);
        assertThat(all.get(0).get("file").asText()).isEqualTo("1.json");
        assertThat(all.get(1).get("error").asText()).contains("2.json: request.principal");
    }
}

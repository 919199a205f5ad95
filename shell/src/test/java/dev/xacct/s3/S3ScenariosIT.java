package dev.xacct.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flipkart.zjsonpatch.JsonPatch;
import dev.xacct.testing.SharedFolder;
import dev.xacct.testing.XacctCli;
import dev.xacct.testing.XacctTerminal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shared case through the real CLI, in a few {@code ./xacct} runs rather than a JVM per
 * case: {@code s3 diagnose --evidence DIR --format json} over the scenario folder (one array, each
 * entry checked as its own test), the same over the scenarios with every resolving remedy's patch
 * applied (zjsonpatch; each must come back ALLOWED), and {@code s3 explain} over every explain case
 * in one {@code --file} script.
 */
class S3ScenariosIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @TempDir
    static Path shared;

    private static final Map<String, JsonNode> DIAGNOSED = new LinkedHashMap<>();
    private static final Map<String, JsonNode> PATCHED = new HashMap<>();
    private static final List<JsonNode> EXPLAINED = new ArrayList<>();

    static List<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(SharedFolder.scenarios())) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    static List<Path> explainCases() throws IOException {
        try (Stream<Path> files = Files.list(SharedFolder.scenarios().resolveSibling("explain"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @BeforeAll
    static void runEveryCaseThroughXacct() throws IOException {
        XacctCli.Result all =
                new XacctCli(shared).run("-c", "s3 diagnose --evidence " + SharedFolder.scenarios() + " --format json");
        assertThat(all.exitCode()).as(all.stderr()).isZero();
        Path patched = Files.createDirectory(shared.resolve("patched"));
        for (JsonNode d : JSON.readTree(all.stdout())) {
            String file = d.get("file").asText();
            DIAGNOSED.put(file, d);
            JsonNode evidence = JSON.readTree(
                            SharedFolder.scenarios().resolve(file).toFile())
                    .get("evidence");
            for (JsonNode r : d.path("remedies")) {
                if (!r.path("resolves").asBoolean()) continue;
                JsonNode after = JsonPatch.apply(r.get("patch"), evidence);
                String name = file.replace(".json", "") + "__" + r.get("id").asText() + ".json";
                Files.writeString(patched.resolve(name), JSON.writeValueAsString(after));
            }
        }
        XacctCli.Result again = new XacctCli(shared).run("-c", "s3 diagnose --evidence " + patched + " --format json");
        assertThat(again.exitCode()).as(again.stderr()).isZero();
        for (JsonNode d : JSON.readTree(again.stdout()))
            PATCHED.put(d.get("file").asText(), d);

        StringBuilder script = new StringBuilder();
        for (Path c : explainCases()) {
            String message = JSON.readTree(c.toFile()).get("message").asText();
            script.append("s3 explain \"")
                    .append(message.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append("\" --format json\n");
        }
        Path file = shared.resolve("explain.xacct");
        Files.writeString(file, script);
        XacctCli.Result explained = new XacctCli(shared).run("--file", file.toString());
        assertThat(explained.exitCode()).as(explained.stderr()).isZero();
        try (MappingIterator<JsonNode> docs = JSON.readerFor(JsonNode.class).readValues(explained.stdout())) {
            docs.forEachRemaining(EXPLAINED::add);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void eachScenarioDiagnosesAsExpected(Path file) throws IOException {
        JsonNode got = DIAGNOSED.get(file.getFileName().toString());
        JsonNode expected = JSON.readTree(file.toFile()).get("expected");
        assertThat(got).as("an entry for %s", file.getFileName()).isNotNull();
        assertThat(got.get("schema").asText()).isEqualTo("xacct.s3-diagnosis/v1");
        for (String field : List.of("verdict", "httpStatus", "deniedBy", "rootCause")) {
            assertThat(got.get(field)).as(field).isEqualTo(expected.get(field));
        }
        List<String> want = new ArrayList<>();
        expected.path("remedies").forEach(r -> want.add(r.asText()));
        List<String> ids = new ArrayList<>();
        got.get("remedies").forEach(r -> ids.add(r.get("id").asText()));
        if (!want.isEmpty()) assertThat(ids).as("remedies, expected ids first").startsWith(want.toArray(String[]::new));
        boolean deny = got.get("verdict").asText().endsWith("_DENY");
        if (deny) {
            assertThat(got.get("remedies"))
                    .as("a deny gets a resolving remedy")
                    .anyMatch(r -> r.get("resolves").asBoolean());
        }
    }

    @Test
    void theWholeFolderIsOneJsonArrayInFileNameOrder() throws IOException {
        assertThat(List.copyOf(DIAGNOSED.keySet()))
                .containsExactlyElementsOf(scenarios().stream()
                        .map(p -> p.getFileName().toString())
                        .toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyResolvingRemedyAppliedIsAllowed(Path file) {
        String prefix = file.getFileName().toString().replace(".json", "") + "__";
        PATCHED.forEach((name, d) -> {
            if (name.startsWith(prefix))
                assertThat(d.get("verdict").asText())
                        .as(name + ": " + d.path("summary").asText())
                        .isEqualTo("ALLOWED");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("explainCases")
    void eachExplainCaseThroughXacct(Path file) throws IOException {
        int i = explainCases().indexOf(file);
        JsonNode got = EXPLAINED.get(i);
        JsonNode want = JSON.readTree(file.toFile()).get("expected");
        assertThat(got.get("schema").asText()).isEqualTo("xacct.s3-explanation/v1");
        assertThat(got.get("kind").asText()).isEqualTo(want.get("kind").asText());
        assertThat(got.get("policyType")).isEqualTo(want.get("policyType"));
        assertThat(got.get("policyArn")).isEqualTo(want.get("policyArn"));
        List<String> alts = new ArrayList<>();
        got.get("alternatives").forEach(a -> alts.add(a.asText()));
        want.path("alternativesInclude").forEach(a -> assertThat(alts).contains(a.asText()));
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
        assertThat(r.exitCode()).as("a failed file fails the command").isEqualTo(1);
        assertThat(r.stderr()).contains("1 of 2 evidence files could not be read: b.json");

        XacctCli.Result csv = new XacctCli(home).run("-c", "s3 diagnose --evidence " + dir + " --format csv");
        assertThat(csv.exitCode()).isEqualTo(1);
        assertThat(csv.stdout().lines().findFirst().orElseThrow()).isEqualTo("file,part,id,status,runAs,text,source");
        assertThat(csv.stdout()).contains("a.json,verdict,IMPLICIT_DENY,403,").contains("b.json,error,");
    }

    @Test
    void diagnoseAndExplainHonourTheTabularFormats() {
        Path s11 = SharedFolder.scenarios().resolve("S11-bucket-policy-deny-put-without-bcfc.json");
        XacctCli.Result tsv = new XacctCli(home).run("-c", "s3 diagnose --evidence " + s11 + " --format tsv");
        assertThat(tsv.exitCode()).as(tsv.stderr()).isZero();
        List<String> lines = tsv.stdout().lines().toList();
        assertThat(lines.get(0)).isEqualTo("part\tid\tstatus\trunAs\ttext\tsource");
        assertThat(lines.get(1)).startsWith("verdict\tEXPLICIT_DENY\t403\t\tDENIED (403)");
        assertThat(lines)
                .anyMatch(l -> l.startsWith("command\tR12\tverified\t111111111111\taws s3api put-bucket-policy"));
        XacctCli.Result md = new XacctCli(home)
                .run(
                        "-c",
                        "s3 explain 'User: arn:aws:iam::1:user/x is not authorized to perform: s3:GetObject on resource:"
                                + " \"arn:aws:s3:::b/k\" with an explicit deny in a service control policy' --format markdown");
        assertThat(md.exitCode()).as(md.stderr()).isZero();
        assertThat(md.stdout()).contains("| kind").contains("EXPLICIT_DENY").contains("| scp");
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

        XacctCli.Result folder = new XacctCli(home).run("-c", "policy simulate --file " + dir + " --format json");
        JsonNode all = JSON.readTree(folder.stdout());
        assertThat(all.size()).isEqualTo(2);
        assertThat(all.get(0).get("file").asText()).isEqualTo("1.json");
        assertThat(all.get(1).get("error").asText()).contains("2.json: request.principal");
        assertThat(folder.exitCode()).isEqualTo(1);
        assertThat(folder.stderr()).contains("1 of 2 request files could not be read: 2.json");

        XacctCli.Result text = new XacctCli(home).run("-c", "policy simulate --file " + dir.resolve("1.json"));
        assertThat(text.stdout())
                .contains("ExplicitlyDenied (denied by the scp)")
                .contains("SCP 1 at r-root, statement 1 (Sid DenyS3)")
                .doesNotContain("scp[0]");
    }
}

package dev.xacct.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.xacct.testing.SharedFolder;
import dev.xacct.testing.XacctCli;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reasons a user understands, never Java's or a library's words: files that are not UTF-8 (every
 * reader names the byte and offset), JSON past the reader's limits or with a byte order mark,
 * bad URLs, refused connections, server errors, negative row counts, backwards date ranges,
 * empty option values and unknown kinds. Through {@code ./xacct -c} as a user types them.
 */
class UserWordsIT {

    private static final String[] JAVA_WORDS = {
        "Exception", "Input length", "StreamReadConstraints", "Expected authority", "SDK Attempt Count", "Binder Error"
    };

    @TempDir
    Path home;

    private XacctCli.Result xacct(String commands) {
        return new XacctCli(home).run("-c", commands);
    }

    private static void assertOneClearLine(XacctCli.Result run, String expected) {
        assertThat(run.exitCode()).as(run.all()).isNotZero();
        assertThat(run.all()).contains(expected).doesNotContain(JAVA_WORDS);
    }

    @Test
    void everyFileReaderNamesTheByteThatIsNotUtf8() throws IOException {
        Path pack = Files.createDirectories(home.resolve("templates/evil"));
        Files.writeString(pack.resolve("pack.yaml"), "name: evil\ntitle: Evil\nversion: 1\ndescription: latin-1\n");
        Files.write(pack.resolve("a.sql"), "-- caf\u00e9\nSELECT 1\n".getBytes(StandardCharsets.ISO_8859_1));
        Path evidence = home.resolve("evidence.json");
        Files.write(evidence, "{\"schema\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));

        XacctCli.Result templates = xacct("templates evil");
        assertThat(templates.all())
                .contains("a.sql:1: not UTF-8 text: byte 0xe9 at offset 6")
                .doesNotContain(JAVA_WORDS);
        assertOneClearLine(xacct("template lint evil"), "not UTF-8 text: byte 0xe9 at offset 6");
        assertOneClearLine(xacct("s3 diagnose --evidence " + evidence), "not UTF-8 text: byte 0xe9 at offset 15");
        assertOneClearLine(xacct("policy simulate --file " + evidence), "not UTF-8 text: byte 0xe9 at offset 15");
    }

    @Test
    void jsonPastTheReadersLimitsSaysWhichLimitAndAByteOrderMarkIsAccepted() throws IOException {
        Path deep = Files.writeString(home.resolve("deep.json"), "[".repeat(1200) + "]".repeat(1200));
        assertOneClearLine(
                xacct("s3 diagnose --evidence " + deep),
                "document nesting depth is 1001, more than the 1000 xacct reads");

        Path scenario = SharedFolder.scenarios().resolve("S11-bucket-policy-deny-put-without-bcfc.json");
        Path withBom = home.resolve("bom.json");
        Files.write(withBom, ("\uFEFF" + Files.readString(scenario)).getBytes(StandardCharsets.UTF_8));
        XacctCli.Result plain = xacct("s3 diagnose --evidence " + scenario + " --format json");
        XacctCli.Result bom = xacct("s3 diagnose --evidence " + withBom + " --format json");
        assertThat(bom.exitCode()).as(bom.all()).isEqualTo(plain.exitCode());
        assertThat(bom.stdout()).isEqualTo(plain.stdout()).isNotBlank();
    }

    @Test
    void urlsConnectionsAndServerErrorsAreSaidInWords() throws IOException {
        XacctCli.Result noHost = new XacctCli(home).run("--endpoint-url", "http://", "-c", "whoami");
        assertThat(noHost.exitCode()).isEqualTo(2);
        assertThat(noHost.stderr()).contains("the URL has no host").doesNotContain(JAVA_WORDS);

        Map<String, String> keys = Map.of(
                "AWS_ACCESS_KEY_ID", "AKIAEXAMPLE", "AWS_SECRET_ACCESS_KEY", "example", "AWS_REGION", "us-east-1");
        XacctCli.Result refused =
                new XacctCli(home).env(keys).run("--endpoint-url", "http://127.0.0.1:1", "-c", "whoami");
        assertOneClearLine(refused, "cannot reach AWS at http://127.0.0.1:1: connection refused");

        HttpServer failing = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        failing.createContext("/", exchange -> {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        failing.start();
        try {
            String endpoint = "http://127.0.0.1:" + failing.getAddress().getPort();
            XacctCli.Result status = new XacctCli(home)
                    .env(keys)
                    .env("AWS_MAX_ATTEMPTS", "1")
                    .run("--endpoint-url", endpoint, "-c", "query status 6f6b0c1e-0000-4000-8000-000000000000");
            assertOneClearLine(status, "answered HTTP 500");
            assertThat(status.stderr()).contains("a server error").doesNotContain("does not speak this AWS API");
        } finally {
            failing.stop(0);
        }
    }

    @Test
    void aNegativeLimitIsRefusedAtBindingOnEveryEngine() {
        String run = "query run cloudtrail/console-logins --param start=2025-06-19 --param limit=-1";
        assertOneClearLine(xacct(run), "parameter 'limit'");
        XacctCli.Result dryRun = xacct(run + " --dry-run --engine athena");
        assertOneClearLine(dryRun, "give 0 or more");
        assertThat(dryRun.stdout()).doesNotContain("LIMIT -1");
    }

    @Test
    void datesAreNamedAsTypedAndABadStartIsReportedOnce() {
        XacctCli.Result backwards =
                xacct("query run cloudtrail/console-logins --param start=2025-06-19 --param end=2025-06-01");
        assertOneClearLine(backwards, "end (2025-06-01) is before start (2025-06-19)");
        assertThat(backwards.stderr()).doesNotContain("2025-06-02").doesNotContain("2025-06-18");

        XacctCli.Result badStart = xacct("query run cloudtrail/console-logins --param start=2025-06-xx");
        assertThat(badStart.exitCode()).isNotZero();
        assertThat(badStart.stderr()).containsOnlyOnce("'2025-06-xx'").doesNotContain("parameter 'end'");
    }

    @Test
    void templateShowSuggestsARunInsideTheDemoMonth() {
        XacctCli.Result show = new XacctCli(home).run("--demo", "-c", "template show cloudtrail/console-logins");
        assertThat(show.exitCode()).as(show.all()).isZero();
        assertThat(show.stdout()).contains("Run it: query run cloudtrail/console-logins --param start=2025-06-");
    }

    @Test
    void emptyValuesAndUnknownKindsGetTheRightReason() {
        XacctCli.Result workgroup = xacct("athena config --workgroup ''");
        assertThat(workgroup.exitCode()).isEqualTo(2);
        assertThat(workgroup.stderr()).contains("option --workgroup needs a value, not an empty one");
        assertThat(home.resolve("athena.properties")).doesNotExist();

        XacctCli.Result externalId = xacct("assume arn:aws:iam::111111111111:role/R --external-id ''");
        assertThat(externalId.exitCode()).isEqualTo(2);
        assertThat(externalId.stderr()).contains("option --external-id needs a value, not an empty one");

        XacctCli.Result kind = xacct("table create alb-logz --bucket bbb");
        assertThat(kind.exitCode()).isEqualTo(2);
        assertThat(kind.stderr())
                .contains("no table kind 'alb-logz'; did you mean alb-logs?")
                .doesNotContain("--accounts");
    }
}

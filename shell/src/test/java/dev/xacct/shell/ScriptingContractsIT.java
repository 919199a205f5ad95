package dev.xacct.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xacct.testing.XacctCli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What scripts rely on, through {@code ./xacct} as a script runs it: stdin that is not a terminal
 * is a script, exit codes say what went wrong (2 for the command line, 1 for the rest), and every
 * refusal is one line with a reason, never Java's text.
 */
class ScriptingContractsIT {

    @TempDir
    Path home;

    private XacctCli xacct() {
        return new XacctCli(home);
    }

    private static void assertOneClearLine(XacctCli.Result result) {
        assertThat(result.stderr().lines().filter(l -> !l.isBlank()).count())
                .as(result.stderr())
                .isEqualTo(1);
        assertThat(result.stderr()).startsWith("error: ").doesNotContain("Exception", "java.", "unexpected");
    }

    @Test
    void stdinThatIsNotATerminalIsAScriptNoBannerNoPromptStopAtTheFirstFailureWithExitOne() {
        // issue 13 §5: a script on stdin stops at its first failure with exit code 1, a usage error too
        XacctCli.Result result = xacct().runWithInput("version\n# a comment\nnosuch\nversion\n");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout().lines().filter(l -> l.startsWith("xacct ")).count())
                .isEqualTo(1);
        assertThat(result.stdout()).doesNotContain("one shell for many AWS accounts", "xacct>", "Demo mode");
        assertThat(result.stderr()).isEqualTo("error: stdin:3: unknown command 'nosuch'; type 'help' for the list\n");

        XacctCli.Result badOption = xacct().runWithInput("version\ntemplates --frob\nversion\n");
        assertThat(badOption.exitCode()).isEqualTo(1);
        assertThat(badOption.stderr()).startsWith("error: stdin:2: unknown option --frob for 'templates'");
        assertThat(badOption
                        .stdout()
                        .lines()
                        .filter(l -> l.startsWith("xacct "))
                        .count())
                .isEqualTo(1);

        XacctCli.Result failed = xacct().runWithInput("template show cloudtrail/nosuch\nversion\n");
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.stdout()).doesNotContain("xacct ");

        // the same usage error given with -c or --file keeps its own code, 2
        assertThat(xacct().run("-c", "version; nosuch; version").exitCode()).isEqualTo(2);

        XacctCli.Result ok = xacct().runWithInput("version\nhelp version\n");
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.stdout()).contains("version — Print the xacct version").doesNotContain("xacct>");
        assertThat(ok.stderr()).isEmpty();
    }

    @Test
    void aNewlineSeparatesCommandsInDashC() {
        XacctCli.Result result = xacct().run("-c", "version\nversion");
        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout().lines().filter(l -> l.startsWith("xacct ")).count())
                .isEqualTo(2);
    }

    @Test
    void anUnknownOptionIsNamedAsUnknownNotAsNeedingAValue() {
        XacctCli.Result result = xacct().run("-c", "templates --frob");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr())
                .startsWith("error: unknown option --frob for 'templates'")
                .doesNotContain("needs a value");
    }

    @Test
    void extraPositionalWordsAreAUsageError() {
        XacctCli.Result result = xacct().run("-c", "version extra words");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("unexpected arguments 'extra words' for 'version'");
        assertThat(result.stdout()).isEmpty();
    }

    @Test
    void aValueOutsideAnOptionsDomainIsAUsageErrorThatListsTheDomain() {
        XacctCli.Result engine = xacct().run("-c", "sql \"SELECT 1\" --engine oracle");
        assertThat(engine.exitCode()).isEqualTo(2);
        assertThat(engine.stderr()).contains("unknown value 'oracle' for --engine: use one of athena, local");

        XacctCli.Result operation = xacct().run("-c", "s3 diagnose s3://bucket-name/key --operation DeleteEverything");
        assertThat(operation.exitCode()).isEqualTo(2);
        assertThat(operation.stderr())
                .contains("unknown value 'DeleteEverything' for --operation: use one of")
                .contains("GetObject", "HeadObject", "PutObject");
        assertOneClearLine(operation);
    }

    @Test
    void dryRunWithFormatJsonPrintsOneDocumentWithTheSqlAndTheScanEstimate() throws Exception {
        XacctCli.Result result = xacct().run(
                        "--demo",
                        "-c",
                        "query run cloudtrail/console-logins --param start=2025-06-19 --dry-run --format json");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        JsonNode document = new ObjectMapper().readTree(result.stdout());
        assertThat(document.get("template").asText()).isEqualTo("cloudtrail/console-logins");
        assertThat(document.get("engine").asText()).isEqualTo("local");
        assertThat(document.get("sql").asText()).contains("FROM cloudtrail");
        assertThat(document.has("scanEstimate")).isTrue();
    }

    @Test
    void aBadEndpointUrlIsAUsageErrorWithAReason() {
        XacctCli.Result flag = xacct().run("--endpoint-url", "notaurl", "-c", "whoami");
        assertThat(flag.exitCode()).isEqualTo(2);
        assertThat(flag.stderr())
                .contains("--endpoint-url notaurl: not an http:// or https:// URL; give one like http://127.0.0.1:5000")
                .doesNotContain("Exception");

        XacctCli.Result env = xacct().env("AWS_ENDPOINT_URL", "http://").run("-c", "version");
        assertThat(env.exitCode()).isEqualTo(2);
        assertThat(env.stderr()).contains("AWS_ENDPOINT_URL=http://");
    }

    @Test
    void aScriptThatIsNotUtf8IsRefusedWithTheByteAndItsOffset() throws Exception {
        Path script = home.resolve("latin1.xacct");
        Files.write(script, "version\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        XacctCli.Result result = xacct().run("--file", script.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stdout()).isEmpty(); // nothing ran: the line is refused before it runs
        assertThat(result.stderr())
                .isEqualTo(
                        "error: latin1.xacct:2: not UTF-8 text: byte 0xe9 at offset 13 (save the script as UTF-8)\n");
    }

    @Test
    void missingFilesAndFoldersGiveTheOsReason() {
        XacctCli.Result script =
                xacct().run("--file", home.resolve("nope.xacct").toString());
        assertThat(script.exitCode()).isEqualTo(2);
        assertThat(script.stderr()).contains("nope.xacct: no such file or folder");

        XacctCli.Result out = xacct().run(
                        "--demo",
                        "-c",
                        "templates --format csv; sql \"SELECT 1 AS x\" --out " + home.resolve("no/such/folder/x.csv"));
        assertThat(out.exitCode()).isEqualTo(1);
        assertThat(out.stderr())
                .contains("cannot write " + home.resolve("no/such/folder/x.csv") + ": no such file or folder");
    }

    @Test
    void helpForAFirstWordListsEveryCommandUnderIt() {
        XacctCli.Result result = xacct().run("-c", "help s3");
        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).contains("s3 diagnose", "s3 explain", "s3 owners");
    }

    @Test
    void hostileFilesGiveOneClearLine() throws Exception {
        Path deep = home.resolve("deep.json");
        Files.writeString(deep, "{\"a\":".repeat(1500) + "1" + "}".repeat(1500));
        XacctCli.Result evidence = xacct().run("-c", "s3 diagnose --evidence " + deep);
        assertThat(evidence.exitCode()).isEqualTo(1);
        assertThat(evidence.stderr()).contains("not valid JSON");
        assertOneClearLine(evidence);

        Path notAZip = home.resolve("plugin.jar");
        Files.writeString(notAZip, "this is not a zip archive");
        XacctCli.Result plugin = xacct().run("-c", "plugin load " + notAZip);
        assertThat(plugin.exitCode()).isEqualTo(1);
        assertThat(plugin.stderr()).contains("not a jar file");
        assertOneClearLine(plugin);

        XacctCli.Result duration =
                xacct().run("-c", "assume arn:aws:iam::111111111111:role/X --duration 99999999999999999h");
        assertThat(duration.exitCode()).isEqualTo(2);
        assertThat(duration.stderr()).contains("out of range");
        assertOneClearLine(duration);
    }

    @Test
    void anEndpointThatAnswers501IsNamedWithTheStatusNotWithJavaText() throws Exception {
        com.sun.net.httpserver.HttpServer web = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        web.createContext("/", exchange -> {
            exchange.sendResponseHeaders(501, -1);
            exchange.close();
        });
        web.start();
        try {
            String endpoint = "http://127.0.0.1:" + web.getAddress().getPort();
            XacctCli.Result result = xacct().env(java.util.Map.of(
                            "AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE",
                            "AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                            "AWS_REGION", "us-east-1"))
                    .run("--endpoint-url", endpoint, "-c", "whoami");
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.stderr())
                    .contains("the endpoint " + endpoint + " answered HTTP 501")
                    .contains("it does not speak this AWS API; check --endpoint-url");
            assertOneClearLine(result);
        } finally {
            web.stop(0);
        }
    }

    @Test
    void templateLintCountsTemplatesThatDidNotLoadAsErrors() throws Exception {
        Path pack = Files.createDirectories(home.resolve("templates/mine"));
        Files.writeString(
                pack.resolve("pack.yaml"), "name: mine\ntitle: Mine\ntemplates: [good.sql, broken.sql, gone.sql]\n");
        Files.writeString(pack.resolve("good.sql"), """
                -- title: Good
                -- table: cloudtrail
                -- engines: [athena, local]
                SELECT eventname FROM cloudtrail LIMIT 10
                """);
        Files.writeString(pack.resolve("broken.sql"), "-- params:\n--   - name: [\nSELECT 1\n");
        XacctCli.Result result = xacct().run("-c", "template lint mine");
        assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
        assertThat(result.stdout()).contains("broken.sql", "gone.sql").doesNotContain("0 errors");
        assertThat(result.stderr()).contains("lint found").doesNotContain("lint found 0");
    }
}

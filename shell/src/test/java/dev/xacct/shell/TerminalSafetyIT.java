package dev.xacct.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xacct.testing.XacctCli;
import dev.xacct.testing.XacctTerminal;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CloudTrail file written by someone else, with escape sequences in its fields, queried through
 * {@code ./xacct} in every format: nothing reaches a terminal raw (no clear screen, no colour, no
 * window title), and the machine formats keep the data exact when they go to a pipe.
 */
class TerminalSafetyIT {

    /** Clear the screen, home the cursor, red text; a one-byte CSI; DEL. */
    static final String USER_AGENT = "\u001b[2J\u001b[H\u001b[31mFAKE\u009b31m\u007f";
    /** An OSC sequence that retitles the terminal window. */
    static final String ARN = "arn:aws:iam::111111111111:user/\u001b]0;pwned\u0007evil";

    static final String SQL =
            "sql \"SELECT useragent, useridentity.arn AS arn FROM cloudtrail\" --engine local --source ";

    @TempDir
    Path home;

    private Path logs;

    @BeforeEach
    void hostileTrail() throws IOException {
        logs = home.resolve("logs");
        writeTrail(logs, USER_AGENT, ARN);
    }

    /** One CloudTrail file in AWS's key layout, with one console sign-in whose fields are {@code userAgent} and {@code arn}. */
    static void writeTrail(Path root, String userAgent, String arn) throws IOException {
        Path day = Files.createDirectories(root.resolve("AWSLogs/111111111111/CloudTrail/us-east-1/2025/06/19"));
        ObjectMapper json = new ObjectMapper();
        var record = json.createObjectNode();
        record.put("eventVersion", "1.11");
        record.putObject("userIdentity").put("type", "IAMUser").put("arn", arn).put("userName", "evil");
        record.put("eventTime", "2025-06-19T03:18:09Z");
        record.put("eventSource", "signin.amazonaws.com");
        record.put("eventName", "ConsoleLogin");
        record.put("awsRegion", "us-east-1");
        record.put("sourceIPAddress", "198.51.100.7");
        record.put("userAgent", userAgent);
        record.putObject("responseElements").put("ConsoleLogin", "Success");
        record.putObject("additionalEventData").put("MFAUsed", "No");
        record.put("eventID", "e1");
        record.put("eventType", "AwsConsoleSignIn");
        record.put("recipientAccountId", "111111111111");
        var file = json.createObjectNode();
        file.putArray("Records").add(record);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(
                day.resolve("111111111111_CloudTrail_us-east-1_20250619T0320Z_hostile.json.gz")))) {
            out.write(json.writeValueAsBytes(file));
        }
    }

    private XacctCli.Result run(String format) {
        return new XacctCli(home).run("-c", SQL + logs + " --format " + format);
    }

    @Test
    void textFormatsShowEveryControlCharacterVisibly() {
        for (String format : new String[] {"table", "vertical", "markdown"}) {
            XacctCli.Result result = run(format);
            assertThat(result.exitCode()).as(format + ": " + result.stderr()).isZero();
            assertThat(result.stdout())
                    .as(format)
                    .doesNotContain("\u001b", "\u009b", "\u0007", "\u007f")
                    .contains("\\e[2J\\e[H\\e[31mFAKE\\x9b31m\\x7f")
                    .contains("user/\\e]0;pwned\\x07evil");
        }
    }

    @Test
    void machineFormatsKeepTheDataExactInAPipeAndEscapedPerFormat() throws Exception {
        JsonNode rows = new ObjectMapper().readTree(run("json").stdout());
        assertThat(rows.get(0).get("useragent").asText()).isEqualTo(USER_AGENT);
        assertThat(rows.get(0).get("arn").asText()).isEqualTo(ARN);
        assertThat(run("json").stdout())
                .doesNotContain("\u001b", "\u009b", "\u0007", "\u007f")
                .contains("\\u009B");

        assertThat(run("csv").stdout()).isEqualTo("useragent,arn\n" + USER_AGENT + "," + ARN + "\n");
        assertThat(run("tsv").stdout()).isEqualTo("useragent\tarn\n" + USER_AGENT + "\t" + ARN + "\n");
    }

    @Test
    void onATerminalEvenCsvIsShownVisiblyAndTheTableToo() {
        try (XacctTerminal terminal =
                XacctTerminal.start(home, 120, 30, Map.of(), "-c", SQL + logs + " --format csv; " + SQL + logs)) {
            assertThat(terminal.exitCode()).isZero();
            String screen = terminal.screen();
            assertThat(screen).doesNotContain("\u001b[2J", "\u001b]0", "\u009b", "\u0007", "\u001b[31m");
            assertThat(screen)
                    .contains(
                            "\\e[2J\\e[H\\e[31mFAKE\\x9b31m\\x7f,arn:aws:iam::111111111111:user/\\e]0;pwned\\x07evil");
            assertThat(screen).contains("| arn:aws:iam::111111111111:user/\\e]0;pwned\\x07evil");
        }
    }

    @Test
    void thePagerShowsHostileRowsVisiblyOnTheTerminal() {
        // forty copies of the row: enough to page on a 12-line screen
        String sql =
                "sql \"SELECT useragent, useridentity.arn AS arn FROM cloudtrail, range(40) r\" --engine local --source "
                        + logs;
        try (XacctTerminal shell = XacctTerminal.start(home, 100, 12, Map.of())) {
            shell.await("xacct").type(sql + "\r").await("rows 1-");
            shell.type(" ").await("rows 10-").type("q").type("exit\r");
            assertThat(shell.exitCode()).isZero();
            String screen = shell.screen();
            assertThat(screen).doesNotContain("\u001b[2J\u001b[H\u001b[31mFAKE", "\u001b]0;pwned", "\u009b");
            assertThat(screen).contains("\\e[2J\\e[H\\e[31mFAKE\\x9b31m\\x7f");
        }
    }
}

package dev.xacct.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xacct.testing.SharedFolder;
import dev.xacct.testing.XacctCli;
import dev.xacct.testing.XacctTerminal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long {@code s3 diagnose} report in the interactive shell, as the tester had it at 100×24: it
 * pages as text, with the verdict pinned on top, and every remedy command reaches the terminal
 * whole (the terminal wraps it; nothing of ours cuts or breaks it), so it can be read and copied.
 */
class DiagnosisPagerIT {
    private static final String CLEAR = "\u001b[H\u001b[2J";

    @TempDir
    Path home;

    @Test
    void aLongReportPagesAsTextWithTheVerdictPinnedAndWholeCommands() throws Exception {
        Path s11 = SharedFolder.scenarios().resolve("S11-bucket-policy-deny-put-without-bcfc.json");
        JsonNode json = new ObjectMapper()
                .readTree(new XacctCli(home)
                        .run("-c", "s3 diagnose --evidence " + s11 + " --format json")
                        .stdout());
        String headline = "DENIED (403): a Deny in the bucket policy";
        List<String> commands = new ArrayList<>();
        json.path("remedies")
                .forEach(r -> r.path("steps").forEach(s -> s.path("commands").forEach(c -> commands.add(c.asText()))));
        assertThat(commands).anyMatch(c -> c.contains("put-bucket-policy") && c.length() > 300);

        try (XacctTerminal shell = XacctTerminal.start(home, 100, 24, Map.of())) {
            shell.await("xacct").type("s3 diagnose --evidence " + s11 + "\r").await("lines 2–");
            assertThat(lastScreen(shell)).startsWith(headline).doesNotContain(" rows)");

            shell.type("G").await("(END)");
            String end = lastScreen(shell);
            assertThat(end).startsWith(headline).contains("Verdict: " + headline);
            // every command was written whole at some point, without a line break of ours in it
            shell.type("g").await("lines 2–", 2);
            for (int i = 0; i < 6; i++) shell.type(" ");
            shell.type("G").await("(END)", 2);
            String shown = shell.text();
            for (String command : commands) assertThat(shown).contains(command);

            shell.type("q").type("exit\r");
            assertThat(shell.exitCode()).isZero();
        }
    }

    /** The text of the last screen the pager drew. */
    private static String lastScreen(XacctTerminal shell) {
        String screen = shell.screen();
        String last = screen.substring(screen.lastIndexOf(CLEAR) + CLEAR.length());
        return last.replaceAll("\u001b\\[[0-9;?]*[ -/]*[@-~]", "").replace("\r", "");
    }
}

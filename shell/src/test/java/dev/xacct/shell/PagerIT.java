package dev.xacct.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.testing.XacctTerminal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pager as a user drives it in {@code ./xacct}, on a terminal narrower than the template's ten columns. */
class PagerIT {

    private static final String RIGHT = "\u001b[C";

    @TempDir
    Path home;

    @Test
    void aWideTemplateScrollsSidewaysByColumnAndShowsARowVertically() {
        try (XacctTerminal shell = XacctTerminal.start(home, 100, 20, Map.of(), "--demo")) {
            shell.await("Demo mode")
                    .type("query run cloudtrail/console-logins --param start=2025-06-01 --param end=2025-06-30\r")
                    .await("rows 1-17");
            String first = shell.screen();
            assertThat(first).containsPattern("columns 1–\\d of 10 →");

            shell.type(RIGHT).await("← columns 2–");
            // 'result' is the eighth column, off screen: the search scrolls to it, so the match is shown
            shell.type("/Success\r").await("← columns 8–");
            shell.type("v").await("-[ RECORD ");
            assertThat(shell.screen()).contains("mfa_used", "useragent", " vertically");
            shell.type("v").type("q").type("exit\r");
            assertThat(shell.exitCode()).isZero();
        }
    }

    @Test
    void aShortResultTooWideForTheScreenIsPrintedVertically() {
        try (XacctTerminal shell = XacctTerminal.start(home, 80, 40, Map.of(), "--demo")) {
            shell.await("Demo mode")
                    .type(
                            "query run cloudtrail/console-logins --param start=2025-06-01 --param end=2025-06-30 --param limit=2\r")
                    .await("-[ RECORD 2 ]")
                    .type("exit\r");
            assertThat(shell.exitCode()).isZero();
            assertThat(shell.screen()).doesNotContain("columns 1–").contains("principal", "mfa_used");
        }
    }
}

package dev.xacct.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.testing.XacctTerminal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A huge line pasted into the shell (no bracketed paste): refused with one message, and the shell answers at once after. */
class LargePasteIT {

    @TempDir
    Path home;

    @Test
    void aMegabyteLineIsRefusedAndTheShellStaysResponsive() {
        try (XacctTerminal shell = XacctTerminal.start(home, 120, 30, Map.of())) {
            shell.await("[none]"); // the prompt: the line editor is reading
            StringBuilder paste = new StringBuilder("sql \"SELECT '");
            while (paste.length() < 1_000_000) {
                paste.append("0123456789abcdef");
            }
            paste.append("'\"\r");
            shell.type(paste.toString()).await("characters refused (nothing was run)");
            shell.type("version\r").await("(Java ").type("exit\r");
            assertThat(shell.exitCode()).isZero();
            assertThat(shell.screen()).doesNotContain("error: unexpected");
        }
    }
}

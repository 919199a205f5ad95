package dev.xacct.shell;

import dev.xacct.render.StatusLine;
import dev.xacct.render.Styles;
import java.io.PrintWriter;
import org.springframework.shell.core.InputReader;

/**
 * Where a run writes results and errors and reads answers (e.g. an MFA code), how it styles text,
 * and its one status line (progress on stderr, live only on a terminal).
 */
public record ShellIO(
        PrintWriter out, PrintWriter err, InputReader input, Styles styles, boolean interactive, StatusLine status) {

    /** Without a live status line (tests, writers that are not a terminal). */
    public ShellIO(PrintWriter out, PrintWriter err, InputReader input, Styles styles, boolean interactive) {
        this(out, err, input, styles, interactive, StatusLine.none(err));
    }
}

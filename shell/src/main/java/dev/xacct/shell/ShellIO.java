package dev.xacct.shell;

import dev.xacct.render.Styles;
import java.io.PrintWriter;
import org.springframework.shell.core.InputReader;

/** Where a run writes results and errors and reads answers (e.g. an MFA code), and how it styles text. */
public record ShellIO(PrintWriter out, PrintWriter err, InputReader input, Styles styles, boolean interactive) {}

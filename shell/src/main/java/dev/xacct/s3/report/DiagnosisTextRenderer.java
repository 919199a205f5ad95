package dev.xacct.s3.report;

import dev.xacct.render.TerminalText;
import dev.xacct.s3.authz.Check;
import dev.xacct.s3.authz.CheckStatus;
import dev.xacct.s3.authz.Diagnosis;
import dev.xacct.s3.authz.Remedy;
import dev.xacct.s3.authz.UnknownFact;
import dev.xacct.s3.authz.Verdict;

/**
 * Renders a {@link Diagnosis} as plain text: the verdict and root cause in plain words, each
 * check with ✓ ✗ ? (or – when skipped) and where the fact came from, the fix as commands
 * marked with the account that must run them, then what is unknown and how to learn it.
 * Plain strings; colour is the shell's business.
 */
public final class DiagnosisTextRenderer {
    private DiagnosisTextRenderer() {}

    /** Reports longer than this repeat the verdict at the end, where the reader's eye is. */
    static final int LONG_REPORT_LINES = 24;

    public static String render(Diagnosis d) {
        StringBuilder out = new StringBuilder();
        out.append(headline(d)).append('\n');
        out.append(TerminalText.visible(d.summary())).append('\n');
        if (d.contradiction() != null)
            out.append("Contradiction: ")
                    .append(TerminalText.visible(d.contradiction()))
                    .append('\n');
        out.append('\n').append("Checks (in the order S3 evaluates them):\n");
        for (Check c : d.checks()) {
            out.append("  ")
                    .append(mark(c.status()))
                    .append(' ')
                    .append(c.id())
                    .append(" — ")
                    .append(TerminalText.visible(c.detail()))
                    .append("  [")
                    .append(c.evidence())
                    .append("]\n");
        }
        if (!d.remedies().isEmpty()) {
            out.append('\n')
                    .append(
                            "Fix (each applied to the evidence and evaluated again: verified = the request is then allowed):\n");
            for (Remedy r : d.remedies()) {
                out.append("  ")
                        .append(r.id())
                        .append(". [")
                        .append(r.resolves() ? "verified" : "partial")
                        .append("] ")
                        .append(TerminalText.visible(r.title()))
                        .append('\n');
                for (Remedy.Step step : r.steps()) {
                    out.append("     as ")
                            .append(TerminalText.visible(step.runAs()))
                            .append(":\n");
                    for (String cmd : step.commands())
                        out.append("       ").append(TerminalText.visible(cmd)).append('\n');
                }
            }
        }
        if (!d.unknowns().isEmpty()) {
            out.append('\n')
                    .append(
                            d.verdict() == Verdict.UNDETERMINED
                                    ? "Unknown, and it decides the outcome:\n"
                                    : "Also unknown:\n");
            for (UnknownFact u : d.unknowns()) {
                out.append("  ? ")
                        .append(u.fact())
                        .append(" — ")
                        .append(TerminalText.visible(u.resolveBy()))
                        .append('\n');
            }
        }
        if (out.chars().filter(ch -> ch == '\n').count() > LONG_REPORT_LINES)
            out.append('\n').append("Verdict: ").append(headline(d)).append('\n');
        return out.toString();
    }

    /** The verdict in words; the status shown is the engine's own, never the observed one (UNDETERMINED has none). */
    public static String headline(Diagnosis d) {
        String status =
                d.httpStatus() == null || d.verdict() == Verdict.UNDETERMINED ? "" : " (" + d.httpStatus() + ")";
        return switch (d.verdict()) {
            case ALLOWED -> "ALLOWED" + status + ": nothing refuses this request.";
            case UNDETERMINED -> "UNDETERMINED: facts that could not be read decide the outcome.";
            case EXPLICIT_DENY ->
                "DENIED" + status + ": " + words(d) + " (an explicit Deny, "
                        + d.deniedBy().word() + ")";
            case IMPLICIT_DENY ->
                "DENIED" + status + ": " + words(d) + " (nothing grants it: "
                        + d.deniedBy().word() + ")";
            case NOT_AUTHORIZATION ->
                "FAILS" + status + " for a reason outside policies ("
                        + d.deniedBy().word() + "): " + words(d);
        };
    }

    /** The root cause in plain words. */
    static String words(Diagnosis d) {
        return d.rootCause().words();
    }

    static String mark(CheckStatus s) {
        return switch (s) {
            case PASS -> "✓";
            case FAIL -> "✗";
            case UNKNOWN -> "?";
            case SKIP -> "–";
        };
    }
}

package dev.xacct.s3.report;

import dev.xacct.s3.authz.Check;
import dev.xacct.s3.authz.Diagnosis;
import dev.xacct.s3.authz.Remedy;
import dev.xacct.s3.authz.UnknownFact;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A {@link Diagnosis} as rows for the tabular formats ({@code --format vertical|csv|tsv|markdown}):
 * one row per part of the report, in the text report's order — {@code verdict}, {@code summary},
 * {@code contradiction}, each {@code check}, each {@code remedy} (its title) followed by one
 * {@code command} row per command with the account that runs it, each {@code unknown}. The same
 * facts as {@code xacct.s3-diagnosis/v1}; the JSON's {@code patch} is left to {@code --format json}.
 */
public final class DiagnosisRows {
    private DiagnosisRows() {}

    /** {@code part, id, status, runAs, text, source}; a folder puts {@code file} first. */
    public static final List<String> COLUMNS = List.of("part", "id", "status", "runAs", "text", "source");

    /** What a file that cannot be diagnosed gives in a folder: its error in {@code text}. */
    public static List<Object> error(String message) {
        return row("error", null, null, null, message, null);
    }

    public static List<List<Object>> of(Diagnosis d) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(
                "verdict",
                d.verdict().name(),
                d.httpStatus() == null ? null : String.valueOf(d.httpStatus()),
                null,
                DiagnosisTextRenderer.headline(d),
                d.deniedBy() == null ? null : d.deniedBy().word()));
        rows.add(row("summary", d.rootCause().name(), null, null, d.summary(), null));
        if (d.contradiction() != null) rows.add(row("contradiction", null, null, null, d.contradiction(), null));
        for (Check c : d.checks()) rows.add(row("check", c.id(), c.status().name(), null, c.detail(), c.evidence()));
        for (Remedy r : d.remedies()) {
            String status = r.resolves() ? "verified" : "partial";
            rows.add(row("remedy", r.id(), status, null, r.title(), null));
            for (Remedy.Step step : r.steps())
                for (String command : step.commands())
                    rows.add(row("command", r.id(), status, step.runAs(), command, null));
        }
        for (UnknownFact u : d.unknowns()) rows.add(row("unknown", u.fact(), "UNKNOWN", null, u.resolveBy(), null));
        return rows;
    }

    private static List<Object> row(String part, String id, String status, String runAs, String text, String source) {
        return Arrays.asList(part, id, status, runAs, text, source);
    }
}

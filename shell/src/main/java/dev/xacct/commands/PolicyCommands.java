package dev.xacct.commands;

import dev.xacct.policy.Decision;
import dev.xacct.policy.simulate.PolicyDecisionText;
import dev.xacct.policy.simulate.PolicyDecisionWriter;
import dev.xacct.policy.simulate.PolicyRequest;
import dev.xacct.policy.simulate.PolicyRequestReader;
import dev.xacct.policy.simulate.PolicySimulator;
import dev.xacct.render.Column;
import dev.xacct.render.OutputFormat;
import dev.xacct.render.Renderer;
import dev.xacct.render.TerminalText;
import dev.xacct.shell.InputFiles;
import dev.xacct.shell.UsageError;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code policy simulate}: an {@code xacct.policy-request/v1} against its policies, offline. */
@Component
public class PolicyCommands {

    @Command(
            name = "policy simulate",
            group = "S3 access",
            description = "Decide a request against a set of IAM policies, offline",
            help = """
                    Usage: policy simulate --file FILE|DIR [--format table|vertical|csv|tsv|json|markdown]
                    FILE is an xacct.policy-request/v1 document: the request and its identity, resource, boundary,
                    session, SCP, RCP and VPC endpoint policies. A folder is decided file by file (JSON: one array).""")
    public void simulate(
            CommandContext context,
            @Option(longName = "file", description = "a policy request file, or a folder of them") String file,
            @Option(
                            longName = "format",
                            defaultValue = "table",
                            description = "table (the decision and why), vertical, csv, tsv, json or markdown")
                    OutputFormat format) {
        if (file == null) throw new UsageError("missing --file FILE|DIR (see 'policy simulate --help')");
        List<Path> files = InputFiles.of(file, "--file");
        Renderer renderer = new Renderer(context.outputWriter());
        if (!InputFiles.isFolder(file)) {
            PolicyRequest request = PolicyRequestReader.read(files.get(0));
            Decision d = PolicySimulator.simulate(request);
            switch (format) {
                case JSON -> renderer.printJson(PolicyDecisionWriter.toTree(d));
                case TABLE -> text(renderer.out(), request, d);
                default -> renderer.printRecord(PolicyDecisionText.record(request, d), format);
            }
            return;
        }
        List<String> failed = new ArrayList<>();
        if (format == OutputFormat.JSON) {
            var results = InputFiles.jsonArray(files, f -> PolicyDecisionWriter.toTree(PolicySimulator.simulate(f)));
            renderer.printJson(results);
            failed.addAll(InputFiles.failures(results));
        } else if (format != OutputFormat.TABLE) {
            List<java.util.Map<String, ?>> records = new ArrayList<>();
            for (Path f : files) {
                java.util.Map<String, Object> r = new java.util.LinkedHashMap<>();
                r.put("file", f.getFileName().toString());
                try {
                    PolicyRequest request = PolicyRequestReader.read(f);
                    r.putAll(PolicyDecisionText.record(request, PolicySimulator.simulate(request)));
                } catch (RuntimeException e) {
                    r.put("error", e.getMessage());
                    failed.add(f.getFileName() + ": " + e.getMessage());
                }
                records.add(r);
            }
            List<Column> columns = java.util.stream.Stream.of(
                            "file", "decision", "deniedBy", "why", "statements", "error")
                    .map(Column::text)
                    .toList();
            renderer.printRecords(columns, records, format);
        } else {
            PrintWriter out = renderer.out();
            for (Path f : files) {
                out.println("== " + f.getFileName() + " ==");
                try {
                    PolicyRequest request = PolicyRequestReader.read(f);
                    text(out, request, PolicySimulator.simulate(request));
                } catch (RuntimeException e) {
                    out.println("error: " + e.getMessage());
                    failed.add(f.getFileName() + ": " + e.getMessage());
                }
            }
            out.flush();
        }
        InputFiles.failIfAny(failed, files.size(), "request file");
    }

    private static void text(PrintWriter out, PolicyRequest request, Decision d) {
        PolicyDecisionText.lines(request, d).forEach(line -> out.println(TerminalText.visible(line)));
        out.flush();
    }
}

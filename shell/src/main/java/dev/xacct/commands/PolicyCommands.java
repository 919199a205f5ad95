package dev.xacct.commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xacct.policy.Decision;
import dev.xacct.policy.MatchedStatement;
import dev.xacct.policy.simulate.PolicyDecisionWriter;
import dev.xacct.policy.simulate.PolicySimulator;
import dev.xacct.render.OutputFormat;
import dev.xacct.render.Renderer;
import dev.xacct.shell.InputFiles;
import dev.xacct.shell.UsageError;
import java.io.PrintWriter;
import java.nio.file.Path;
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
                    Usage: policy simulate --file FILE|DIR [--format table|json]
                    FILE is an xacct.policy-request/v1 document: the request and its identity, resource, boundary,
                    session, SCP, RCP and VPC endpoint policies. A folder is decided file by file (JSON: one array).""")
    public void simulate(
            CommandContext context,
            @Option(longName = "file", description = "a policy request file, or a folder of them") String file,
            @Option(longName = "format", defaultValue = "table", description = "table or json") OutputFormat format) {
        if (file == null) throw new UsageError("missing --file FILE|DIR (see 'policy simulate --help')");
        List<Path> files = InputFiles.of(file, "--file");
        Renderer renderer = new Renderer(context.outputWriter());
        if (!InputFiles.isFolder(file)) {
            Decision d = PolicySimulator.simulate(files.get(0));
            if (format == OutputFormat.JSON) renderer.printJson(PolicyDecisionWriter.toTree(d));
            else text(renderer.out(), d);
            return;
        }
        if (format == OutputFormat.JSON) {
            renderer.printJson(
                    InputFiles.jsonArray(files, f -> PolicyDecisionWriter.toTree(PolicySimulator.simulate(f))));
            return;
        }
        PrintWriter out = renderer.out();
        for (Path f : files) {
            out.println("== " + f.getFileName() + " ==");
            try {
                text(out, PolicySimulator.simulate(f));
            } catch (RuntimeException e) {
                out.println("error: " + e.getMessage());
            }
        }
        out.flush();
    }

    private static void text(PrintWriter out, Decision d) {
        ObjectNode tree = PolicyDecisionWriter.toTree(d);
        out.println(d.word()
                + (tree.get("deniedBy").isNull()
                        ? ""
                        : " (denied by the " + tree.get("deniedBy").asText() + ")"));
        for (MatchedStatement m : d.matched()) {
            out.println("  " + m.policy() + (m.sid() == null ? "" : " Sid " + m.sid()));
        }
        out.flush();
    }
}

package dev.xacct.commands;

import dev.xacct.aws.S3Uri;
import dev.xacct.render.Column;
import dev.xacct.render.OutputFormat;
import dev.xacct.render.Pager;
import dev.xacct.render.PagingDecision;
import dev.xacct.render.Renderer;
import dev.xacct.render.ResultStream;
import dev.xacct.s3.authz.Diagnosis;
import dev.xacct.s3.authz.S3Operation;
import dev.xacct.s3.evidence.S3Request;
import dev.xacct.s3.explain.Explanation;
import dev.xacct.s3.explain.FetchedPolicy;
import dev.xacct.s3.explain.MessageExplainer;
import dev.xacct.s3.gather.AwsPerspective;
import dev.xacct.s3.gather.NamedPolicyFetcher;
import dev.xacct.s3.gather.ObjectOwners;
import dev.xacct.s3.gather.PerspectiveSource;
import dev.xacct.s3.report.DiagnosisJsonWriter;
import dev.xacct.s3.report.DiagnosisTextRenderer;
import dev.xacct.s3.report.ExplanationWriter;
import dev.xacct.s3.service.DiagnosisService;
import dev.xacct.shell.InputFiles;
import dev.xacct.shell.ShellIO;
import dev.xacct.shell.UsageError;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code s3 diagnose}, {@code s3 owners}, {@code s3 explain}: parse, call, render. */
@Component
public class S3Commands {
    private static final List<Column> OWNER_COLUMNS = List.of(
            Column.text("owner"),
            Column.text("account"),
            Column.number("objects"),
            Column.number("bytes"),
            Column.text("foreign"));

    private final ObjectProvider<PerspectiveSource> perspectives;
    private final ObjectProvider<ShellIO> io;
    private final ObjectProvider<Terminal> terminal;
    private final DiagnosisService diagnoses;

    /** ShellIO is looked up when needed: the interactive ShellIO depends on the command registry. */
    public S3Commands(
            ObjectProvider<PerspectiveSource> perspectives,
            ObjectProvider<ShellIO> io,
            ObjectProvider<Terminal> terminal,
            DiagnosisService diagnoses) {
        this.perspectives = perspectives;
        this.io = io;
        this.terminal = terminal;
        this.diagnoses = diagnoses;
    }

    @Command(
            name = "s3 diagnose",
            group = "S3 access",
            description = "Explain why an S3 request is (or would be) denied, and the verified fix",
            help = """
                    Usage: s3 diagnose s3://BUCKET/KEY [--operation GetObject] [--owner ALIAS|ROLE] [--copy-source s3://B/K]
                                      [--save-evidence FILE] [--format table|json]
                           s3 diagnose --evidence FILE|DIR [--format table|json]
                    Gathers evidence as the current session (and with --owner also as a session in the bucket owner's
                    account), evaluates every layer in the order S3 does, says what denies the request, and gives
                    fixes as steps per account, each verified by applying it to the evidence and evaluating again.
                    Operations: GetObject, HeadObject, PutObject, CopyObject, CreateMultipartUpload, UploadPart,
                    UploadPartCopy, CompleteMultipartUpload, AbortMultipartUpload, ListParts, ListObjectsV2, …
                    With --evidence it diagnoses saved evidence (or scenario files) offline; a folder file by file.""")
    public void diagnose(
            CommandContext context,
            @Argument(index = 0, description = "s3://BUCKET/KEY") String uri,
            @Option(
                            longName = "operation",
                            defaultValue = "GetObject",
                            description = "the S3 API, e.g. GetObject, HeadObject, PutObject, UploadPart")
                    String operation,
            @Option(longName = "owner", description = "a session in the bucket owner's account: an alias or a role")
                    String owner,
            @Option(longName = "save-evidence", description = "write the gathered evidence to FILE")
                    String saveEvidence,
            @Option(longName = "copy-source", description = "CopyObject/UploadPartCopy: the source, s3://BUCKET/KEY")
                    String copySource,
            @Option(longName = "evidence", description = "diagnose saved evidence: a file or a folder") String evidence,
            @Option(longName = "format", defaultValue = "table", description = "table or json") OutputFormat format) {
        Renderer renderer = new Renderer(context.outputWriter());
        if (evidence != null) {
            if (uri != null) throw new UsageError("give either s3://BUCKET/KEY or --evidence FILE|DIR, not both");
            if (owner != null || saveEvidence != null || copySource != null)
                throw new UsageError("--owner, --save-evidence and --copy-source need a live s3://BUCKET/KEY");
            offline(renderer, evidence, format);
            return;
        }
        if (operation == null || !operation.matches("[A-Z][A-Za-z0-9]+")) {
            throw new UsageError(
                    "--operation " + operation + ": give an S3 API name such as GetObject, HeadObject or PutObject");
        }
        boolean onObject = S3Operation.of(operation, true).onObject();
        S3Uri location = location(uri, onObject);
        S3Request.Builder request = S3Request.builder(operation, location.bucket());
        if (onObject) request.key(location.key());
        boolean copy = S3Operation.of(operation, true).copy();
        if (copy != (copySource != null)) {
            throw new UsageError(
                    copy
                            ? operation + " copies: give its source with --copy-source s3://BUCKET/KEY"
                            : "--copy-source goes with CopyObject or UploadPartCopy, not " + operation);
        }
        if (copy) {
            S3Uri src = location(copySource, true);
            String key = java.net.URLEncoder.encode(src.key(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20")
                    .replace("%2F", "/");
            request.header("x-amz-copy-source", src.bucket() + "/" + key);
        }
        DiagnosisService.Live live =
                diagnoses.live(request.build(), owner, saveEvidence == null ? null : Path.of(saveEvidence));
        if (format == OutputFormat.JSON) {
            renderer.printJson(DiagnosisJsonWriter.toTree(live.diagnosis()));
            PrintWriter err = io.getObject().err();
            if (err != context.outputWriter()) {
                err.println(live.timing());
                err.flush();
            }
            return;
        }
        report(context.outputWriter(), DiagnosisTextRenderer.render(live.diagnosis()) + "\n" + live.timing() + "\n");
    }

    /**
     * A text report: paged like query results in the interactive shell on a real terminal (the
     * verdict stays on top as the header while the rest scrolls), printed as is elsewhere.
     */
    private void report(PrintWriter out, String text) {
        ShellIO shell = io.getObject();
        String type = shell.interactive() ? terminal.getObject().getType() : Terminal.TYPE_DUMB;
        boolean onTerminal = !Terminal.TYPE_DUMB.equals(type) && !Terminal.TYPE_DUMB_COLOR.equals(type);
        if (PagingDecision.decide(onTerminal, false, OutputFormat.TABLE) == PagingDecision.PAGE) {
            List<String> lines = text.lines().toList();
            Iterator<List<Object>> rows =
                    lines.stream().skip(1).map(l -> List.<Object>of(l)).iterator();
            new Pager(terminal.getObject())
                    .show(ResultStream.fromIterator(
                            List.of(Column.text(lines.get(0))), rows, ResultStream.DEFAULT_PAGE_SIZE, () -> {}));
            return;
        }
        out.print(text);
        out.flush();
    }

    private void offline(Renderer renderer, String given, OutputFormat format) {
        List<Path> files = InputFiles.of(given, "--evidence");
        if (!InputFiles.isFolder(given)) {
            Diagnosis d = diagnoses.offline(files.get(0));
            if (format == OutputFormat.JSON) renderer.printJson(DiagnosisJsonWriter.toTree(d));
            else report(renderer.out(), DiagnosisTextRenderer.render(d));
            return;
        }
        if (format == OutputFormat.JSON) {
            renderer.printJson(
                    InputFiles.jsonArray(files, file -> DiagnosisJsonWriter.toTree(diagnoses.offline(file))));
            return;
        }
        StringBuilder all = new StringBuilder();
        for (Path file : files) {
            if (!all.isEmpty()) all.append('\n');
            all.append("== ").append(file.getFileName()).append(" ==\n");
            try {
                all.append(DiagnosisTextRenderer.render(diagnoses.offline(file)));
            } catch (RuntimeException e) {
                all.append("error: ").append(e.getMessage()).append('\n');
            }
        }
        report(renderer.out(), all.toString());
    }

    @Command(
            name = "s3 owners",
            group = "S3 access",
            description = "Who owns the objects under a prefix; foreign-owned flagged",
            help = """
                    Usage: s3 owners s3://BUCKET/PREFIX [--format table|vertical|csv|tsv|json|markdown]
                    One row per owner canonical id: account (when known), objects, bytes, and 'foreign' when the owner is not
                    the bucket owner (a bucket policy Allow does not reach those objects). Needs s3:ListBucket.""")
    public void owners(
            CommandContext context,
            @Argument(index = 0, description = "s3://BUCKET/PREFIX") String uri,
            @Option(
                            longName = "format",
                            defaultValue = "table",
                            description = "table, vertical, csv, tsv, json or markdown")
                    OutputFormat format) {
        S3Uri location = location(uri, false);
        AwsPerspective session = perspectives.getObject().current();
        ObjectOwners.Totals totals = new ObjectOwners.Totals();
        Iterator<ObjectOwners.OwnerRow> rows = ObjectOwners.scan(session, location.bucket(), location.key(), totals);
        Iterator<List<Object>> cells = new Iterator<>() {
            public boolean hasNext() {
                return rows.hasNext();
            }

            public List<Object> next() {
                ObjectOwners.OwnerRow r = rows.next();
                return java.util.Arrays.asList(r.owner(), r.account(), r.objects(), r.bytes(), r.foreign());
            }
        };
        new Renderer(context.outputWriter())
                .print(
                        ResultStream.fromIterator(OWNER_COLUMNS, cells, ResultStream.DEFAULT_PAGE_SIZE, () -> {}),
                        format);
        if (format == OutputFormat.TABLE) {
            PrintWriter out = context.outputWriter();
            out.println(totals.objects + " object" + (totals.objects == 1 ? "" : "s") + ", " + totals.bytes + " bytes, "
                    + totals.owners + " owner" + (totals.owners == 1 ? "" : "s") + "; "
                    + (totals.bucketOwner == null
                            ? "the bucket owner could not be read (GetBucketAcl refused), so foreign ownership is unknown"
                            : totals.foreignObjects + " foreign-owned (owner ≠ bucket owner " + totals.bucketOwner
                                    + ")"));
            out.flush();
        }
    }

    @Command(name = "s3 explain", group = "S3 access", description = "Explain an S3 AccessDenied message", help = """
                    Usage: s3 explain "MESSAGE" [--fetch] [--format table|json]
                    MESSAGE as pasted: the bare AWS message, the AWS CLI's line, or an SDK exception text.
                    --fetch reads the policy the message names (SCP/RCP by ARN, IAM policy, bucket, key or trust
                    policy) as the current session and shows the statements that match.
                    e.g.   s3 explain "An error occurred (403) when calling the HeadObject operation: Forbidden\"""")
    public void explain(
            CommandContext context,
            @Argument(index = 0, description = "the error message, quoted") String message,
            @Option(longName = "fetch", description = "read the named policy and show the matching statements")
                    boolean fetch,
            @Option(longName = "format", defaultValue = "table", description = "table or json") OutputFormat format) {
        if (message == null || message.isBlank())
            throw new UsageError("give the message in quotes: s3 explain \"MESSAGE\"");
        Explanation e = MessageExplainer.explain(message);
        FetchedPolicy fetched = fetch
                ? NamedPolicyFetcher.fetch(e.message(), perspectives.getObject().current())
                : null;
        if (format == OutputFormat.JSON) {
            new Renderer(context.outputWriter()).printJson(ExplanationWriter.toTree(e, fetched));
            return;
        }
        PrintWriter out = context.outputWriter();
        out.print(ExplanationWriter.text(e, fetched));
        out.flush();
    }

    private static S3Uri location(String uri, boolean keyRequired) {
        String shape = keyRequired ? "s3://BUCKET/KEY" : "s3://BUCKET/PREFIX";
        if (uri == null || uri.isBlank()) throw new UsageError("give an S3 URI: " + shape);
        S3Uri parsed;
        try {
            parsed = S3Uri.parse(uri);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage() + ": expected " + shape);
        }
        if (keyRequired && parsed.key().isEmpty()) {
            throw new UsageError(
                    "'" + uri + "' names no object: expected " + shape + " (an object operation needs a key)");
        }
        return parsed;
    }
}

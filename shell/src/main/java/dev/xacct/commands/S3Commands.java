package dev.xacct.commands;

import dev.xacct.aws.S3Uri;
import dev.xacct.render.Column;
import dev.xacct.render.OutputFormat;
import dev.xacct.render.PagingDecision;
import dev.xacct.render.Renderer;
import dev.xacct.render.ResultStream;
import dev.xacct.render.TextPager;
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
import dev.xacct.s3.report.DiagnosisRows;
import dev.xacct.s3.report.DiagnosisTextRenderer;
import dev.xacct.s3.report.ExplanationWriter;
import dev.xacct.s3.service.DiagnosisService;
import dev.xacct.shell.InputFiles;
import dev.xacct.shell.ShellIO;
import dev.xacct.shell.UsageError;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
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
                                      [--save-evidence FILE] [--format FORMAT]
                           s3 diagnose --evidence FILE|DIR [--format FORMAT]
                    Gathers evidence as the current session (and with --owner also as a session in the bucket owner's
                    account), evaluates every layer in the order S3 does, says what denies the request, and gives
                    fixes as steps per account, each verified by applying it to the evidence and evaluating again.
                    Operations: GetObject, HeadObject, PutObject, CopyObject, CreateMultipartUpload, UploadPart,
                    UploadPartCopy, CompleteMultipartUpload, AbortMultipartUpload, ListParts, ListObjectsV2, …
                    With --evidence it diagnoses saved evidence (or scenario files) offline; a folder file by file.
                    FORMAT: table (the report, the default), json (xacct.s3-diagnosis/v1), or vertical, csv, tsv,
                    markdown (one row per part: verdict, summary, check, remedy, command with its account, unknown).""")
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
            @Option(
                            longName = "format",
                            defaultValue = "table",
                            description = "table (the report), vertical, csv, tsv, json or markdown")
                    OutputFormat format) {
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
        if (format != OutputFormat.TABLE) {
            rendered(renderer, live.diagnosis(), format);
            PrintWriter err = io.getObject().err();
            if (err != context.outputWriter()) {
                err.println(live.timing());
                err.flush();
            }
            return;
        }
        report(
                context.outputWriter(),
                DiagnosisTextRenderer.render(live.diagnosis()) + "\n" + live.timing() + "\n",
                true);
    }

    /**
     * A text report: paged as text in the interactive shell on a real terminal (the verdict, its
     * first line, pinned on top while the rest scrolls; long lines wrapped whole, so commands can
     * be copied), printed as is elsewhere. A folder's reports pin nothing.
     */
    private void report(PrintWriter out, String text, boolean pinVerdict) {
        ShellIO shell = io.getObject();
        String type = shell.interactive() ? terminal.getObject().getType() : Terminal.TYPE_DUMB;
        boolean onTerminal = !Terminal.TYPE_DUMB.equals(type) && !Terminal.TYPE_DUMB_COLOR.equals(type);
        if (PagingDecision.decide(onTerminal, false, OutputFormat.TABLE) == PagingDecision.PAGE) {
            List<String> lines = text.lines().toList();
            if (pinVerdict && !lines.isEmpty())
                new TextPager(terminal.getObject()).show(lines.get(0), lines.subList(1, lines.size()));
            else new TextPager(terminal.getObject()).show(null, lines);
            return;
        }
        out.print(text);
        out.flush();
    }

    private void offline(Renderer renderer, String given, OutputFormat format) {
        List<Path> files = InputFiles.of(given, "--evidence");
        if (!InputFiles.isFolder(given)) {
            Diagnosis d = diagnoses.offline(files.get(0));
            if (format == OutputFormat.TABLE) report(renderer.out(), DiagnosisTextRenderer.render(d), true);
            else rendered(renderer, d, format);
            return;
        }
        List<String> failed = new ArrayList<>();
        if (format == OutputFormat.JSON) {
            var results = InputFiles.jsonArray(files, file -> DiagnosisJsonWriter.toTree(diagnoses.offline(file)));
            renderer.printJson(results);
            failed.addAll(InputFiles.failures(results));

        } else if (format == OutputFormat.TABLE) {
            StringBuilder all = new StringBuilder();
            for (Path file : files) {
                if (!all.isEmpty()) all.append('\n');
                all.append("== ").append(file.getFileName()).append(" ==\n");
                try {
                    all.append(DiagnosisTextRenderer.render(diagnoses.offline(file)));
                } catch (RuntimeException e) {
                    all.append("error: ").append(e.getMessage()).append('\n');
                    failed.add(file.getFileName() + ": " + e.getMessage());
                }
            }
            report(renderer.out(), all.toString(), false);
        } else {
            List<Column> columns = new ArrayList<>(List.of(Column.text("file")));
            DiagnosisRows.COLUMNS.forEach(c -> columns.add(Column.text(c)));
            List<List<Object>> rows = new ArrayList<>();
            for (Path file : files) {
                List<List<Object>> each;
                try {
                    each = DiagnosisRows.of(diagnoses.offline(file));
                } catch (RuntimeException e) {
                    each = List.of(DiagnosisRows.error(e.getMessage()));
                    failed.add(file.getFileName() + ": " + e.getMessage());
                }
                for (List<Object> row : each) {
                    List<Object> withFile = new ArrayList<>(row.size() + 1);
                    withFile.add(file.getFileName().toString());
                    withFile.addAll(row);
                    rows.add(withFile);
                }
            }
            renderer.print(ResultStream.of(columns, rows), format);
        }
        InputFiles.failIfAny(failed, files.size(), "evidence file");
    }

    /** A diagnosis in a machine format: the §2 JSON document, or its rows ({@link DiagnosisRows}). */
    private static void rendered(Renderer renderer, Diagnosis d, OutputFormat format) {
        if (format == OutputFormat.JSON) {
            renderer.printJson(DiagnosisJsonWriter.toTree(d));
            return;
        }
        List<Column> columns = DiagnosisRows.COLUMNS.stream().map(Column::text).toList();
        renderer.print(ResultStream.of(columns, DiagnosisRows.of(d)), format);
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
                    Usage: s3 explain "MESSAGE" [--fetch] [--format table|vertical|csv|tsv|json|markdown]
                    MESSAGE as pasted: the bare AWS message, the AWS CLI's line, or an SDK exception text.
                    --fetch reads the policy the message names (SCP/RCP by ARN, IAM policy, bucket, key or trust
                    policy) as the current session and shows the statements that match.
                    e.g.   s3 explain "An error occurred (403) when calling the HeadObject operation: Forbidden\"""")
    public void explain(
            CommandContext context,
            @Argument(index = 0, description = "the error message, quoted") String message,
            @Option(longName = "fetch", description = "read the named policy and show the matching statements")
                    boolean fetch,
            @Option(
                            longName = "format",
                            defaultValue = "table",
                            description = "table (the explanation), vertical, csv, tsv, json or markdown")
                    OutputFormat format) {
        if (message == null || message.isBlank())
            throw new UsageError("give the message in quotes: s3 explain \"MESSAGE\"");
        Explanation e = MessageExplainer.explain(message);
        FetchedPolicy fetched = fetch
                ? NamedPolicyFetcher.fetch(e.message(), perspectives.getObject().current())
                : null;
        Renderer renderer = new Renderer(context.outputWriter());
        switch (format) {
            case JSON -> renderer.printJson(ExplanationWriter.toTree(e, fetched));
            case TABLE -> report(renderer.out(), ExplanationWriter.text(e, fetched), false);
            default -> renderer.printRecord(ExplanationWriter.record(e, fetched), format);
        }
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

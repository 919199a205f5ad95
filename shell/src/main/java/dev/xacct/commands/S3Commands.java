package dev.xacct.commands;

import dev.xacct.render.Column;
import dev.xacct.render.OutputFormat;
import dev.xacct.render.Renderer;
import dev.xacct.render.ResultStream;
import dev.xacct.s3.authz.AuthorizationEngine;
import dev.xacct.s3.authz.Diagnosis;
import dev.xacct.s3.authz.S3Operation;
import dev.xacct.s3.evidence.EvidenceReader;
import dev.xacct.s3.evidence.EvidenceWriter;
import dev.xacct.s3.evidence.S3Request;
import dev.xacct.s3.explain.Explanation;
import dev.xacct.s3.explain.MessageExplainer;
import dev.xacct.s3.gather.AwsPerspective;
import dev.xacct.s3.gather.EvidenceGatherer;
import dev.xacct.s3.gather.ObjectOwners;
import dev.xacct.s3.gather.PerspectiveSource;
import dev.xacct.s3.gather.S3Location;
import dev.xacct.s3.report.DiagnosisJsonWriter;
import dev.xacct.s3.report.DiagnosisTextRenderer;
import dev.xacct.shell.InputFiles;
import dev.xacct.shell.ShellIO;
import dev.xacct.shell.UsageError;
import dev.xacct.shell.UserError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code s3 diagnose}, {@code s3 owners}, {@code s3 explain}. */
@Component
public class S3Commands {
    private static final int GATHER_THREADS = 8;
    private static final List<Column> OWNER_COLUMNS = List.of(
            Column.text("owner"),
            Column.text("account"),
            Column.number("objects"),
            Column.number("bytes"),
            Column.text("foreign"));

    private final ObjectProvider<PerspectiveSource> perspectives;
    private final ObjectProvider<ShellIO> io;

    /** ShellIO is looked up when needed: the interactive ShellIO depends on the command registry. */
    public S3Commands(ObjectProvider<PerspectiveSource> perspectives, ObjectProvider<ShellIO> io) {
        this.perspectives = perspectives;
        this.io = io;
    }

    @Command(
            name = "s3 diagnose",
            group = "S3 access",
            description = "Explain why an S3 request is (or would be) denied",
            help = """
                    Usage: s3 diagnose s3://BUCKET/KEY [--operation GetObject] [--owner ROLE_ARN] [--save-evidence FILE] [--format table|json]
                           s3 diagnose --evidence FILE|DIR [--format table|json]
                    Gathers evidence as the current session (and with --owner also as a session in the bucket owner's
                    account), evaluates every layer in the order S3 does, and says what denies the request and how to fix it.
                    With --evidence it diagnoses saved evidence (or scenario files) offline; a folder file by file.""")
    public void diagnose(
            CommandContext context,
            @Argument(index = 0, description = "s3://BUCKET/KEY") String uri,
            @Option(
                            longName = "operation",
                            defaultValue = "GetObject",
                            description = "the S3 API, e.g. GetObject, HeadObject, PutObject")
                    String operation,
            @Option(longName = "owner", description = "a session in the bucket owner's account (a role ARN for now)")
                    String owner,
            @Option(longName = "save-evidence", description = "write the gathered evidence to FILE")
                    String saveEvidence,
            @Option(longName = "evidence", description = "diagnose saved evidence: a file or a folder") String evidence,
            @Option(longName = "format", defaultValue = "table", description = "table or json") OutputFormat format) {
        Renderer renderer = new Renderer(context.outputWriter());
        if (evidence != null) {
            if (uri != null) throw new UsageError("give either s3://BUCKET/KEY or --evidence FILE|DIR, not both");
            if (owner != null || saveEvidence != null)
                throw new UsageError("--owner and --save-evidence need a live s3://BUCKET/KEY");
            offline(renderer, evidence, format);
            return;
        }
        if (operation == null || !operation.matches("[A-Z][A-Za-z0-9]+")) {
            throw new UsageError(
                    "--operation " + operation + ": give an S3 API name such as GetObject, HeadObject or PutObject");
        }
        boolean onObject = S3Operation.of(operation, true).onObject();
        S3Location location = location(uri, onObject);
        S3Request.Builder request = S3Request.builder(operation, location.bucket());
        if (onObject) request.key(location.key());

        PerspectiveSource source = perspectives.getObject();
        AwsPerspective caller = source.current();
        AwsPerspective ownerSession = owner == null ? null : source.owner(owner);
        EvidenceGatherer.Gathered gathered;
        try (EvidenceGatherer gatherer = new EvidenceGatherer(GATHER_THREADS)) {
            gathered = gatherer.gather(request.build(), caller, ownerSession);
        }
        if (saveEvidence != null) {
            try {
                EvidenceWriter.write(gathered.evidence(), Path.of(saveEvidence));
            } catch (IOException e) {
                throw new UserError("cannot write " + saveEvidence + ": " + e.getMessage());
            }
        }
        Diagnosis d = new AuthorizationEngine().diagnose(gathered.evidence());
        String timing = String.format(
                Locale.ROOT,
                "gathered in %.2f s: %d AWS calls as %d perspective%s%s",
                gathered.elapsed().toNanos() / 1e9,
                gathered.calls(),
                gathered.perspectives(),
                gathered.perspectives() == 1 ? "" : "s",
                saveEvidence == null ? "" : "; evidence saved to " + saveEvidence);
        if (format == OutputFormat.JSON) {
            renderer.printJson(DiagnosisJsonWriter.toTree(d));
            PrintWriter err = io.getObject().err();
            if (err != context.outputWriter()) {
                err.println(timing);
                err.flush();
            }
        } else {
            PrintWriter out = context.outputWriter();
            out.print(DiagnosisTextRenderer.render(d));
            out.println();
            out.println(timing);
        }
    }

    private void offline(Renderer renderer, String given, OutputFormat format) {
        List<Path> files = InputFiles.of(given, "--evidence");
        AuthorizationEngine engine = new AuthorizationEngine();
        if (!InputFiles.isFolder(given)) {
            Diagnosis d = diagnose(engine, files.get(0));
            if (format == OutputFormat.JSON) renderer.printJson(DiagnosisJsonWriter.toTree(d));
            else renderer.out().print(DiagnosisTextRenderer.render(d));
            return;
        }
        if (format == OutputFormat.JSON) {
            renderer.printJson(InputFiles.jsonArray(files, file -> DiagnosisJsonWriter.toTree(diagnose(engine, file))));
            return;
        }
        PrintWriter out = renderer.out();
        boolean first = true;
        for (Path file : files) {
            if (!first) out.println();
            first = false;
            out.println("== " + file.getFileName() + " ==");
            try {
                out.print(DiagnosisTextRenderer.render(diagnose(engine, file)));
            } catch (RuntimeException e) {
                out.println("error: " + e.getMessage());
            }
        }
        out.flush();
    }

    private static Diagnosis diagnose(AuthorizationEngine engine, Path file) {
        EvidenceReader.Document doc = EvidenceReader.readDocument(file);
        return engine.diagnose(doc.evidence(), doc.json());
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
        S3Location location = location(uri, false);
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
                    Usage: s3 explain "MESSAGE" [--format table|json]
                    e.g.   s3 explain "An error occurred (403) when calling the HeadObject operation: Forbidden\"""")
    public void explain(
            CommandContext context,
            @Argument(index = 0, description = "the error message, quoted") String message,
            @Option(longName = "format", defaultValue = "table", description = "table or json") OutputFormat format) {
        if (message == null || message.isBlank())
            throw new UsageError("give the message in quotes: s3 explain \"MESSAGE\"");
        Explanation e = MessageExplainer.explain(message);
        Map<String, Object> record = Renderer.record();
        record.put("kind", e.message().kind().name());
        record.put("operation", e.message().operation());
        record.put("httpStatus", e.message().httpStatus());
        record.put("errorCode", e.message().errorCode());
        record.put("principal", e.message().principalArn());
        record.put("action", e.message().action());
        record.put("resource", e.message().resource());
        record.put(
                "policyType",
                e.message().policyType() == null
                        ? null
                        : e.message().policyType().title());
        record.put("meaning", e.meaning());
        record.put("nextSteps", e.nextSteps());
        if (format == OutputFormat.JSON) {
            new Renderer(context.outputWriter()).printJson(record);
            return;
        }
        PrintWriter out = context.outputWriter();
        out.println(e.meaning());
        if (!e.nextSteps().isEmpty()) {
            out.println();
            out.println("Next:");
            e.nextSteps().forEach(s -> out.println("  - " + s));
        }
        out.flush();
    }

    private static S3Location location(String uri, boolean keyRequired) {
        try {
            return S3Location.parse(uri, keyRequired);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
    }
}

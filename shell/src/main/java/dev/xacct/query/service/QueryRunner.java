package dev.xacct.query.service;

import dev.xacct.plugin.Extensions;
import dev.xacct.query.Engine;
import dev.xacct.query.QueryFailedException;
import dev.xacct.query.QueryRequest;
import dev.xacct.query.athena.AthenaEngine;
import dev.xacct.query.athena.AthenaSettings;
import dev.xacct.query.athena.ScanEstimate;
import dev.xacct.query.fanout.FanOut;
import dev.xacct.query.fanout.FanOutListener;
import dev.xacct.query.fanout.FanOutRequest;
import dev.xacct.query.fanout.OrganizationTrail;
import dev.xacct.query.fanout.OrganizationTrailFacts;
import dev.xacct.query.local.LocalResult;
import dev.xacct.render.OutputFormat;
import dev.xacct.render.Renderer;
import dev.xacct.render.ResultStream;
import dev.xacct.session.SessionManager;
import dev.xacct.session.sso.SsoSessionConfig;
import dev.xacct.shell.UsageError;
import dev.xacct.shell.UserError;
import dev.xacct.template.BindResult;
import dev.xacct.template.PartitionScope;
import dev.xacct.template.Template;
import dev.xacct.template.TemplateBinder;
import dev.xacct.template.lint.LintFinding;
import dev.xacct.template.lint.TemplateLinter;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The query service behind {@code query run} and {@code sql}, like the Trino CLI's
 * {@code QueryRunner}: a {@link QueryStatement} in, rows to a {@link ResultDestination} out.
 *
 * <p>In order: pick the engine ({@code --engine}, else {@link QueryEngines#defaultEngine()}),
 * check the template runs there, guard the cost ({@link ScanGuard}: the estimate before), run it
 * once as the current session or in many accounts ({@link FanOut}), write the rows
 * ({@link ResultOutput}), then say what it scanned. Everything said beside the rows goes through
 * {@link QueryFeedback}. Nothing here knows an engine's wire protocol.
 */
@Component
public class QueryRunner {

    private final Extensions extensions;
    private final QueryEngines engines;
    private final ScanGuard scanGuard;
    private final ResultOutput output;
    private final QueryFeedback feedback;
    private final SessionManager sessions;

    public QueryRunner(
            Extensions extensions,
            QueryEngines engines,
            ScanGuard scanGuard,
            ResultOutput output,
            QueryFeedback feedback,
            SessionManager sessions) {
        this.extensions = extensions;
        this.engines = engines;
        this.scanGuard = scanGuard;
        this.output = output;
        this.feedback = feedback;
        this.sessions = sessions;
    }

    /**
     * The statement of a template: {@code PACK/NAME} found, {@code NAME=VALUE} parameters typed
     * and bound, the partitions they select as its scope.
     *
     * @param table the table to query instead of the template's, or null
     * @throws UsageError for a missing reference or a parameter that does not bind
     * @throws UserError  for an unknown template (with the closest names)
     */
    public QueryStatement.Builder bind(String reference, List<String> params, String table) {
        Template template = TemplateReference.resolve(extensions, reference);
        BindResult result = new TemplateBinder().bind(template, params, table);
        if (result instanceof BindResult.Failed failed) {
            throw new UsageError(failed.message());
        }
        BindResult.Bound bound = (BindResult.Bound) result;
        return QueryStatement.builder(bound.sql())
                .template(template)
                .scope(bound.parameters().partitionScope().orElse(PartitionScope.ALL));
    }

    /**
     * Runs the statement and writes its rows. Ctrl-C (an interrupt) while rows stream stops the
     * query in AWS: closing the rows cancels it.
     *
     * @throws QueryFailedException when the engine refuses or fails the query (one line)
     * @throws UserError            for a refused scan, an unusable engine for the template, …
     * @throws UsageError           for options that do not go together
     */
    public void run(QueryStatement statement, ResultDestination to) {
        String engineName = engineFor(statement);
        if (statement.fromTemplate().isEmpty()) {
            // raw SQL gets the lint of templates, as warnings: a mistake that returns nothing is not silent
            for (LintFinding finding : new TemplateLinter().lintStatement(statement.sql())) {
                feedback.notice("warning: " + finding.message() + " (" + finding.hint() + ")");
            }
        }
        Optional<ScanEstimate> estimate = scanGuard.before(statement, engineName, false);
        if (statement.fanOut() != null) {
            fanOut(statement, engineName, to);
            return;
        }
        Engine engine = engines.engine(engineName);
        QueryRequest request = engines.withSource(
                engine,
                QueryRequest.of(statement.sql()).withScope(statement.scope()),
                statement.source(),
                statement.noCache());
        ResultStream rows = engine.execute(request); // a QueryFailedException reads as one line (QueryErrorTranslator)
        try {
            output.write(rows, to);
        } finally {
            scanGuard.after(rows, estimate).ifPresent(feedback::notice);
            if (rows instanceof LocalResult local) {
                local.notices().forEach(feedback::notice); // malformed lines skipped, said after the rows
            }
        }
    }

    /**
     * {@code --dry-run}: the scan estimate as a notice and the bound SQL on {@code out}; runs nothing.
     * With {@code --format json}, one document instead: {@code template}, {@code engine},
     * {@code sql} and {@code scanEstimate} ({@code bytes}, {@code objects}, {@code dayPrefixes},
     * {@code cost}; null when none applies or none can be made).
     */
    public void dryRun(QueryStatement statement, PrintWriter out, OutputFormat format) {
        String engineName = engineFor(statement);
        Optional<ScanEstimate> estimate = scanGuard.before(statement, engineName, true);
        if (format != OutputFormat.JSON) {
            out.println(statement.sql().strip());
            return;
        }
        Map<String, Object> document = Renderer.record();
        document.put("template", statement.fromTemplate().map(Template::id).orElse(null));
        document.put("engine", engineName);
        document.put("sql", statement.sql().strip());
        document.put(
                "scanEstimate",
                estimate.map(e -> {
                            Map<String, Object> scan = Renderer.record();
                            scan.put("bytes", e.bytes());
                            scan.put("objects", e.objects());
                            scan.put("dayPrefixes", e.prefixes());
                            scan.put("cost", e.cost());
                            return scan;
                        })
                        .orElse(null));
        new Renderer(out).printJson(document);
    }

    /**
     * Runs a statement that returns nothing to show (DDL) to its end on {@code engineName}.
     *
     * @throws QueryFailedException when the engine refuses or fails it
     */
    public void execute(String engineName, String sql) {
        try (ResultStream result = engines.engine(engineName).execute(QueryRequest.of(sql))) {
            while (!result.nextPage().isEmpty()) {
                // DDL returns no rows; reading drives it to completion.
            }
        }
    }

    /** The engine the statement runs on; refuses a template that does not run there. */
    private String engineFor(QueryStatement statement) {
        String engineName = statement.engine() == null ? engines.defaultEngine(statement.source()) : statement.engine();
        Optional<Template> template = statement.fromTemplate();
        if (template.isPresent()
                && !template.get().engines().isEmpty()
                && !template.get().engines().contains(engineName)) {
            throw new UserError(template.get().id() + " runs on "
                    + String.join(", ", template.get().engines()) + ", not " + engineName);
        }
        return engineName;
    }

    /** The same query in many accounts' Athena; progress per account as feedback, merged rows to {@code to}. */
    private void fanOut(QueryStatement statement, String engineName, ResultDestination to) {
        QueryStatement.FanOutTargets targets = statement.fanOut();
        if (targets.roleName() != null && targets.ssoRole() != null) {
            throw new UsageError("give --role-name (AssumeRole) or --sso-role (IAM Identity Center), not both");
        }
        String role = targets.roleName() != null ? targets.roleName() : targets.ssoRole();
        if (targets.accounts() == null || role == null) {
            throw new UsageError("a fan-out needs both --accounts ID,ID|org and --role-name ROLE (or --sso-role ROLE)");
        }
        Optional<SsoSessionConfig> sso = targets.ssoRole() == null
                ? Optional.empty()
                : Optional.of(sessions.ssoSessions()
                        .select(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        if (!AthenaEngine.NAME.equals(engineName)) {
            throw new UsageError(
                    "--accounts runs the query in each account's Athena; it does not apply to --engine " + engineName);
        }
        AthenaSettings settings = engines.athenaConfig().settings();
        FanOutRequest request = new FanOutRequest(
                FanOutRequest.Targets.parse(targets.accounts()),
                role,
                statement.sql(),
                settings,
                targets.concurrency(),
                sso);
        boolean wholeOrganization = request.targets() instanceof FanOutRequest.Targets.Organization;
        String table = statement.fromTemplate().map(Template::table).orElse("cloudtrail");
        FanOutListener progress = feedback.fanOutProgress(
                role + (sso.isPresent() ? " (IAM Identity Center)" : ""),
                ids -> OrganizationTrail.advise(new OrganizationTrailFacts(sessions.clients())
                        .gather(sessions.current(), settings, table, ids, wholeOrganization)));
        output.write(new FanOut(sessions).run(request, progress), to);
    }
}

package dev.xacct.query.service;

import dev.xacct.query.athena.AthenaConfig;
import dev.xacct.query.athena.AthenaEngine;
import dev.xacct.query.athena.AthenaResults;
import dev.xacct.query.athena.ByteSize;
import dev.xacct.query.athena.CostGuard;
import dev.xacct.query.athena.S3ScanEstimator;
import dev.xacct.query.athena.ScanEstimate;
import dev.xacct.render.ResultStream;
import dev.xacct.session.SessionManager;
import dev.xacct.shell.UsageError;
import dev.xacct.shell.UserError;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The cost guard around a query that costs money (a template over Athena's CloudTrail table):
 * before it runs, what it will scan, from the S3 prefixes its partitions select, refused above
 * the limit unless {@code --yes}; after it ran, what it scanned and cost. Engines that cost
 * nothing pass through untouched.
 */
@Component
public class ScanGuard {

    private final QueryEngines engines;
    private final SessionManager sessions;
    private final QueryFeedback feedback;

    public ScanGuard(QueryEngines engines, SessionManager sessions, QueryFeedback feedback) {
        this.engines = engines;
        this.sessions = sessions;
        this.feedback = feedback;
    }

    /**
     * The estimate (also shown as a notice), or empty when none applies or none can be made.
     *
     * @param engineName the engine the statement will run on
     * @param dryRun     a dry run shows the estimate but is never refused
     * @throws UserError  when the estimate is above the limit and there is no {@code --yes}
     * @throws UsageError when {@code --max-scan} is not a size
     */
    public Optional<ScanEstimate> before(QueryStatement statement, String engineName, boolean dryRun) {
        if (!AthenaEngine.NAME.equals(engineName)
                || statement
                        .fromTemplate()
                        .filter(t -> "cloudtrail".equals(t.table()))
                        .isEmpty()) {
            return Optional.empty();
        }
        AthenaConfig config = engines.athenaConfig();
        long limit = statement.maxScan() == null ? config.settings().maxScanBytes() : parseSize(statement.maxScan());
        if (config.cloudtrail().isEmpty() || statement.scope().from() == null) {
            feedback.notice(
                    "scan estimate: unknown (tell xacct where the logs are: athena config --cloudtrail s3://BUCKET/PREFIX/AWSLogs/[o-ORG/])");
            return Optional.empty();
        }
        ScanEstimate estimate = new S3ScanEstimator(sessions.clients().s3(sessions.current()))
                .estimate(config.cloudtrail().get(), statement.scope());
        AthenaEngine athena = engines.athena();
        CostGuard.Decision decision = CostGuard.check(
                estimate,
                limit,
                statement.yes(),
                athena.queries().bytesScannedCutoff(athena.settings().workgroup()));
        if (decision instanceof CostGuard.Decision.Refused refused && !dryRun) {
            throw new UserError(refused.message());
        }
        feedback.notice(decision.message());
        return Optional.of(estimate);
    }

    /** After the rows were read: what the query scanned and cost (next to the estimate), for engines that bill. */
    public Optional<String> after(ResultStream rows, Optional<ScanEstimate> estimate) {
        return rows instanceof AthenaResults athena
                ? Optional.of(CostGuard.afterRun(athena.outcome(), estimate.orElse(null)))
                : Optional.empty();
    }

    private static long parseSize(String text) {
        try {
            return ByteSize.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--max-scan " + text + ": " + e.getMessage());
        }
    }
}

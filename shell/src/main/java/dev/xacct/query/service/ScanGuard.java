package dev.xacct.query.service;

import dev.xacct.query.athena.AthenaConfig;
import dev.xacct.query.athena.AthenaQueryEngine;
import dev.xacct.query.athena.ByteSize;
import dev.xacct.query.athena.CostGuard;
import dev.xacct.query.athena.S3ScanEstimator;
import dev.xacct.query.athena.ScanEstimate;
import dev.xacct.session.SessionManager;
import dev.xacct.shell.UsageError;
import dev.xacct.shell.UserError;
import dev.xacct.template.PartitionScope;
import dev.xacct.template.Template;
import java.io.PrintWriter;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Before a template runs on Athena's CloudTrail table: what it will scan, from the S3 prefixes its
 * partitions select, said on stderr, and refused above the limit unless {@code --yes}.
 */
@Component
public class ScanGuard {

    private final QueryEngines engines;
    private final SessionManager sessions;

    public ScanGuard(QueryEngines engines, SessionManager sessions) {
        this.engines = engines;
        this.sessions = sessions;
    }

    /** The estimate, or empty when none can be made; throws when the scan is refused (not for a dry run). */
    public Optional<ScanEstimate> check(
            Template template, PartitionScope scope, String maxScan, boolean yes, boolean dryRun, PrintWriter err) {
        if (!"cloudtrail".equals(template.table())) {
            return Optional.empty();
        }
        AthenaConfig config = engines.athenaConfig();
        long limit = maxScan == null ? config.settings().maxScanBytes() : parseSize(maxScan);
        if (config.cloudtrail().isEmpty() || scope.from() == null) {
            err.println(
                    "scan estimate: unknown (tell xacct where the logs are: athena config --cloudtrail s3://BUCKET/PREFIX/AWSLogs/[o-ORG/])");
            return Optional.empty();
        }
        ScanEstimate estimate = new S3ScanEstimator(sessions.clients().s3(sessions.current()))
                .estimate(config.cloudtrail().get(), scope);
        AthenaQueryEngine athena = engines.athena();
        CostGuard.Decision decision = CostGuard.check(
                estimate,
                limit,
                yes,
                athena.engine().bytesScannedCutoff(athena.settings().workgroup()));
        if (decision instanceof CostGuard.Decision.Refused refused && !dryRun) {
            throw new UserError(refused.message());
        }
        err.println(decision.message());
        err.flush();
        return Optional.of(estimate);
    }

    private static long parseSize(String text) {
        try {
            return ByteSize.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--max-scan " + text + ": " + e.getMessage());
        }
    }
}

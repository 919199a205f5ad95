package dev.xacct.query.service;

import dev.xacct.plugin.Extensions;
import dev.xacct.plugin.TableLocations;
import dev.xacct.plugin.api.KeyLayout;
import dev.xacct.plugin.api.TableKind;
import dev.xacct.plugin.api.TableLocation;
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
import dev.xacct.template.PartitionScope;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The cost guard around a query that costs money (a template over an Athena table of a log kind):
 * before it runs, what it will scan, from the S3 prefixes its partitions select (CloudTrail's
 * layout, or the layout of the kind {@code table create} made the table of), refused above the
 * limit unless {@code --yes}; after it ran, what it scanned and cost. Engines that cost nothing
 * pass through untouched.
 */
@Component
public class ScanGuard {

    private final QueryEngines engines;
    private final SessionManager sessions;
    private final QueryFeedback feedback;
    private final Extensions extensions;

    public ScanGuard(QueryEngines engines, SessionManager sessions, QueryFeedback feedback, Extensions extensions) {
        this.engines = engines;
        this.sessions = sessions;
        this.feedback = feedback;
        this.extensions = extensions;
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
        Optional<String> table = statement.fromTemplate().map(t -> t.table());
        if (!AthenaEngine.NAME.equals(engineName) || table.isEmpty()) {
            return Optional.empty();
        }
        AthenaConfig config = engines.athenaConfig();
        long limit = statement.maxScan() == null ? config.settings().maxScanBytes() : parseSize(statement.maxScan());
        ScanEstimate estimate;
        if ("cloudtrail".equals(table.get())) {
            if (config.cloudtrail().isEmpty() || statement.scope().from() == null) {
                feedback.notice(
                        "scan estimate: unknown (tell xacct where the logs are: athena config --cloudtrail s3://BUCKET/PREFIX/AWSLogs/[o-ORG/])");
                return Optional.empty();
            }
            estimate = new S3ScanEstimator(sessions.clients().s3(sessions.current()))
                    .estimate(config.cloudtrail().get(), statement.scope());
        } else {
            Optional<ScanEstimate> kindEstimate = kindEstimate(table.get(), statement.scope());
            if (kindEstimate.isEmpty()) {
                return Optional.empty();
            }
            estimate = kindEstimate.get();
        }
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

    /**
     * The size of the day prefixes the scope selects in the layout of the table's kind; for a
     * layout Athena cannot prune (S3's simple access-log layout) the whole prefix. Empty, after
     * saying why, when xacct does not know where the table's logs are.
     */
    private Optional<ScanEstimate> kindEstimate(String table, PartitionScope scope) {
        Optional<TableLocations.Entry> entry = AthenaTables.locations().get(table);
        Optional<TableKind> kind = entry.flatMap(e -> extensions.tableKind(e.kind()));
        Optional<KeyLayout> layout = kind.flatMap(k -> k.layouts().stream()
                .filter(l -> l.name().equals(entry.get().location().layout()))
                .findFirst());
        if (layout.isEmpty() || scope.from() == null || scope.to() == null) {
            feedback.notice("scan estimate: unknown (xacct knows where the logs of " + table
                    + " are once 'table create KIND' made it)");
            return Optional.empty();
        }
        TableLocation location = entry.get().location();
        S3ScanEstimator s3 = new S3ScanEstimator(sessions.clients().s3(sessions.current()));
        List<String> prefixes = layout.get()
                .scanPrefixes(
                        location.prefix(),
                        scope.from(),
                        scope.to(),
                        Map.of("account", scope.accounts(), "region", scope.regions()),
                        prefix -> s3.folders(location.bucket(), prefix));
        return Optional.of(s3.estimate(location.bucket(), prefixes));
    }

    private static long parseSize(String text) {
        try {
            return ByteSize.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--max-scan " + text + ": " + e.getMessage());
        }
    }
}

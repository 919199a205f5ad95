package dev.xacct.commands;

import dev.xacct.XacctHome;
import dev.xacct.plugin.Extensions;
import dev.xacct.plugin.TableLocations;
import dev.xacct.plugin.api.KeyLayout;
import dev.xacct.plugin.api.TableKind;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Before a template runs on Athena: what it will scan, from the S3 prefixes its partitions select
 * (CloudTrail's layout, or the layout of the kind {@code table create} made the table of), said on
 * stderr, and refused above the limit unless {@code --yes}.
 */
@Component
class ScanGuard {

    private final QueryEngines engines;
    private final SessionManager sessions;
    private final Extensions extensions;

    ScanGuard(QueryEngines engines, SessionManager sessions, Extensions extensions) {
        this.engines = engines;
        this.sessions = sessions;
        this.extensions = extensions;
    }

    /** The estimate, or empty when none can be made; throws when the scan is refused (not for a dry run). */
    Optional<ScanEstimate> check(
            Template template, PartitionScope scope, String maxScan, boolean yes, boolean dryRun, PrintWriter err) {
        if (template.table() == null) {
            return Optional.empty();
        }
        AthenaConfig config = engines.athenaConfig();
        long limit = maxScan == null ? config.settings().maxScanBytes() : parseSize(maxScan);
        ScanEstimate estimate;
        if ("cloudtrail".equals(template.table())) {
            if (config.cloudtrail().isEmpty() || scope.from() == null) {
                err.println(
                        "scan estimate: unknown (tell xacct where the logs are: athena config --cloudtrail s3://BUCKET/PREFIX/AWSLogs/[o-ORG/])");
                return Optional.empty();
            }
            estimate = new S3ScanEstimator(sessions.clients().s3(sessions.current()))
                    .estimate(config.cloudtrail().get(), scope);
        } else {
            Optional<ScanEstimate> kindEstimate = kindEstimate(template.table(), scope, err);
            if (kindEstimate.isEmpty()) {
                return Optional.empty();
            }
            estimate = kindEstimate.get();
        }
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

    /**
     * The size of the day prefixes the scope selects in the layout of the table's kind; for a
     * layout Athena cannot prune (S3's simple access-log layout) the whole prefix. Empty, after
     * saying why, when xacct does not know where the table's logs are.
     */
    private Optional<ScanEstimate> kindEstimate(String table, PartitionScope scope, PrintWriter err) {
        Optional<TableLocations.Entry> entry =
                new TableLocations(XacctHome.path().resolve("tables.properties")).get(table);
        Optional<TableKind> kind = entry.flatMap(e -> extensions.tableKind(e.kind()));
        Optional<KeyLayout> layout = kind.flatMap(k -> k.layouts().stream()
                .filter(l -> l.name().equals(entry.get().location().layout()))
                .findFirst());
        if (layout.isEmpty() || scope.from() == null || scope.to() == null) {
            err.println(
                    "scan estimate: unknown (xacct knows where a table's logs are once 'table create KIND' made it)");
            return Optional.empty();
        }
        var location = entry.get().location();
        S3ScanEstimator s3 = new S3ScanEstimator(sessions.clients().s3(sessions.current()));
        List<String> prefixes = layout.get().isFolder()
                ? layout.get()
                        .dayPrefixes(
                                location.prefix(),
                                scope.from(),
                                scope.to(),
                                Map.of("account", scope.accounts(), "region", scope.regions()),
                                prefix -> s3.folders(location.bucket(), prefix))
                : List.of(location.prefix());
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

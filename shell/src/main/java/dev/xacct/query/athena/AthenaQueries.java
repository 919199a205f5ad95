package dev.xacct.query.athena;

import dev.xacct.query.QueryFailedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.BatchGetQueryExecutionResponse;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.StartQueryExecutionRequest;
import software.amazon.awssdk.services.athena.model.WorkGroupConfiguration;

/**
 * Runs SQL (queries and DDL alike) on Athena as whichever identity the given client holds, and
 * answers {@code query status|cancel|history}. The client comes from the session; nothing here
 * reads the environment.
 */
public final class AthenaQueries {

    private static final int BATCH_GET_LIMIT = 50;

    private final AthenaClient athena;
    private final Backoff backoff;
    private final int pageSize;

    public AthenaQueries(AthenaClient athena) {
        this(athena, Backoff.DEFAULT, 1000);
    }

    /** @param pageSize rows per GetQueryResults call, at most 1000 */
    public AthenaQueries(AthenaClient athena, Backoff backoff, int pageSize) {
        this.athena = athena;
        this.backoff = backoff;
        this.pageSize = pageSize;
    }

    /**
     * Runs {@code sql} to its end and returns its rows, streamed. The listener sees the query start,
     * every poll and the outcome. Ctrl-C while it runs stops it: the result is then an empty stream
     * whose {@link AthenaResults#outcome()} is {@link QueryOutcome.Cancelled}.
     *
     * @throws QueryFailedException when Athena refuses or fails the query (its reason, plus a hint)
     */
    public AthenaResults run(String sql, AthenaSettings settings, QueryListener listener) {
        AthenaExecution execution = start(sql, settings);
        listener.started(execution.queryId());
        QueryOutcome outcome = execution.await(listener);
        if (outcome instanceof QueryOutcome.Failed failed) {
            throw new QueryFailedException(failed.describe());
        }
        return execution.results();
    }

    /** StartQueryExecution only; for callers that follow the query themselves. */
    public AthenaExecution start(String sql, AthenaSettings settings) {
        StartQueryExecutionRequest.Builder request = StartQueryExecutionRequest.builder()
                .queryString(sql)
                .workGroup(settings.workgroup())
                .queryExecutionContext(c -> c.database(settings.database()).catalog(settings.catalog()));
        settings.outputLocation().ifPresent(location -> request.resultConfiguration(r -> r.outputLocation(location)));
        try {
            String id = athena.startQueryExecution(request.build()).queryExecutionId();
            return new AthenaExecution(athena, id, backoff, pageSize);
        } catch (SdkException e) {
            throw new QueryFailedException(
                    "Athena did not start the query: " + FailureHints.describe(AthenaErrors.message(e)), e);
        }
    }

    /** {@code query status ID}. */
    public QueryInfo status(String queryId) {
        try {
            return infoOf(
                    athena.getQueryExecution(b -> b.queryExecutionId(queryId)).queryExecution());
        } catch (SdkException e) {
            throw new QueryFailedException("no status for query " + queryId + ": " + AthenaErrors.message(e), e);
        }
    }

    /** {@code query cancel ID}: stops it if it still runs, and says where it ended. */
    public QueryInfo cancel(String queryId) {
        QueryInfo before = status(queryId);
        if (before.state().isTerminal()) {
            return before;
        }
        AthenaExecution.stop(athena, queryId);
        return status(queryId);
    }

    /** {@code query history}: the workgroup's most recent queries, newest first. */
    public List<QueryInfo> history(String workgroup, int limit) {
        try {
            List<String> ids = new ArrayList<>();
            String token = null;
            do {
                String page = token;
                var response = athena.listQueryExecutions(b -> b.workGroup(workgroup)
                        .nextToken(page)
                        .maxResults(Math.min(50, Math.max(1, limit - ids.size()))));
                ids.addAll(response.queryExecutionIds());
                token = response.nextToken();
            } while (token != null && ids.size() < limit);
            List<String> wanted = ids.subList(0, Math.min(limit, ids.size()));
            List<QueryInfo> infos = new ArrayList<>(wanted.size());
            for (int i = 0; i < wanted.size(); i += BATCH_GET_LIMIT) {
                List<String> batch = wanted.subList(i, Math.min(wanted.size(), i + BATCH_GET_LIMIT));
                BatchGetQueryExecutionResponse response =
                        athena.batchGetQueryExecution(b -> b.queryExecutionIds(batch));
                response.queryExecutions().forEach(e -> infos.add(infoOf(e)));
            }
            // ListQueryExecutions is newest first already; keep that order whatever BatchGet returns
            infos.sort(java.util.Comparator.comparingInt(info -> wanted.indexOf(info.queryId())));
            return infos;
        } catch (SdkException e) {
            throw new QueryFailedException(
                    "could not read the query history of workgroup " + workgroup + ": "
                            + FailureHints.describe(AthenaErrors.message(e)),
                    e);
        }
    }

    /** The workgroup's per-query data limit (BytesScannedCutoffPerQuery), when one is set. */
    public OptionalLong bytesScannedCutoff(String workgroup) {
        try {
            WorkGroupConfiguration configuration =
                    athena.getWorkGroup(b -> b.workGroup(workgroup)).workGroup().configuration();
            Long cutoff = configuration == null ? null : configuration.bytesScannedCutoffPerQuery();
            return cutoff == null || cutoff <= 0 ? OptionalLong.empty() : OptionalLong.of(cutoff);
        } catch (SdkException e) {
            throw new QueryFailedException("could not read workgroup " + workgroup + ": " + AthenaErrors.message(e), e);
        }
    }

    private static QueryInfo infoOf(QueryExecution e) {
        var status = e.status();
        QueryState state = QueryState.of(status == null ? null : status.state());
        String reason = status == null ? null : status.stateChangeReason();
        return new QueryInfo(
                e.queryExecutionId(),
                state,
                e.statementTypeAsString(),
                e.query(),
                e.workGroup(),
                Optional.ofNullable(status == null ? null : status.submissionDateTime()),
                AthenaExecution.statisticsOf(e, null).elapsed(),
                e.statistics() == null || e.statistics().dataScannedInBytes() == null
                        ? 0
                        : e.statistics().dataScannedInBytes(),
                Optional.ofNullable(state == QueryState.FAILED || state == QueryState.CANCELLED ? reason : null)
                        .filter(r -> !r.isBlank()));
    }
}

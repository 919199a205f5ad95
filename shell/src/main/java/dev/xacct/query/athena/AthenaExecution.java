package dev.xacct.query.athena;

import dev.xacct.query.QueryFailedException;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionStatistics;
import software.amazon.awssdk.services.athena.model.QueryExecutionStatus;

/**
 * One started query: polls it to a final state and stops it when asked. An interrupt of the
 * polling thread (the shell's Ctrl-C) is taken as "cancel": StopQueryExecution is called and the
 * outcome is {@link QueryOutcome.Cancelled}; the interrupt is consumed by that.
 */
public final class AthenaExecution implements AutoCloseable {

    private final AthenaClient athena;
    private final String queryId;
    private final Backoff backoff;
    private final int pageSize;
    private final Instant started = Instant.now();
    private volatile QueryState state = QueryState.QUEUED;
    private volatile QueryOutcome outcome;

    AthenaExecution(AthenaClient athena, String queryId, Backoff backoff, int pageSize) {
        this.athena = athena;
        this.queryId = queryId;
        this.backoff = backoff;
        this.pageSize = pageSize;
    }

    public String queryId() {
        return queryId;
    }

    public QueryState state() {
        return state;
    }

    /** Polls until the query ends, reporting each poll; Ctrl-C (an interrupt) cancels it. */
    public QueryOutcome await(QueryListener listener) {
        for (int attempt = 0; outcome == null; attempt++) {
            QueryExecution execution;
            try {
                execution = athena.getQueryExecution(b -> b.queryExecutionId(queryId))
                        .queryExecution();
            } catch (SdkException e) {
                if (AthenaErrors.isInterrupt(e)) {
                    return cancelled(listener);
                }
                throw new QueryFailedException(
                        "following query " + queryId + ": " + FailureHints.describe(AthenaErrors.message(e)), e);
            }
            QueryProgress progress = progressOf(execution);
            state = progress.state();
            listener.progress(progress);
            if (state.isTerminal()) {
                outcome = outcomeOf(execution, progress);
                listener.finished(outcome);
                return outcome;
            }
            try {
                Thread.sleep(backoff.delay(attempt).toMillis());
            } catch (InterruptedException e) {
                return cancelled(listener);
            }
        }
        return outcome;
    }

    /** The rows of a query that succeeded; closing them stops the query if it has somehow not ended. */
    public AthenaResults results() {
        if (outcome instanceof QueryOutcome.Succeeded succeeded) {
            return AthenaResults.of(athena, succeeded, pageSize, this::close);
        }
        if (outcome instanceof QueryOutcome.Cancelled cancelled) {
            return AthenaResults.cancelled(cancelled);
        }
        throw new IllegalStateException(
                "query " + queryId + " has no results: " + (outcome == null ? state : outcome.describe()));
    }

    /** StopQueryExecution unless the query has already ended. */
    public void cancel() {
        if (!state.isTerminal()) {
            stop(athena, queryId);
            state = QueryState.CANCELLED;
        }
    }

    /** Cancels the query if it still runs (quitting the pager, leaving a command early). */
    @Override
    public void close() {
        cancel();
    }

    private QueryOutcome cancelled(QueryListener listener) {
        // The interrupt asked for this; clear it so the Stop call itself is not aborted too.
        Thread.interrupted();
        cancel();
        QueryStatistics statistics = new QueryStatistics(Duration.between(started, Instant.now()), 0);
        try {
            QueryExecution last =
                    athena.getQueryExecution(b -> b.queryExecutionId(queryId)).queryExecution();
            statistics = progressOf(last).statistics();
        } catch (SdkException bestEffort) {
            // the figures are a courtesy; the query is stopped either way
        }
        outcome = new QueryOutcome.Cancelled(queryId, statistics);
        listener.finished(outcome);
        return outcome;
    }

    static void stop(AthenaClient athena, String queryId) {
        try {
            athena.stopQueryExecution(b -> b.queryExecutionId(queryId));
        } catch (SdkException e) {
            throw new QueryFailedException("could not stop query " + queryId + ": " + AthenaErrors.message(e), e);
        }
    }

    private QueryProgress progressOf(QueryExecution execution) {
        return new QueryProgress(
                queryId,
                QueryState.of(
                        execution.status() == null ? null : execution.status().state()),
                statisticsOf(execution, started));
    }

    static QueryStatistics statisticsOf(QueryExecution execution, Instant fallbackStart) {
        QueryExecutionStatistics s = execution.statistics();
        QueryExecutionStatus status = execution.status();
        long bytes = s == null || s.dataScannedInBytes() == null ? 0 : s.dataScannedInBytes();
        Duration elapsed;
        if (status != null
                && status.submissionDateTime() != null
                && status.completionDateTime() != null
                && QueryState.of(status.state()).isTerminal()) {
            elapsed = Duration.between(status.submissionDateTime(), status.completionDateTime());
        } else if (s != null && s.totalExecutionTimeInMillis() != null && s.totalExecutionTimeInMillis() > 0) {
            elapsed = Duration.ofMillis(s.totalExecutionTimeInMillis());
        } else if (fallbackStart != null) {
            elapsed = Duration.between(fallbackStart, Instant.now());
        } else if (status != null && status.submissionDateTime() != null) {
            elapsed = Duration.between(status.submissionDateTime(), Instant.now());
        } else {
            elapsed = Duration.ZERO;
        }
        return new QueryStatistics(elapsed.isNegative() ? Duration.ZERO : elapsed, bytes);
    }

    private QueryOutcome outcomeOf(QueryExecution execution, QueryProgress progress) {
        String reason = execution.status().stateChangeReason();
        if (execution.status().athenaError() != null
                && execution.status().athenaError().errorMessage() != null
                && (reason == null || reason.isBlank())) {
            reason = execution.status().athenaError().errorMessage();
        }
        return switch (progress.state()) {
            case SUCCEEDED ->
                new QueryOutcome.Succeeded(
                        queryId,
                        execution.statementTypeAsString() == null ? "DML" : execution.statementTypeAsString(),
                        progress.statistics());
            // Athena cancels a query that passes the workgroup's data limit: that is a failure, not the user's cancel
            case CANCELLED ->
                reason != null && FailureHints.forReason(reason).isPresent()
                        ? QueryOutcome.Failed.of(queryId, reason, progress.statistics())
                        : new QueryOutcome.Cancelled(queryId, progress.statistics());
            default -> QueryOutcome.Failed.of(queryId, reason, progress.statistics());
        };
    }
}

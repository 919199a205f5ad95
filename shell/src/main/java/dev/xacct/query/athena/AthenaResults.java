package dev.xacct.query.athena;

import dev.xacct.query.QueryFailedException;
import dev.xacct.render.Column;
import dev.xacct.render.ResultStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.ColumnInfo;
import software.amazon.awssdk.services.athena.model.Datum;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.athena.model.Row;

/**
 * The rows of a finished query, read with GetQueryResults page by page. While the caller reads
 * one page the next is already being fetched on a background thread: one page of read-ahead, so
 * memory stays at two pages whatever the result's size.
 *
 * <p>For a SELECT Athena repeats the column labels as the first row of the first page; that row
 * is dropped. A stream for a cancelled query has no columns and no rows.
 */
public final class AthenaResults implements ResultStream {

    private record Fetched(List<Column> columns, List<List<Object>> rows, String nextToken) {}

    private final AthenaClient athena;
    private final QueryOutcome outcome;
    private final boolean skipHeaderRow;
    private final int pageSize;
    private final Runnable onClose;

    private ExecutorService fetcher;
    private List<Column> columns;
    private List<List<Object>> firstPage;
    private Future<Fetched> next;
    private boolean closed;

    private AthenaResults(
            AthenaClient athena, QueryOutcome outcome, boolean skipHeaderRow, int pageSize, Runnable onClose) {
        this.athena = athena;
        this.outcome = outcome;
        this.skipHeaderRow = skipHeaderRow;
        this.pageSize = Math.max(1, Math.min(pageSize, 1000));
        this.onClose = onClose;
    }

    static AthenaResults of(AthenaClient athena, QueryOutcome.Succeeded outcome, int pageSize, Runnable onClose) {
        return new AthenaResults(athena, outcome, "DML".equalsIgnoreCase(outcome.statementType()), pageSize, onClose);
    }

    static AthenaResults cancelled(QueryOutcome.Cancelled outcome) {
        AthenaResults results = new AthenaResults(null, outcome, false, 1, () -> {});
        results.columns = List.of();
        results.firstPage = List.of();
        return results;
    }

    public String queryId() {
        return outcome.queryId();
    }

    /** How the query ended: {@link QueryOutcome.Succeeded} (with what it scanned) or {@link QueryOutcome.Cancelled}. */
    public QueryOutcome outcome() {
        return outcome;
    }

    @Override
    public synchronized List<Column> columns() {
        readFirstPage();
        return columns;
    }

    @Override
    public synchronized List<List<Object>> nextPage() {
        readFirstPage();
        if (firstPage != null) {
            List<List<Object>> page = firstPage;
            firstPage = null;
            if (!page.isEmpty()) {
                return page;
            }
        }
        while (!closed && next != null) {
            Fetched fetched = await(next);
            if (fetched == null) {
                return List.of();
            }
            next = fetched.nextToken() == null ? null : prefetch(fetched.nextToken());
            if (!fetched.rows().isEmpty()) {
                return fetched.rows();
            }
        }
        stopFetcher();
        return List.of();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (next != null) {
            next.cancel(true);
            next = null;
        }
        stopFetcher();
        onClose.run();
    }

    private void readFirstPage() {
        if (columns != null) {
            return;
        }
        if (closed) {
            columns = List.of();
            firstPage = List.of();
            return;
        }
        Fetched first = fetch(null, skipHeaderRow);
        columns = first.columns();
        firstPage = first.rows();
        next = first.nextToken() == null ? null : prefetch(first.nextToken());
    }

    private Future<Fetched> prefetch(String token) {
        if (fetcher == null) {
            fetcher = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "athena-results-" + outcome.queryId());
                t.setDaemon(true);
                return t;
            });
        }
        return fetcher.submit(() -> fetch(token, false));
    }

    private Fetched await(Future<Fetched> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            // Ctrl-C while waiting for a page: stop reading, let the caller see the interrupt
            close();
            Thread.currentThread().interrupt();
            return null;
        } catch (CancellationException e) {
            return null;
        } catch (ExecutionException e) {
            close();
            Throwable cause = e.getCause();
            if (cause instanceof QueryFailedException failed) {
                throw failed;
            }
            throw new QueryFailedException(
                    "reading the results of query " + queryId() + ": " + cause.getMessage(), cause);
        }
    }

    private Fetched fetch(String token, boolean dropHeader) {
        GetQueryResultsResponse response;
        try {
            response = athena.getQueryResults(
                    b -> b.queryExecutionId(queryId()).nextToken(token).maxResults(pageSize));
        } catch (SdkException e) {
            throw new QueryFailedException(
                    "reading the results of query " + queryId() + ": " + FailureHints.describe(AthenaErrors.message(e)),
                    e);
        }
        List<ColumnInfo> info = response.resultSet().resultSetMetadata() == null
                ? List.of()
                : response.resultSet().resultSetMetadata().columnInfo();
        List<Column> cols =
                info.stream().map(c -> new Column(c.name(), c.type())).toList();
        List<Row> rows = response.resultSet().rows();
        List<List<Object>> page = new ArrayList<>(rows.size());
        for (int r = dropHeader && !rows.isEmpty() ? 1 : 0; r < rows.size(); r++) {
            List<Datum> data = rows.get(r).data();
            List<Object> row = new ArrayList<>(Math.max(cols.size(), data.size()));
            for (int c = 0; c < data.size(); c++) {
                String type = c < info.size() ? info.get(c).type() : "varchar";
                row.add(AthenaValues.convert(type, data.get(c).varCharValue()));
            }
            page.add(row);
        }
        String nextToken = response.nextToken() == null || response.nextToken().isEmpty() ? null : response.nextToken();
        return new Fetched(cols, page, nextToken);
    }

    private void stopFetcher() {
        if (fetcher != null) {
            fetcher.shutdownNow();
            fetcher = null;
        }
    }
}

package dev.xacct.query.fanout;

import dev.xacct.query.athena.Backoff;
import dev.xacct.render.Column;
import dev.xacct.render.ResultStream;
import dev.xacct.session.Session;
import dev.xacct.session.SessionManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The merged rows of one fan-out. An {@link AccountWorker} per account (at most
 * {@code concurrency} of them assuming a role at once) hands its pages, its failure row and its
 * end mark to one JDK {@link BlockingQueue}; the reader takes them in the order they come. At
 * most {@code concurrency} pages wait at once (a worker with a page waits for a permit of
 * {@code pageRoom}), so memory stays bounded whatever the result's size; failure rows and end
 * marks need no permit, so a reader waiting for the columns never deadlocks with workers waiting
 * for room.
 *
 * <p>The columns are decided the first time they are asked for, once at least one account has
 * succeeded (or every account has ended): the union of the columns of the accounts that have
 * succeeded by then. An account that answers later with a column not in that set gets one extra
 * row naming the columns not shown.
 */
final class FanOutStream implements ResultStream, AccountWorker.Outbox {

    private sealed interface Item {}

    private record Page(String account, List<Column> columns, List<List<Object>> rows) implements Item {}

    private record Failure(String account, String reason) implements Item {}

    private record End(String account) implements Item {}

    /** Put by {@link #close()} to wake a reader waiting in {@code take()}. */
    private record Closed() implements Item {}

    private static final int MAX_WORKERS = 64;

    private final List<String> accounts;
    private final FanOutListener listener;
    private final List<AccountWorker> workers;
    private final ExecutorService pool;

    private final BlockingQueue<Item> items = new LinkedBlockingQueue<>();
    private final Semaphore pageRoom;
    /** Opens when the first account has answered, every account has ended, or the stream closed. */
    private final CountDownLatch columnsKnown = new CountDownLatch(1);

    private final Map<String, List<Column>> answered = new LinkedHashMap<>(); // guarded by itself
    private final AtomicInteger ended = new AtomicInteger();
    private final Map<String, AccountState> states = new HashMap<>(); // guarded by itself
    private volatile boolean closed;

    // reader side (one reading thread)
    private MergedColumns merged;
    private int endsSeen;
    private final Map<String, int[]> positions = new HashMap<>();

    FanOutStream(
            SessionManager sessions,
            Session parent,
            FanOutRequest request,
            List<String> accounts,
            FanOutListener listener,
            Backoff backoff,
            int pageSize) {
        this.accounts = List.copyOf(accounts);
        this.listener = listener;
        this.pageRoom = new Semaphore(Math.max(2, request.concurrency()));
        Semaphore assuming = new Semaphore(request.concurrency());
        this.workers = this.accounts.stream()
                .map(a -> new AccountWorker(a, sessions, parent, request, assuming, backoff, pageSize, this))
                .toList();
        AtomicInteger counter = new AtomicInteger();
        // One worker per account (up to 64): the queries run in each account's own Athena, so
        // they wait side by side; only the caller's STS work is bounded, by the semaphore.
        this.pool = Executors.newFixedThreadPool(Math.min(MAX_WORKERS, Math.max(1, accounts.size())), r -> {
            Thread t = new Thread(r, "xacct-fanout-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        if (this.accounts.isEmpty()) {
            columnsKnown.countDown();
        }
    }

    void start() {
        for (String account : accounts) {
            report(account, new AccountState.Queued());
        }
        workers.forEach(pool::execute);
        pool.shutdown(); // no more tasks; running ones go on
    }

    // ---- the reader's side -------------------------------------------------------------------

    @Override
    public List<Column> columns() {
        if (merged == null) {
            try {
                columnsKnown.await();
            } catch (InterruptedException e) {
                merged = MergedColumns.union(answeredSoFar());
                close();
                Thread.currentThread().interrupt();
                return merged.all();
            }
            merged = MergedColumns.union(answeredSoFar());
        }
        return merged.all();
    }

    @Override
    public List<List<Object>> nextPage() {
        columns();
        while (!closed && endsSeen < accounts.size()) {
            Item item;
            try {
                item = items.take();
            } catch (InterruptedException e) {
                close();
                Thread.currentThread().interrupt();
                return List.of();
            }
            if (item instanceof Closed) {
                return List.of();
            }
            if (item instanceof End) {
                endsSeen++;
            } else if (item instanceof Failure failure) {
                return List.of(merged.errorRow(failure.account(), failure.reason()));
            } else if (item instanceof Page page) {
                pageRoom.release();
                return rowsOf(page);
            }
        }
        return List.of();
    }

    private List<List<Object>> rowsOf(Page page) {
        List<List<Object>> rows = new ArrayList<>(page.rows().size() + 1);
        int[] at = positions.get(page.account());
        if (at == null) {
            at = merged.positions(page.columns());
            positions.put(page.account(), at);
            List<String> missing = merged.missing(page.columns());
            if (!missing.isEmpty()) {
                rows.add(merged.errorRow(
                        page.account(),
                        "columns not shown (other accounts answered first without them): "
                                + String.join(", ", missing)));
            }
        }
        for (List<Object> row : page.rows()) {
            rows.add(merged.row(page.account(), at, row));
        }
        return rows;
    }

    private List<List<Column>> answeredSoFar() {
        synchronized (answered) {
            return new ArrayList<>(answered.values());
        }
    }

    /** Stops every running query (StopQueryExecution), abandons accounts not started yet. Safe to call twice. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        items.clear();
        items.add(new Closed());
        pageRoom.release(accounts.size() + 1); // workers waiting for room see the stream closed
        columnsKnown.countDown();
        // Ctrl-C may have interrupted this thread already: set that aside, or the Stop calls would be aborted too.
        boolean interrupted = Thread.interrupted();
        try {
            pool.shutdownNow(); // interrupts the workers; accounts not started yet are dropped
            // Stop the queries here rather than rely on the interrupts: a worker may be inside an HTTP call.
            workers.forEach(AccountWorker::cancel);
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            for (String account : accounts) {
                report(account, new AccountState.Cancelled()); // only those not done or failed already
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ---- the workers' side (AccountWorker.Outbox) ------------------------------------------

    @Override
    public boolean closed() {
        return closed;
    }

    @Override
    public void answered(String account, List<Column> columns) {
        synchronized (answered) {
            answered.put(account, columns);
        }
        columnsKnown.countDown();
    }

    @Override
    public boolean page(String account, List<Column> columns, List<List<Object>> rows) {
        try {
            pageRoom.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (closed) {
            return false;
        }
        items.add(new Page(account, columns, rows));
        return true;
    }

    @Override
    public void failed(String account, String reason) {
        if (!closed) {
            items.add(new Failure(account, reason));
        }
    }

    @Override
    public void ended(String account) {
        if (!closed) {
            items.add(new End(account));
        }
        if (ended.incrementAndGet() == accounts.size()) {
            columnsKnown.countDown();
        }
    }

    /** One account's states reach the listener in order, and a final state stays final. */
    @Override
    public void report(String account, AccountState state) {
        synchronized (states) {
            AccountState previous = states.get(account);
            if (previous != null && previous.isFinal()) {
                return;
            }
            states.put(account, state);
            try {
                listener.progress(account, state);
            } catch (RuntimeException ignored) {
                // a listener's failure must not lose the account's rows
            }
        }
    }
}

package dev.xacct.query.fanout;

import dev.xacct.query.QueryFailedException;
import dev.xacct.query.athena.AthenaExecution;
import dev.xacct.query.athena.AthenaQueries;
import dev.xacct.query.athena.AthenaResults;
import dev.xacct.query.athena.Backoff;
import dev.xacct.query.athena.QueryListener;
import dev.xacct.query.athena.QueryOutcome;
import dev.xacct.query.athena.QueryProgress;
import dev.xacct.render.Column;
import dev.xacct.render.ResultStream;
import dev.xacct.session.AccountChecker;
import dev.xacct.session.Assumer;
import dev.xacct.session.Identity;
import dev.xacct.session.RoleReference;
import dev.xacct.session.Session;
import dev.xacct.session.SessionManager;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * The merged rows of one fan-out. A worker per account (at most {@code concurrency} of them assuming a role at once) takes an account:
 * assume the role, start the query, poll it, read its pages and hand them over here; the reader
 * pulls them in the order they come. At most {@code concurrency} pages wait here at once (a
 * worker with a page to hand over waits for room), so memory stays bounded whatever the result's
 * size; an account's failure row and its end mark always get in, so a reader waiting for the
 * columns never deadlocks with workers waiting for room.
 *
 * <p>The columns are decided the first time they are asked for, once at least one account has
 * succeeded (or every account has ended): the union of the columns of the accounts that have
 * succeeded by then. An account that answers later with a column not in that set gets one extra
 * row naming the columns not shown.
 */
final class FanOutStream implements ResultStream {

    private sealed interface Item {}

    private record Page(String account, List<Column> columns, List<List<Object>> rows) implements Item {}

    private record Failure(String account, String reason) implements Item {}

    private record End(String account) implements Item {}

    private final SessionManager sessions;
    private final Session parent;
    private final FanOutRequest request;
    private final List<String> accounts;
    private final FanOutListener listener;
    private final Backoff backoff;
    private final int pageSize;
    private final int maxPages;
    private static final int MAX_WORKERS = 64;

    private final ExecutorService pool;
    private final Semaphore assuming;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Deque<Item> items = new ArrayDeque<>();
    private int pagesWaiting;
    private final Map<String, List<Column>> answered = new LinkedHashMap<>();
    private int ended;
    private volatile boolean closed;

    private final Map<String, AthenaExecution> running = new ConcurrentHashMap<>();
    private final Map<String, AccountState> states = new HashMap<>();

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
        this.sessions = sessions;
        this.parent = parent;
        this.request = request;
        this.accounts = List.copyOf(accounts);
        this.listener = listener;
        this.backoff = backoff;
        this.pageSize = pageSize;
        this.maxPages = Math.max(2, request.concurrency());
        AtomicInteger counter = new AtomicInteger();
        this.assuming = new Semaphore(request.concurrency());
        // One worker per account (up to 64): the queries run in each account's own Athena, so
        // they wait side by side; only the caller's STS work is bounded, by the semaphore.
        this.pool = Executors.newFixedThreadPool(Math.min(MAX_WORKERS, Math.max(1, accounts.size())), r -> {
            Thread t = new Thread(r, "xacct-fanout-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    void start() {
        for (String account : accounts) {
            report(account, new AccountState.Queued());
        }
        for (String account : accounts) {
            pool.execute(() -> work(account));
        }
        pool.shutdown(); // no more tasks; running ones go on
    }

    // ---- the reader's side -------------------------------------------------------------------

    @Override
    public List<Column> columns() {
        if (merged == null) {
            lock.lock();
            try {
                while (!closed && answered.isEmpty() && ended < accounts.size()) {
                    changed.await();
                }
                merged = MergedColumns.union(new ArrayList<>(answered.values()));
            } catch (InterruptedException e) {
                merged = MergedColumns.union(new ArrayList<>(answered.values()));
                lock.unlock();
                close();
                Thread.currentThread().interrupt();
                return merged.all();
            } finally {
                if (lock.isHeldByCurrentThread()) {
                    lock.unlock();
                }
            }
        }
        return merged.all();
    }

    @Override
    public List<List<Object>> nextPage() {
        columns();
        while (true) {
            Item item;
            lock.lock();
            try {
                while (!closed && items.isEmpty() && endsSeen < accounts.size()) {
                    changed.await();
                }
                if (closed || items.isEmpty()) {
                    return List.of();
                }
                item = items.poll();
                if (item instanceof Page) {
                    pagesWaiting--;
                    changed.signalAll();
                }
            } catch (InterruptedException e) {
                lock.unlock();
                close();
                Thread.currentThread().interrupt();
                return List.of();
            } finally {
                if (lock.isHeldByCurrentThread()) {
                    lock.unlock();
                }
            }
            if (item instanceof End) {
                endsSeen++;
                continue;
            }
            if (item instanceof Failure failure) {
                return List.of(merged.errorRow(failure.account(), failure.reason()));
            }
            Page page = (Page) item;
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
    }

    /** Stops every running query (StopQueryExecution), abandons accounts not started yet. Safe to call twice. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            items.clear();
            pagesWaiting = 0;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        // Ctrl-C may have interrupted this thread already: set that aside, or the Stop calls would be aborted too.
        boolean interrupted = Thread.interrupted();
        try {
            pool.shutdownNow(); // interrupts the workers; accounts not started yet are dropped
            // Stop the queries here rather than rely on the interrupts: a worker may be inside an HTTP call.
            running.values().forEach(FanOutStream::cancelQuietly);
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

    // ---- one account, on a worker ------------------------------------------------------------

    private void work(String account) {
        try {
            if (!closed) {
                runIn(account);
            }
        } finally {
            add(new End(account));
            lock.lock();
            try {
                ended++;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    private void runIn(String account) {
        String partition = parent.identity().map(Identity::partition).orElse("aws");
        Session session;
        try {
            assuming.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            if (closed) {
                return;
            }
            report(account, new AccountState.Assuming());
            session = sessions.assumeUnlisted(
                    parent, new RoleReference(partition, account, "/", request.roleName()), Assumer.Options.none());
        } catch (RuntimeException e) {
            if (!closed) {
                fail(account, "cannot assume " + request.roleName() + ": " + assumeReason(e));
            }
            return;
        } finally {
            assuming.release();
        }
        try {
            AthenaQueries queries = new AthenaQueries(sessions.clients().athena(session), backoff, pageSize);
            AthenaExecution execution = queries.start(request.sql(), request.settings());
            running.put(account, execution);
            if (closed) { // close() may have run before the query was known
                cancelQuietly(execution);
                return;
            }
            report(account, new AccountState.Running(execution.queryId(), Duration.ZERO));
            QueryOutcome outcome = execution.await(new QueryListener() {
                @Override
                public void progress(QueryProgress progress) {
                    if (!progress.state().isTerminal()) {
                        report(
                                account,
                                new AccountState.Running(
                                        progress.queryId(),
                                        progress.statistics().elapsed()));
                    }
                }
            });
            if (outcome instanceof QueryOutcome.Failed failed) {
                fail(
                        account,
                        "query failed: " + failed.reason()
                                + failed.hint().map(h -> " (hint: " + h + ")").orElse(""));
                return;
            }
            if (outcome instanceof QueryOutcome.Cancelled) {
                if (!closed) {
                    fail(account, "query " + execution.queryId() + " was cancelled in Athena");
                }
                return;
            }
            try (AthenaResults results = execution.results()) {
                List<Column> columns = results.columns();
                lock.lock();
                try {
                    answered.put(account, columns);
                    changed.signalAll();
                } finally {
                    lock.unlock();
                }
                long rows = 0;
                for (List<List<Object>> page = results.nextPage(); !page.isEmpty(); page = results.nextPage()) {
                    if (!add(new Page(account, columns, page))) {
                        return;
                    }
                    rows += page.size();
                }
                if (!closed && !Thread.currentThread().isInterrupted()) {
                    report(account, new AccountState.Done(rows));
                }
            }
        } catch (QueryFailedException e) {
            if (!closed) {
                fail(account, oneLine(e.getMessage()));
            }
        } catch (RuntimeException e) {
            if (!closed) {
                fail(account, "error: " + oneLine(String.valueOf(e.getMessage())));
            }
        } finally {
            running.remove(account);
            sessions.clients().evict(session.id());
            session.credentials().close();
        }
    }

    private void fail(String account, String reason) {
        add(new Failure(account, reason));
        report(account, new AccountState.Failed(reason));
    }

    /** Hands an item to the reader; a page waits for room. False when the stream was closed meanwhile. */
    private boolean add(Item item) {
        lock.lock();
        try {
            if (item instanceof Page) {
                while (!closed && pagesWaiting >= maxPages) {
                    changed.await();
                }
                if (closed) {
                    return false;
                }
                pagesWaiting++;
            }
            if (closed) {
                return false;
            }
            items.add(item);
            changed.signalAll();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    /** One account's states reach the listener in order, and a final state stays final. */
    private void report(String account, AccountState state) {
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

    private static void cancelQuietly(AthenaExecution execution) {
        try {
            execution.cancel();
        } catch (RuntimeException bestEffort) {
            // the query may have ended, or its client gone with its session; nothing more to do
        }
    }

    private static String assumeReason(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AwsServiceException service) {
                return AccountChecker.reason(service);
            }
        }
        return oneLine(String.valueOf(e.getMessage()));
    }

    static String oneLine(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() > 300 ? flat.substring(0, 297) + "..." : flat;
    }
}

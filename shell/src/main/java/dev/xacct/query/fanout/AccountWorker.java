package dev.xacct.query.fanout;

import dev.xacct.aws.AwsErrors;
import dev.xacct.query.QueryFailedException;
import dev.xacct.query.athena.AthenaExecution;
import dev.xacct.query.athena.AthenaQueries;
import dev.xacct.query.athena.AthenaResults;
import dev.xacct.query.athena.Backoff;
import dev.xacct.query.athena.QueryListener;
import dev.xacct.query.athena.QueryOutcome;
import dev.xacct.query.athena.QueryProgress;
import dev.xacct.render.Column;
import dev.xacct.session.AccountChecker;
import dev.xacct.session.Assumer;
import dev.xacct.session.Identity;
import dev.xacct.session.RoleReference;
import dev.xacct.session.Session;
import dev.xacct.session.SessionManager;
import dev.xacct.shell.UserError;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * One account of a fan-out, on its own thread: assume the role there (at most {@code concurrency}
 * accounts at once, by the shared semaphore), start the query in the account's Athena, poll it,
 * read its pages and hand them to the {@link Outbox}. Whatever happens, the outbox hears the
 * account's end exactly once; a failure becomes one {@link Outbox#failed} with the reason.
 */
final class AccountWorker implements Runnable {

    /** Where a worker's results go; implemented by {@link FanOutStream}. Called from the worker's thread. */
    interface Outbox {
        /** True once the reader closed the stream: stop, report nothing more. */
        boolean closed();

        /** The account's new state (ignored once the account is in a final state). */
        void report(String account, AccountState state);

        /** The account's query succeeded with these columns; its pages follow. */
        void answered(String account, List<Column> columns);

        /** One page of rows; waits for room. False when the stream was closed meanwhile (stop reading). */
        boolean page(String account, List<Column> columns, List<List<Object>> rows);

        /** The account gives one row saying why instead of its rows. */
        void failed(String account, String reason);

        /** The account is over (after its pages or its failure, or when it was never started). */
        void ended(String account);
    }

    private final String account;
    private final SessionManager sessions;
    private final Session parent;
    private final FanOutRequest request;
    private final Semaphore assuming;
    private final Backoff backoff;
    private final int pageSize;
    private final Outbox out;
    private volatile AthenaExecution execution;

    AccountWorker(
            String account,
            SessionManager sessions,
            Session parent,
            FanOutRequest request,
            Semaphore assuming,
            Backoff backoff,
            int pageSize,
            Outbox out) {
        this.account = account;
        this.sessions = sessions;
        this.parent = parent;
        this.request = request;
        this.assuming = assuming;
        this.backoff = backoff;
        this.pageSize = pageSize;
        this.out = out;
    }

    String account() {
        return account;
    }

    @Override
    public void run() {
        try {
            if (!out.closed()) {
                Session session = assume();
                if (session != null) {
                    query(session);
                }
            }
        } finally {
            out.ended(account);
        }
    }

    /**
     * Stops the account's query in Athena (StopQueryExecution) if it has started; best effort.
     * Called by the closing thread while the worker may be inside an HTTP call.
     */
    void cancel() {
        AthenaExecution running = execution;
        if (running != null) {
            cancelQuietly(running);
        }
    }

    /** The role's session in the account, or null when the stream closed or the role could not be assumed. */
    private Session assume() {
        String partition = parent.identity().map(Identity::partition).orElse("aws");
        try {
            assuming.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        try {
            if (out.closed()) {
                return null;
            }
            out.report(account, new AccountState.Assuming());
            if (request.sso().isPresent()) {
                return sessions.ssoSessions().unlisted(request.sso().get(), account, request.roleName());
            }
            return sessions.assumeUnlisted(
                    parent, new RoleReference(partition, account, "/", request.roleName()), Assumer.Options.none());
        } catch (RuntimeException e) {
            if (!out.closed()) {
                fail(
                        request.sso().isPresent()
                                ? (e instanceof UserError ? e.getMessage() : assumeReason(e))
                                : "cannot assume " + request.roleName() + ": " + assumeReason(e));
            }
            return null;
        } finally {
            assuming.release();
        }
    }

    private void query(Session session) {
        try {
            AthenaQueries queries = new AthenaQueries(sessions.clients().athena(session), backoff, pageSize);
            execution = queries.start(request.sql(), request.settings());
            if (out.closed()) { // the stream may have closed before the query was known
                cancel();
                return;
            }
            out.report(account, new AccountState.Running(execution.queryId(), Duration.ZERO));
            QueryOutcome outcome = execution.await(new QueryListener() {
                @Override
                public void progress(QueryProgress progress) {
                    if (!progress.state().isTerminal()) {
                        out.report(
                                account,
                                new AccountState.Running(
                                        progress.queryId(),
                                        progress.statistics().elapsed()));
                    }
                }
            });
            if (outcome instanceof QueryOutcome.Failed failed) {
                fail("query failed: " + failed.reason()
                        + failed.hint().map(h -> " (hint: " + h + ")").orElse(""));
                return;
            }
            if (outcome instanceof QueryOutcome.Cancelled) {
                if (!out.closed()) {
                    fail("query " + execution.queryId() + " was cancelled in Athena");
                }
                return;
            }
            readRows();
        } catch (QueryFailedException e) {
            if (!out.closed()) {
                fail(oneLine(e.getMessage()));
            }
        } catch (RuntimeException e) {
            if (!out.closed()) {
                fail("error: " + oneLine(String.valueOf(e.getMessage())));
            }
        } finally {
            execution = null;
            sessions.clients().evict(session.id());
            session.credentials().close();
        }
    }

    private void readRows() {
        try (AthenaResults results = execution.results()) {
            List<Column> columns = results.columns();
            out.answered(account, columns);
            long rows = 0;
            for (List<List<Object>> page = results.nextPage(); !page.isEmpty(); page = results.nextPage()) {
                if (!out.page(account, columns, page)) {
                    return;
                }
                rows += page.size();
            }
            if (!out.closed() && !Thread.currentThread().isInterrupted()) {
                out.report(
                        account,
                        new AccountState.Done(
                                rows, results.outcome().statistics().bytesScanned()));
            }
        }
    }

    private void fail(String reason) {
        out.failed(account, reason);
        out.report(account, new AccountState.Failed(reason));
    }

    private static void cancelQuietly(AthenaExecution execution) {
        try {
            execution.cancel();
        } catch (RuntimeException bestEffort) {
            // the query may have ended, or its client gone with its session; nothing more to do
        }
    }

    private static String assumeReason(RuntimeException e) {
        return AwsErrors.serviceError(e)
                .map(AccountChecker::reason)
                .orElseGet(() -> oneLine(String.valueOf(e.getMessage())));
    }

    /** White space folded to single spaces, at most 300 characters. */
    static String oneLine(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() > 300 ? flat.substring(0, 297) + "..." : flat;
    }
}

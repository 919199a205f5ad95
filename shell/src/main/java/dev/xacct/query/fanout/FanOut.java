package dev.xacct.query.fanout;

import dev.xacct.query.athena.Backoff;
import dev.xacct.render.ResultStream;
import dev.xacct.session.AccountChecker;
import dev.xacct.session.OrgAccount;
import dev.xacct.session.Session;
import dev.xacct.session.SessionManager;
import dev.xacct.shell.UserError;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * The cross-account fan-out behind {@code query run … --accounts ID,ID|org --role-name ROLE}: the
 * same SQL in every account's Athena, as a role assumed there from the current session, merged
 * into one stream with a leading {@code account} column.
 *
 * <pre>{@code
 * ResultStream rows = new FanOut(sessions).run(
 *         FanOutRequest.of(Targets.parse("org"), "AuditRole", sql, athenaSettings), listener);
 * }</pre>
 *
 * An account that cannot be reached or whose query fails becomes one row saying why (in the
 * {@code error} column); the command itself does not fail for it. See {@link FanOutStream}.
 */
public final class FanOut {

    private final SessionManager sessions;
    private final Backoff backoff;
    private final int pageSize;

    public FanOut(SessionManager sessions) {
        this(sessions, Backoff.DEFAULT, ResultStream.DEFAULT_PAGE_SIZE);
    }

    /** @param backoff the polls of each account's query; @param pageSize rows per GetQueryResults call */
    public FanOut(SessionManager sessions, Backoff backoff, int pageSize) {
        this.sessions = sessions;
        this.backoff = backoff;
        this.pageSize = pageSize;
    }

    /**
     * Starts the fan-out and returns at once (after resolving {@code org}) with the merged stream.
     * {@code columns()} answers when the first account's query has succeeded (or every account has
     * ended); rows then arrive account by account, in the order accounts produce them. Closing the
     * stream, or interrupting the thread that reads it, stops every running query (StopQueryExecution)
     * and abandons the accounts not started yet. Each account's temporary session is dropped when
     * the account is done.
     *
     * @throws UserError when {@code org} is asked for and the organization cannot be listed
     */
    public ResultStream run(FanOutRequest request, FanOutListener listener) {
        Session parent = sessions.current();
        // Resolve the parent's credentials once, here: an MFA prompt must not happen on 8 threads.
        parent.credentials().resolveCredentials();
        List<String> accounts = resolve(parent, request.targets());
        listener.targets(accounts);
        FanOutStream stream = new FanOutStream(sessions, parent, request, accounts, listener, backoff, pageSize);
        stream.start();
        return stream;
    }

    private List<String> resolve(Session parent, FanOutRequest.Targets targets) {
        if (targets instanceof FanOutRequest.Targets.Listed listed) {
            return listed.accountIds();
        }
        List<OrgAccount> listed;
        try {
            listed = new AccountChecker(sessions.clients()).list(parent);
        } catch (AwsServiceException e) {
            throw new UserError(
                    "cannot list the organization's accounts as " + parent.alias() + ": " + AccountChecker.reason(e)
                            + "; run from the management account or a delegated administrator, or give --accounts ID,ID",
                    e);
        }
        List<String> active = listed.stream()
                .filter(a -> "ACTIVE".equalsIgnoreCase(a.status()))
                .map(OrgAccount::id)
                .distinct()
                .toList();
        if (active.isEmpty()) {
            throw new UserError("Organizations lists no ACTIVE account for " + parent.alias()
                    + ": run from the management account or a delegated administrator, or give --accounts ID,ID");
        }
        return active;
    }
}

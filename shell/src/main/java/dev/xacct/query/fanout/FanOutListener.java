package dev.xacct.query.fanout;

import java.util.List;

/**
 * Follows a fan-out account by account, e.g. to print {@code 111111111111 running 12s} on stderr.
 * Called from the fan-out's worker threads (and the closing thread): implementations must be
 * thread-safe and quick.
 */
public interface FanOutListener {

    FanOutListener NONE = new FanOutListener() {};

    /** Once, before any work: the accounts the query will run in (after {@code org} is resolved). */
    default void targets(List<String> accountIds) {}

    /** Each change of an account's state; {@link AccountState.Running} after every poll. */
    default void progress(String accountId, AccountState state) {}
}

package dev.xacct.query.service;

import dev.xacct.query.fanout.AccountState;
import dev.xacct.query.fanout.FanOutListener;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** A fan-out's progress on stderr: the accounts, any advice, then one line per change of an account's state. */
public final class FanOutProgressPrinter implements FanOutListener {

    private final PrintWriter err;
    private final String roleName;
    private final Function<List<String>, Optional<String>> advice;
    private final Map<String, Class<?>> shown = new ConcurrentHashMap<>();

    public FanOutProgressPrinter(PrintWriter err, String roleName, Function<List<String>, Optional<String>> advice) {
        this.err = err;
        this.roleName = roleName;
        this.advice = advice;
    }

    @Override
    public void targets(List<String> ids) {
        err.println("running in " + ids.size() + (ids.size() == 1 ? " account" : " accounts") + " as " + roleName);
        advice.apply(ids).ifPresent(a -> err.println("note: " + a));
        err.flush();
    }

    @Override
    public void progress(String account, AccountState state) {
        // Not every poll: a line when the account moves to another state.
        if (shown.put(account, state.getClass()) != state.getClass()) {
            synchronized (err) {
                err.println(account + ": " + state.describe());
                err.flush();
            }
        }
    }
}

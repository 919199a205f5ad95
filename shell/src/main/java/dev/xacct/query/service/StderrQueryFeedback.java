package dev.xacct.query.service;

import dev.xacct.query.athena.QueryListener;
import dev.xacct.query.athena.QueryStatusPrinter;
import dev.xacct.query.fanout.FanOutListener;
import dev.xacct.shell.ShellIO;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@link QueryFeedback} on the run's stderr: notices as lines, the status line redrawn in place
 * in the interactive shell ({@link QueryStatusPrinter}), fan-out progress as lines
 * ({@link FanOutProgressPrinter}).
 */
@Component
public class StderrQueryFeedback implements QueryFeedback {

    private final ObjectProvider<ShellIO> io;

    public StderrQueryFeedback(ObjectProvider<ShellIO> io) {
        this.io = io;
    }

    @Override
    public void notice(String line) {
        PrintWriter err = io.getObject().err();
        synchronized (err) {
            err.println(line);
            err.flush();
        }
    }

    @Override
    public QueryListener statusLine() {
        ShellIO shell = io.getObject();
        return new QueryStatusPrinter(shell.err(), shell.interactive());
    }

    @Override
    public FanOutListener fanOutProgress(String roleName, Function<List<String>, Optional<String>> advice) {
        return new FanOutProgressPrinter(io.getObject().err(), roleName, advice);
    }
}

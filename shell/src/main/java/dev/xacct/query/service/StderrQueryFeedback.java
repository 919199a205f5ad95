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
 * {@link QueryFeedback} on the run's stderr: notices as lines, the run's one status line
 * ({@link dev.xacct.render.StatusLine}, live on a terminal) for a running query
 * ({@link QueryStatusPrinter}), fan-out progress as lines ({@link FanOutProgressPrinter}).
 */
@Component
public class StderrQueryFeedback implements QueryFeedback {

    private final ObjectProvider<ShellIO> io;

    public StderrQueryFeedback(ObjectProvider<ShellIO> io) {
        this.io = io;
    }

    @Override
    public void notice(String line) {
        ShellIO shell = io.getObject();
        PrintWriter err = shell.err();
        synchronized (err) {
            shell.status().clear(); // a line for good goes above a live status, never through it
            err.println(line);
            err.flush();
        }
    }

    @Override
    public QueryListener statusLine() {
        return new QueryStatusPrinter(io.getObject().status());
    }

    @Override
    public void progress(String line) {
        io.getObject().status().show(line);
    }

    @Override
    public void progressDone() {
        io.getObject().status().clear();
    }

    @Override
    public FanOutListener fanOutProgress(String roleName, Function<List<String>, Optional<String>> advice) {
        return new FanOutProgressPrinter(io.getObject().err(), roleName, advice);
    }
}

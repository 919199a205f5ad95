package dev.xacct.query.service;

import dev.xacct.render.OutputFormat;
import dev.xacct.render.Pager;
import dev.xacct.render.PagingDecision;
import dev.xacct.render.Renderer;
import dev.xacct.render.ResultStream;
import dev.xacct.shell.OutputFile;
import dev.xacct.shell.ShellIO;
import dev.xacct.shell.UserError;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Where a query's rows go: a file ({@code --out}), the pager (a table in the interactive shell on a
 * real terminal), or the output as they come. Always closes the rows, which stops a running query.
 */
@Component
public class ResultOutput {

    private final ObjectProvider<ShellIO> io;
    private final ObjectProvider<Terminal> terminal;
    private final QueryFeedback feedback;

    public ResultOutput(ObjectProvider<ShellIO> io, ObjectProvider<Terminal> terminal, QueryFeedback feedback) {
        this.io = io;
        this.terminal = terminal;
        this.feedback = feedback;
    }

    /**
     * Writes every row to {@code to}, then closes {@code rows}.
     *
     * @throws UserError when the {@code --out} file cannot be written (the OS reason; the old file is kept)
     */
    public void write(ResultStream rows, ResultDestination to) {
        write(rows, to.screen(), to.file(), to.format());
    }

    private void write(ResultStream rows, PrintWriter screen, String out, OutputFormat format) {
        try (rows) {
            if (out != null) {
                // all or nothing: a failed or interrupted export leaves the old file, and no partial one
                Path file = Path.of(out);
                long count = OutputFile.write(file, writer -> new Renderer(writer).print(rows, format));
                feedback.notice("wrote " + count + (count == 1 ? " row" : " rows") + " to " + file);
            } else if (PagingDecision.decide(onTerminal(), false, format) == PagingDecision.PAGE) {
                new Pager(terminal.getObject()).show(rows);
            } else {
                new Renderer(screen).print(rows, format);
            }
        }
    }

    /** The interactive shell on a real terminal pages; scripts, pipes and files never do. */
    private boolean onTerminal() {
        if (!io.getObject().interactive()) {
            return false;
        }
        String type = terminal.getObject().getType();
        return !Terminal.TYPE_DUMB.equals(type) && !Terminal.TYPE_DUMB_COLOR.equals(type);
    }
}

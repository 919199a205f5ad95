package dev.xacct.commands;

import dev.xacct.session.Browser;
import dev.xacct.session.ConsoleSignIn;
import dev.xacct.session.Identity;
import dev.xacct.session.Session;
import dev.xacct.session.SessionManager;
import dev.xacct.shell.ShellIO;
import java.net.URI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code console}: the AWS console as the current session, in the browser or as a URL. */
@Component
public class ConsoleCommands {

    private final ObjectProvider<SessionManager> sessions;
    private final ObjectProvider<ConsoleSignIn> signIn;
    private final ObjectProvider<Browser> browser;
    private final ObjectProvider<ShellIO> io;

    public ConsoleCommands(
            ObjectProvider<SessionManager> sessions,
            ObjectProvider<ConsoleSignIn> signIn,
            ObjectProvider<Browser> browser,
            ObjectProvider<ShellIO> io) {
        this.sessions = sessions;
        this.signIn = signIn;
        this.browser = browser;
        this.io = io;
    }

    @Command(
            name = "console",
            group = "Sessions",
            description = "Open the AWS console as the current session (assumed or IAM Identity Center roles)",
            help = "Usage: console [--print]\n"
                    + "  Opens a sign-in URL in the browser when there is one, else prints it. The URL signs in whoever\n"
                    + "  opens it, for 15 minutes: do not share it.")
    public void console(
            CommandContext context,
            @Option(longName = "print", description = "print the URL instead of opening it") boolean print) {
        SessionManager manager = sessions.getObject();
        Session session = manager.current();
        Identity identity = manager.identityOf(session);
        URI url = signIn.getObject().url(session, identity);
        if (!print && browser.getObject().open(url)) {
            SessionCommands.status(io, context, "opened the console as " + identity.arn() + " in your browser");
            return;
        }
        context.outputWriter().println(url);
        context.outputWriter().flush();
    }
}

package dev.xacct.commands;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xacct.render.OutputFormat;
import dev.xacct.render.Renderer;
import dev.xacct.session.Assumer;
import dev.xacct.session.Session;
import dev.xacct.session.SessionDurations;
import dev.xacct.session.SessionManager;
import dev.xacct.session.SessionRows;
import dev.xacct.shell.FileErrors;
import dev.xacct.shell.ShellIO;
import dev.xacct.shell.UsageError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * {@code whoami}, {@code profiles}, {@code use}, {@code assume}, {@code sessions}, {@code switch},
 * {@code back}, {@code forget}, {@code region}: the identities of the shell. Data goes to the
 * command's output; confirmations of a change ("now on …") go to stderr, so that
 * {@code -c "assume R; whoami --format json"} prints one JSON document on stdout.
 */
@Component
public class SessionCommands {

    private final ObjectProvider<SessionManager> sessions;
    private final ObjectProvider<ShellIO> io;
    private final Clock clock = Clock.systemUTC();

    public SessionCommands(ObjectProvider<SessionManager> sessions, ObjectProvider<ShellIO> io) {
        this.sessions = sessions;
        this.io = io;
    }

    @Command(
            name = "whoami",
            group = "Sessions",
            description = "Who the current session is: account, ARN, region, where the credentials came from, expiry",
            help = "Usage: whoami [--format table|vertical|csv|tsv|json|markdown]")
    public void whoami(
            CommandContext context,
            @Option(longName = "format", defaultValue = "table", description = "output format") OutputFormat format) {
        SessionManager manager = sessions.getObject();
        Session session = manager.current();
        Map<String, Object> record = SessionRows.whoami(manager, session, manager.identify(session), clock.instant());
        new Renderer(context.outputWriter()).printRecord(record, format);
    }

    @Command(
            name = "profiles",
            group = "Sessions",
            description = "The profiles of ~/.aws/config and credentials: kind, role, source, MFA, region, SSO",
            help = "Usage: profiles [--format table|vertical|csv|tsv|json|markdown]")
    public void profiles(
            CommandContext context,
            @Option(longName = "format", defaultValue = "table", description = "output format") OutputFormat format) {
        List<Map<String, Object>> rows = sessions.getObject().profiles().all().stream()
                .map(SessionRows::profile)
                .toList();
        new Renderer(context.outputWriter()).printRecords(SessionRows.PROFILE_COLUMNS, rows, format);
    }

    @Command(
            name = "use",
            group = "Sessions",
            completionProvider = "profileNameCompletion",
            description = "Open a session from a profile (keys, SSO, process, or role_arn) and make it current",
            help = "Usage: use PROFILE [--as ALIAS]   e.g. use prod-admin --as prod")
    public void use(
            CommandContext context,
            @Argument(index = 0, description = "a profile name (see 'profiles')") String profile,
            @Option(longName = "as", description = "the session's name (default: the profile's)") String alias) {
        if (profile == null || profile.isBlank()) {
            throw new UsageError("give a profile: use PROFILE [--as ALIAS] ('profiles' lists them)");
        }
        SessionManager manager = sessions.getObject();
        SessionManager.Opened opened = manager.use(profile.strip(), optional(alias));
        Session session = opened.session();
        if (session.identity().isEmpty()) {
            manager.identify(session);
        }
        opened.note().ifPresent(note -> status(context, "note: " + note));
        status(context, "now on " + describe(manager.find(session.alias())));
    }

    @Command(
            name = "assume",
            group = "Sessions",
            completionProvider = "roleCompletion",
            description = "Assume a role from the current session (chaining) and make it current",
            help = """
                    Usage: assume ROLE [--as ALIAS] [--external-id X] [--mfa-serial ARN] [--mfa-code CODE]
                                  [--duration 1h] [--session-name N] [--policy FILE]
                      ROLE: arn:aws:iam::111111111111:role/Admin, 111111111111:Admin, or Admin (current account)
                      Without --mfa-code and with --mfa-serial, the code is asked with echo off, once per MFA session.""")
    public void assume(
            CommandContext context,
            @Argument(index = 0, description = "role ARN, ACCOUNT:ROLE, or a role name in the current account")
                    String role,
            @Option(longName = "as", description = "the session's name (default: the role's name)") String alias,
            @Option(longName = "external-id", description = "the external id the role's trust policy expects")
                    String externalId,
            @Option(longName = "mfa-serial", description = "MFA device ARN, e.g. arn:aws:iam::111111111111:mfa/alice")
                    String mfaSerial,
            @Option(longName = "mfa-code", description = "the 6-digit code (asked with echo off when not given)")
                    String mfaCode,
            @Option(longName = "duration", description = "session length: 1h, 90m, 3600 (15m-12h; 1h when chaining)")
                    String duration,
            @Option(longName = "session-name", description = "role session name (default xacct-USER)")
                    String sessionName,
            @Option(longName = "policy", description = "a session policy JSON file that narrows the role")
                    String policy) {
        if (role == null || role.isBlank()) {
            throw new UsageError(
                    "give the role to assume: assume arn:aws:iam::111111111111:role/Admin, assume 111111111111:Admin or assume Admin");
        }
        if (optional(mfaCode).isPresent() && optional(mfaSerial).isEmpty()) {
            throw new UsageError("--mfa-code needs --mfa-serial (the MFA device ARN)");
        }
        Assumer.Options options = new Assumer.Options(
                optional(externalId),
                optional(mfaSerial),
                optional(mfaCode),
                optional(duration).map(SessionDurations::parse),
                optional(sessionName),
                optional(policy).map(SessionCommands::readPolicy));
        SessionManager manager = sessions.getObject();
        SessionManager.Opened opened = manager.assume(role.strip(), options, optional(alias));
        opened.note().ifPresent(note -> status(context, "note: " + note));
        status(context, "now on " + describe(opened.session()));
    }

    static String readPolicy(String file) {
        Path path = Path.of(file);
        String text;
        try {
            text = Files.readString(path);
        } catch (IOException e) {
            throw new UsageError("cannot read --policy " + file + ": " + FileErrors.reason(e));
        }
        try {
            new ObjectMapper().readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UsageError("--policy " + file + " is not JSON: " + e.getOriginalMessage());
        }
        return text;
    }

    @Command(
            name = "sessions",
            group = "Sessions",
            description = "Every session: alias, account, role, source, region, expires in; * marks the current one",
            help = "Usage: sessions [--format table|vertical|csv|tsv|json|markdown]")
    public void sessions(
            CommandContext context,
            @Option(longName = "format", defaultValue = "table", description = "output format") OutputFormat format) {
        List<Map<String, Object>> rows = SessionRows.sessions(sessions.getObject(), clock.instant());
        Renderer renderer = new Renderer(context.outputWriter());
        if (format == OutputFormat.JSON) {
            renderer.printRecords(SessionRows.SESSION_JSON_COLUMNS, rows, format);
        } else {
            renderer.printRecords(SessionRows.SESSION_COLUMNS, SessionRows.shown(rows), format);
        }
    }

    @Command(
            name = "switch",
            group = "Sessions",
            completionProvider = "sessionAliasCompletion",
            description = "Make another session current",
            help = "Usage: switch ALIAS   ('sessions' lists them)")
    public void switchTo(CommandContext context, @Argument(index = 0, description = "a session's alias") String alias) {
        if (alias == null || alias.isBlank()) {
            throw new UsageError("give a session: switch ALIAS ('sessions' lists them)");
        }
        status(context, "now on " + describe(sessions.getObject().switchTo(alias.strip())));
    }

    @Command(name = "back", group = "Sessions", description = "Go back to the previous session", help = "Usage: back")
    public void back(CommandContext context) {
        status(context, "now on " + describe(sessions.getObject().back()));
    }

    @Command(
            name = "forget",
            group = "Sessions",
            completionProvider = "sessionAliasCompletion",
            description = "Drop a session and its credentials",
            help = "Usage: forget ALIAS")
    public void forget(CommandContext context, @Argument(index = 0, description = "a session's alias") String alias) {
        if (alias == null || alias.isBlank()) {
            throw new UsageError("give a session: forget ALIAS ('sessions' lists them)");
        }
        Session current = sessions.getObject().forget(alias.strip());
        status(context, "forgot '" + alias.strip() + "'; now on " + describe(current));
    }

    @Command(
            name = "region",
            group = "Sessions",
            description = "Show or set the current session's region",
            help = "Usage: region [REGION]   e.g. region eu-west-1")
    public void region(
            CommandContext context, @Argument(index = 0, description = "a region, e.g. eu-west-1") String region) {
        SessionManager manager = sessions.getObject();
        if (region == null || region.isBlank()) {
            context.outputWriter().println(manager.current().region().id());
            return;
        }
        Session updated = manager.setRegion(region);
        status(
                context,
                "region of '" + updated.alias() + "' is now " + updated.region().id());
    }

    private String describe(Session s) {
        return SessionRows.describe(s, clock.instant());
    }

    private void status(CommandContext context, String line) {
        status(io, context, line);
    }

    /**
     * A confirmation ("now on …") on stderr, after what the command printed so far: stdout keeps
     * only data, so {@code -c "…; whoami --format json"} prints one JSON document.
     */
    static void status(ObjectProvider<ShellIO> io, CommandContext context, String line) {
        ShellIO shell = io.getIfAvailable();
        PrintWriter err = shell != null ? shell.err() : context.outputWriter();
        context.outputWriter().flush();
        err.println(line);
        err.flush();
    }

    static Optional<String> optional(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}

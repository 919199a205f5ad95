package dev.xacct.commands;

import dev.xacct.render.Column;
import dev.xacct.render.OutputFormat;
import dev.xacct.render.Renderer;
import dev.xacct.session.AwsConfigAppender;
import dev.xacct.session.Browser;
import dev.xacct.session.Questions;
import dev.xacct.session.Session;
import dev.xacct.session.SessionDurations;
import dev.xacct.session.SessionManager;
import dev.xacct.session.SessionRows;
import dev.xacct.session.sso.DeviceCode;
import dev.xacct.session.sso.IdentityCenter;
import dev.xacct.session.sso.ProfileBlocks;
import dev.xacct.session.sso.SsoAssignment;
import dev.xacct.session.sso.SsoSessionConfig;
import dev.xacct.shell.ShellIO;
import dev.xacct.shell.UsageError;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * {@code sso login}, {@code sso logout}, {@code sso accounts}, {@code sso use} and
 * {@code profiles generate}: IAM Identity Center in the shell, on the AWS CLI's token cache.
 * Progress and confirmations go to stderr; only data goes to stdout.
 */
@Component
public class SsoCommands {

    private static final String WHICH = "[--sso-session NAME | --profile P | --start-url URL --sso-region R]";

    private final ObjectProvider<SessionManager> sessions;
    private final ObjectProvider<ShellIO> io;
    private final ObjectProvider<Browser> browser;
    private final ObjectProvider<Questions> questions;
    private final Clock clock = Clock.systemUTC();

    public SsoCommands(
            ObjectProvider<SessionManager> sessions,
            ObjectProvider<ShellIO> io,
            ObjectProvider<Browser> browser,
            ObjectProvider<Questions> questions) {
        this.sessions = sessions;
        this.io = io;
        this.browser = browser;
        this.questions = questions;
    }

    @Command(
            name = "sso login",
            group = "Sessions",
            description = "Sign in to IAM Identity Center (device code); the token is shared with the AWS CLI",
            help = "Usage: sso login " + WHICH + " [--no-browser]\n"
                    + "  Shows a URL and a code to approve in a browser (opened for you when there is one), waits for\n"
                    + "  the approval, and caches the token in ~/.aws/sso/cache as 'aws sso login' does.")
    public void login(
            CommandContext context,
            @Option(longName = "sso-session", description = "an [sso-session NAME] of ~/.aws/config") String ssoSession,
            @Option(longName = "profile", description = "a profile with sso_session or sso_start_url") String profile,
            @Option(longName = "start-url", description = "the AWS access portal URL, https://…") String startUrl,
            @Option(longName = "sso-region", description = "the region of IAM Identity Center, with --start-url")
                    String ssoRegion,
            @Option(longName = "no-browser", description = "only show the URL and code") boolean noBrowser) {
        SessionManager manager = sessions.getObject();
        SsoSessionConfig config = config(manager, ssoSession, profile, startUrl, ssoRegion);
        IdentityCenter.LoggedIn in = manager.identityCenter().login(config, code -> show(context, code, noBrowser));
        status(
                context,
                "signed in to " + config.label()
                        + (config.name().isPresent() ? " (" + config.startUrl() + ")" : "")
                        + "; the token lasts " + SessionDurations.remaining(in.expiresAt(), clock.instant())
                        + (in.refreshable() ? " and refreshes itself" : "")
                        + "; cached in " + in.tokenFile() + " for xacct and aws alike");
    }

    private void show(CommandContext context, DeviceCode code, boolean noBrowser) {
        boolean opened = !noBrowser && browser.getObject().open(code.verificationUriComplete());
        status(
                context,
                "To sign in, open " + code.verificationUri() + " and enter the code " + code.userCode()
                        + "\n  (or open " + code.verificationUriComplete() + ")"
                        + (opened ? "\n  The page is opening in your browser." : "")
                        + "\nWaiting for the approval… (Ctrl-C stops)");
    }

    @Command(
            name = "sso logout",
            group = "Sessions",
            description = "Sign out of IAM Identity Center: the cached tokens go, and the sessions opened from them",
            help = "Usage: sso logout " + WHICH + "\n"
                    + "  Without options, signs out of every login in ~/.aws/sso/cache, as 'aws sso logout' does.")
    public void logout(
            CommandContext context,
            @Option(longName = "sso-session", description = "only this sso-session") String ssoSession,
            @Option(longName = "profile", description = "only the login of this profile") String profile,
            @Option(longName = "start-url", description = "only this start URL") String startUrl,
            @Option(longName = "sso-region", description = "with --start-url") String ssoRegion) {
        SessionManager manager = sessions.getObject();
        boolean one = given(ssoSession) || given(profile) || given(startUrl);
        Optional<SsoSessionConfig> only =
                one ? Optional.of(config(manager, ssoSession, profile, startUrl, ssoRegion)) : Optional.empty();
        List<String> signedOut = manager.identityCenter().logout(only);
        List<String> forgotten = manager.forgetWhere(s -> isFrom(s, only, signedOut));
        if (signedOut.isEmpty()) {
            status(
                    context,
                    "no IAM Identity Center login to sign out of"
                            + only.map(c -> " for " + c.label())
                                    .orElse(" in "
                                            + manager.identityCenter().cache().folder()));
        } else {
            status(context, "signed out of " + String.join(", ", signedOut));
        }
        if (!forgotten.isEmpty()) {
            status(context, "forgot the sessions opened from it: " + String.join(", ", forgotten));
        }
    }

    private static boolean isFrom(Session session, Optional<SsoSessionConfig> only, List<String> startUrls) {
        if (only.isPresent()) {
            return session.source().contains(only.get().label());
        }
        return session.kind() == Session.Kind.SSO
                || session.source().contains("(sso-session ")
                || startUrls.stream().anyMatch(session.source()::contains);
    }

    @Command(
            name = "sso accounts",
            group = "Sessions",
            description = "Every account and role your IAM Identity Center login grants",
            help = "Usage: sso accounts " + WHICH + " [--format table|vertical|csv|tsv|json|markdown]")
    public void accounts(
            CommandContext context,
            @Option(longName = "sso-session", description = "an [sso-session NAME] of ~/.aws/config") String ssoSession,
            @Option(longName = "profile", description = "a profile with sso_session or sso_start_url") String profile,
            @Option(longName = "start-url", description = "the AWS access portal URL") String startUrl,
            @Option(longName = "sso-region", description = "with --start-url") String ssoRegion,
            @Option(longName = "format", defaultValue = "table", description = "output format") OutputFormat format) {
        SessionManager manager = sessions.getObject();
        SsoSessionConfig config = config(manager, ssoSession, profile, startUrl, ssoRegion);
        List<Map<String, Object>> rows = manager.identityCenter().assignments(config).stream()
                .map(SsoCommands::row)
                .toList();
        List<Column> columns = List.of(
                Column.text("accountId"), Column.text("accountName"), Column.text("email"), Column.text("role"));
        new Renderer(context.outputWriter()).printRecords(columns, rows, format);
    }

    private static Map<String, Object> row(SsoAssignment a) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("accountId", a.account().id());
        row.put("accountName", a.account().name());
        row.put("email", a.account().email());
        row.put("role", a.roleName());
        return row;
    }

    @Command(
            name = "sso use",
            group = "Sessions",
            completionProvider = "ssoRoleCompletion",
            description = "Open a session for an account and role of your IAM Identity Center login; no profile needed",
            help = "Usage: sso use ACCOUNT/ROLE [--as ALIAS] " + WHICH + "\n"
                    + "  ACCOUNT is the account id or its name, e.g. sso use prod/ReadOnly ('sso accounts' lists them)")
    public void use(
            CommandContext context,
            @Argument(index = 0, description = "ACCOUNT/ROLE: account id or name, a slash, the role") String target,
            @Option(longName = "as", description = "the session's name (default ACCOUNT-NAME.ROLE)") String alias,
            @Option(longName = "sso-session", description = "an [sso-session NAME] of ~/.aws/config") String ssoSession,
            @Option(longName = "profile", description = "a profile with sso_session or sso_start_url") String profile,
            @Option(longName = "start-url", description = "the AWS access portal URL") String startUrl,
            @Option(longName = "sso-region", description = "with --start-url") String ssoRegion) {
        String value = target == null ? "" : target.strip();
        int slash = value.lastIndexOf('/');
        if (slash <= 0 || slash == value.length() - 1) {
            throw new UsageError("give ACCOUNT/ROLE, e.g. sso use prod/ReadOnly or sso use 111111111111/ReadOnly "
                    + "('sso accounts' lists them)");
        }
        SessionManager manager = sessions.getObject();
        SsoSessionConfig config = config(manager, ssoSession, profile, startUrl, ssoRegion);
        Session session = manager.add(manager.ssoSessions()
                .open(config, value.substring(0, slash), value.substring(slash + 1), SessionCommands.optional(alias)));
        manager.identify(session);
        status(context, "now on " + SessionRows.describe(manager.find(session.alias()), clock.instant()));
    }

    @Command(
            name = "profiles generate",
            group = "Sessions",
            description = "A ~/.aws/config profile for every account and role your IAM Identity Center login grants",
            help = "Usage: profiles generate " + WHICH
                    + " [--role R] [--name TEMPLATE] [--region R] [--write [--yes]]\n"
                    + "  Prints the profiles; --write appends the new ones to the config (after a backup, and asking).\n"
                    + "  --name: {account_name} {account_id} {role_name} {sso_session}; default "
                    + ProfileBlocks.DEFAULT_TEMPLATE)
    public void generate(
            CommandContext context,
            @Option(longName = "sso-session", description = "an [sso-session NAME] of ~/.aws/config") String ssoSession,
            @Option(longName = "profile", description = "a profile with sso_session or sso_start_url") String profile,
            @Option(longName = "start-url", description = "the AWS access portal URL") String startUrl,
            @Option(longName = "sso-region", description = "with --start-url") String ssoRegion,
            @Option(longName = "role", description = "only this role, e.g. ReadOnly") String role,
            @Option(longName = "name", description = "profile name template") String name,
            @Option(longName = "region", description = "the region line of each profile") String region,
            @Option(longName = "write", description = "append to ~/.aws/config (a backup first)") boolean write,
            @Option(longName = "yes", description = "with --write: do not ask") boolean yes) {
        SessionManager manager = sessions.getObject();
        SsoSessionConfig config = config(manager, ssoSession, profile, startUrl, ssoRegion);
        Set<String> existing = new HashSet<>(manager.profiles().names());
        List<ProfileBlocks.Block> blocks = ProfileBlocks.blocks(
                manager.identityCenter().assignments(config),
                config,
                SessionCommands.optional(role),
                SessionCommands.optional(region),
                SessionCommands.optional(name).orElse(ProfileBlocks.DEFAULT_TEMPLATE),
                existing);
        if (blocks.isEmpty()) {
            throw new dev.xacct.shell.UserError("the login for " + config.label() + " grants no "
                    + (given(role) ? "role '" + role.strip() + "'" : "account")
                    + "; 'sso accounts' lists what it grants");
        }
        List<String> kept = blocks.stream()
                .filter(ProfileBlocks.Block::exists)
                .map(ProfileBlocks.Block::name)
                .toList();
        String text = ProfileBlocks.text(blocks);
        if (!write) {
            context.outputWriter().print(text);
            context.outputWriter().flush();
            if (!kept.isEmpty()) {
                status(context, "already in the config, not printed: " + String.join(", ", kept));
            }
            return;
        }
        Path file = manager.settings().configFile();
        int count = blocks.size() - kept.size();
        if (count == 0) {
            status(context, "every profile is already in " + file + ": " + String.join(", ", kept));
            return;
        }
        if (!yes) {
            String answer = questions
                    .getObject()
                    .line(
                            "Append " + count + " profiles to " + file + " (a backup is made first)? [y/N] ",
                            "answer y, or add --yes");
            if (!answer.equalsIgnoreCase("y") && !answer.equalsIgnoreCase("yes")) {
                status(context, "nothing written");
                return;
            }
        }
        Optional<Path> backup = new AwsConfigAppender(clock).append(file, text);
        status(
                context,
                "added " + count + " profiles to " + file
                        + backup.map(b -> " (backup: " + b + ")").orElse("")
                        + (kept.isEmpty() ? "" : "; already there: " + String.join(", ", kept)));
    }

    private static SsoSessionConfig config(
            SessionManager manager, String ssoSession, String profile, String startUrl, String ssoRegion) {
        return manager.ssoSessions()
                .select(
                        SessionCommands.optional(ssoSession),
                        SessionCommands.optional(profile),
                        SessionCommands.optional(startUrl),
                        SessionCommands.optional(ssoRegion));
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    private void status(CommandContext context, String line) {
        SessionCommands.status(io, context, line);
    }
}

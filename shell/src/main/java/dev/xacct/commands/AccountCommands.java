package dev.xacct.commands;

import dev.xacct.render.Column;
import dev.xacct.render.OutputFormat;
import dev.xacct.render.Renderer;
import dev.xacct.session.AccountChecker;
import dev.xacct.session.AccountReach;
import dev.xacct.session.OrgAccount;
import dev.xacct.session.Session;
import dev.xacct.session.SessionManager;
import dev.xacct.shell.UsageError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code accounts}: the organization's accounts, and with {@code --check} which ones a role reaches. */
@Component
public class AccountCommands {

    private final ObjectProvider<SessionManager> sessions;
    private final ObjectProvider<AccountChecker> checker;

    public AccountCommands(ObjectProvider<SessionManager> sessions, ObjectProvider<AccountChecker> checker) {
        this.sessions = sessions;
        this.checker = checker;
    }

    @Command(
            name = "accounts",
            group = "Sessions",
            description = "The organization's accounts; with --role-name R --check, whether R can be assumed in each",
            help =
                    "Usage: accounts [--role-name ROLE --check [--concurrency 8]] [--format table|vertical|csv|tsv|json|markdown]")
    public void accounts(
            CommandContext context,
            @Option(
                            longName = "role-name",
                            description = "the role to try in every account, e.g. OrganizationAccountAccessRole")
                    String roleName,
            @Option(longName = "check", description = "try to assume --role-name in each account") boolean check,
            @Option(longName = "concurrency", defaultValue = "8", description = "assumes at a time (1-64)")
                    Integer concurrency,
            @Option(longName = "format", defaultValue = "table", description = "output format") OutputFormat format) {
        if (check && (roleName == null || roleName.isBlank())) {
            throw new UsageError(
                    "--check needs --role-name ROLE, e.g. accounts --role-name OrganizationAccountAccessRole --check");
        }
        SessionManager manager = sessions.getObject();
        Session session = manager.current();
        AccountChecker accounts = checker.getObject();
        List<OrgAccount> list = accounts.list(session);
        Renderer renderer = new Renderer(context.outputWriter());
        if (!check) {
            List<Map<String, Object>> rows =
                    list.stream().map(AccountCommands::row).toList();
            renderer.printRecords(columns(false), rows, format);
            return;
        }
        List<AccountReach> reach = accounts.check(
                session,
                list,
                roleName.strip(),
                concurrency == null ? AccountChecker.DEFAULT_CONCURRENCY : concurrency);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AccountReach r : reach) {
            Map<String, Object> row = row(r.account());
            row.put("reachable", r.reachable());
            row.put("reason", r.reason().isEmpty() ? null : r.reason());
            rows.add(row);
            if (r.reachable()) {
                manager.rememberRole(r.roleArn());
            }
        }
        renderer.printRecords(columns(true), rows, format);
    }

    private static Map<String, Object> row(OrgAccount a) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", a.id());
        row.put("name", a.name());
        row.put("email", a.email());
        row.put("status", a.status());
        row.put("joined", a.joined().map(Object::toString).orElse(null));
        return row;
    }

    private static List<Column> columns(boolean check) {
        List<Column> columns = new ArrayList<>(List.of(
                Column.text("id"),
                Column.text("name"),
                Column.text("email"),
                Column.text("status"),
                Column.text("joined")));
        if (check) {
            columns.add(new Column("reachable", "boolean"));
            columns.add(Column.text("reason"));
        }
        return columns;
    }
}

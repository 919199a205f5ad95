package dev.xacct.query.fanout;

import dev.xacct.query.athena.AthenaSettings;
import dev.xacct.session.AccountChecker;
import dev.xacct.session.RoleReference;
import dev.xacct.session.sso.SsoSessionConfig;
import dev.xacct.shell.UsageError;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * What {@code query run … --accounts ID,ID|org --role-name ROLE} asks for: the same SQL in every
 * account, as {@code ROLE} assumed there from the current session.
 *
 * @param targets     the accounts, or the whole organization
 * @param roleName    the role to assume in each account ({@code arn:aws:iam::ACCOUNT:role/ROLE})
 * @param sql         the bound SQL, run as is in every account
 * @param settings    workgroup, output location, database and catalog, the same in every account
 * @param concurrency role assumptions at once, 1 to 64 (the queries then run side by side, each in its account's Athena)
 * @param sso         with {@code --sso-role}: the IAM Identity Center login that gives each account's role
 *                    credentials (GetRoleCredentials) instead of AssumeRole
 */
public record FanOutRequest(
        Targets targets,
        String roleName,
        String sql,
        AthenaSettings settings,
        int concurrency,
        java.util.Optional<SsoSessionConfig> sso) {

    public static final int DEFAULT_CONCURRENCY = AccountChecker.DEFAULT_CONCURRENCY;

    public FanOutRequest {
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(settings, "settings");
        if (roleName == null || roleName.isBlank()) {
            throw new UsageError(
                    "--accounts needs --role-name ROLE: the role to assume in each account, e.g. --role-name AuditRole");
        }
        // validates the name (UsageError with the shapes) without an account
        RoleReference.parse("111111111111:" + roleName.strip(), java.util.Optional.empty(), "aws");
        roleName = roleName.strip();
        if (concurrency < 1 || concurrency > 64) {
            throw new UsageError("--concurrency must be between 1 and 64");
        }
    }

    /** Roles assumed with AssumeRole from the current session. */
    public FanOutRequest(Targets targets, String roleName, String sql, AthenaSettings settings, int concurrency) {
        this(targets, roleName, sql, settings, concurrency, java.util.Optional.empty());
    }

    /** With the default concurrency (8). */
    public static FanOutRequest of(Targets targets, String roleName, String sql, AthenaSettings settings) {
        return new FanOutRequest(targets, roleName, sql, settings, DEFAULT_CONCURRENCY);
    }

    /** Which accounts: a list the user gave, or every ACTIVE account of the organization. */
    public sealed interface Targets {

        /** {@code --accounts org}: Organizations ListAccounts (all pages), ACTIVE accounts only. */
        record Organization() implements Targets {}

        /** {@code --accounts ID,ID}: twelve-digit ids, duplicates dropped, order kept. */
        record Listed(List<String> accountIds) implements Targets {
            public Listed {
                accountIds = List.copyOf(new LinkedHashSet<>(
                        accountIds.stream().map(RoleReference::requireAccountId).toList()));
                if (accountIds.isEmpty()) {
                    throw new UsageError("--accounts needs at least one account id, or org");
                }
            }
        }

        static Targets organization() {
            return new Organization();
        }

        static Targets listed(List<String> accountIds) {
            return new Listed(accountIds);
        }

        /** The value of {@code --accounts}: {@code org}, or account ids separated by commas (spaces allowed). */
        static Targets parse(String text) {
            String value = text == null ? "" : text.strip();
            if (value.equalsIgnoreCase("org")) {
                return organization();
            }
            List<String> ids = java.util.Arrays.stream(value.split("[,\\s]+"))
                    .filter(s -> !s.isEmpty())
                    .toList();
            return listed(ids);
        }
    }
}

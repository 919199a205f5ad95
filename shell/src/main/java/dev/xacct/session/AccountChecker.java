package dev.xacct.session;

import static dev.xacct.shell.MessageLines.firstLine;

import dev.xacct.aws.AwsErrorKind;
import dev.xacct.aws.AwsErrors;
import dev.xacct.shell.UserError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.AwsOrganizationsNotInUseException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;

/**
 * The organization's accounts, and which of them a role can be assumed in: the base of the
 * cross-account fan-out. Assumes run on a bounded pool through the parent's one cached STS client.
 */
public final class AccountChecker {

    public static final int DEFAULT_CONCURRENCY = 8;

    private final AwsClients clients;

    public AccountChecker(AwsClients clients) {
        this.clients = clients;
    }

    /** Every account of the organization (Organizations ListAccounts, all pages), as {@code session}. */
    public List<OrgAccount> list(Session session) {
        OrganizationsClient organizations = clients.organizations(session);
        List<OrgAccount> accounts = new ArrayList<>();
        try {
            for (var page : organizations.listAccountsPaginator()) {
                for (Account a : page.accounts()) {
                    accounts.add(new OrgAccount(
                            a.id(), a.name(), a.email(), a.statusAsString(), Optional.ofNullable(a.joinedTimestamp())));
                }
            }
        } catch (AwsOrganizationsNotInUseException e) {
            throw new UserError(
                    "account " + session.account().orElse("of session '" + session.alias() + "'")
                            + " is not in an organization; 'accounts' needs the organization's management account "
                            + "or a delegated administrator",
                    e);
        }
        return accounts;
    }

    /**
     * Tries to assume {@code roleName} in each account from {@code parent}, at most
     * {@code concurrency} at a time. Results keep the accounts' order.
     */
    public List<AccountReach> check(Session parent, List<OrgAccount> accounts, String roleName, int concurrency) {
        RoleReference.requireRoleName(roleName);
        if (concurrency < 1 || concurrency > 64) {
            throw new dev.xacct.shell.UsageError("--concurrency must be between 1 and 64");
        }
        String partition = parent.identity().map(Identity::partition).orElse("aws");
        // Resolve the parent's credentials once, here: an MFA prompt must not happen on 8 threads.
        parent.credentials().resolveCredentials();
        StsClient sts = clients.sts(parent);
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, Math.max(1, accounts.size())), r -> {
            Thread t = new Thread(r, "xacct-check-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<AccountReach>> futures = new ArrayList<>();
            for (OrgAccount account : accounts) {
                String arn = new RoleReference(partition, account.id(), "/", roleName).arn();
                futures.add(pool.submit(() -> tryAssume(sts, account, arn)));
            }
            List<AccountReach> results = new ArrayList<>();
            for (Future<AccountReach> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static AccountReach tryAssume(StsClient sts, OrgAccount account, String arn) {
        try {
            sts.assumeRole(AssumeRoleRequest.builder()
                    .roleArn(arn)
                    .roleSessionName("xacct-check")
                    .durationSeconds(900)
                    .build());
            return new AccountReach(account, arn, true, "");
        } catch (AwsServiceException e) {
            return new AccountReach(account, arn, false, reason(e));
        } catch (SdkException e) {
            return new AccountReach(account, arn, false, "no answer: " + firstLine(e.getMessage()));
        }
    }

    /** One short line for a refused AssumeRole (also the fan-out's per-account reason). */
    public static String reason(AwsServiceException e) {
        String code = AwsErrors.code(e).orElse(null);
        if (AwsErrors.kind(code) == AwsErrorKind.ACCESS_DENIED) {
            return "access denied (trust policy, external id, MFA, or your sts:AssumeRole permission)";
        }
        if ("RegionDisabledException".equals(code)) {
            return "STS is not activated in this region for the account";
        }
        String message = AwsErrors.message(e).orElse(String.valueOf(e.getMessage()));
        return (code == null ? "error" : code) + ": " + firstLine(message);
    }
}

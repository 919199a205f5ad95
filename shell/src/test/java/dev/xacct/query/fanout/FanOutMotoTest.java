package dev.xacct.query.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xacct.query.athena.AthenaSettings;
import dev.xacct.query.athena.Backoff;
import dev.xacct.render.Column;
import dev.xacct.render.ResultStream;
import dev.xacct.session.AwsClients;
import dev.xacct.session.AwsSettings;
import dev.xacct.session.ProfileCatalog;
import dev.xacct.session.SessionManager;
import dev.xacct.shell.UserError;
import dev.xacct.testing.AwsEmulator;
import dev.xacct.testing.MotoServerExtension;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.OrganizationFeatureSet;

/**
 * The fan-out against moto: an organization with member accounts, each with its own seeded Athena
 * answer; {@link MotoFront} refuses, fails or holds single accounts where moto cannot.
 */
@ExtendWith(MotoServerExtension.class)
class FanOutMotoTest {

    private static final String ROLE = "AuditRole";
    private static final String SQL = "SELECT eventname, count(*) AS events FROM cloudtrail GROUP BY 1";
    private static final AthenaSettings SETTINGS = AthenaSettings.builder()
            .outputLocation("s3://query-results/fanout/")
            .build();

    private final AwsEmulator aws;
    private final MotoFront front;
    private final SessionManager sessions;
    private final FanOut fanOut;
    private final Recorder listener = new Recorder();

    FanOutMotoTest(AwsEmulator aws) throws Exception {
        this.aws = aws;
        this.front = new MotoFront(aws.endpoint());
        AwsSettings settings =
                new AwsSettings(Optional.empty(), Optional.of("us-east-1"), Optional.of(front.endpoint()), Map.of());
        ProfileCatalog profiles = new ProfileCatalog(() -> ProfileFile.builder()
                .content("")
                .type(ProfileFile.Type.CONFIGURATION)
                .build());
        this.sessions = new SessionManager(
                settings,
                profiles,
                new AwsClients(Optional.of(front.endpoint())),
                (serial, purpose) -> {
                    throw new AssertionError("no MFA here");
                },
                () -> StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(AwsEmulator.ACCESS_KEY, AwsEmulator.SECRET_KEY)),
                Duration.ofMinutes(1),
                Duration.ofMinutes(5),
                Clock.systemUTC());
        this.fanOut = new FanOut(sessions, new Backoff(Duration.ofMillis(5), Duration.ofMillis(20), 2), 1000);
    }

    @AfterEach
    void close() {
        sessions.clients().close();
        front.close();
    }

    /** An organization with {@code members} member accounts; every account (the management one first) gets 2 rows seeded. */
    private List<String> organization(int members) {
        List<String> ids;
        try (OrganizationsClient org = OrganizationsClient.builder()
                .endpointOverride(aws.endpoint())
                .region(AwsEmulator.REGION)
                .credentialsProvider(aws.credentials())
                .build()) {
            org.createOrganization(b -> b.featureSet(OrganizationFeatureSet.ALL));
            for (int i = 0; i < members; i++) {
                int n = i;
                org.createAccount(b -> b.accountName("member-" + n).email("member-" + n + "@example.com"));
            }
            ids = org.listAccountsPaginator().stream()
                    .flatMap(p -> p.accounts().stream())
                    .map(Account::id)
                    .toList();
        }
        ids.forEach(id -> seed(id, "ConsoleLogin-" + id, "AssumeRole-" + id));
        return ids;
    }

    /** moto answers the account's next query with these event names (and counts 1, 2, …). */
    private void seed(String account, String... events) {
        StringBuilder rows =
                new StringBuilder("{\"Data\": [{\"VarCharValue\": \"eventname\"}, {\"VarCharValue\": \"events\"}]}");
        for (int i = 0; i < events.length; i++) {
            rows.append(", {\"Data\": [{\"VarCharValue\": \"")
                    .append(events[i])
                    .append("\"}, {\"VarCharValue\": \"")
                    .append(i + 1)
                    .append("\"}]}");
        }
        motoApi("/moto-api/static/athena/query-results", """
                {"account_id": "%s", "region": "us-east-1", "results": [{"rows": [%s], "column_info": [
                  {"Name": "eventname", "Label": "eventname", "Type": "varchar"},
                  {"Name": "events", "Label": "events", "Type": "bigint"}]}]}
                """.formatted(account, rows));
    }

    private void motoApi(String path, String json) {
        aws.motoApi(path, json);
    }

    private static List<List<Object>> drain(ResultStream stream) {
        List<List<Object>> rows = new ArrayList<>();
        for (List<List<Object>> page = stream.nextPage(); !page.isEmpty(); page = stream.nextPage()) {
            rows.addAll(page);
        }
        return rows;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 3000 && !condition.getAsBoolean(); i++) {
            Thread.sleep(5);
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }

    @Test
    void everyActiveAccountOfTheOrganizationAnswersUnderItsIdAndAFailingAccountIsOneRowSayingWhy() {
        List<String> ids = organization(4); // the management account and 4 members
        String denied = ids.get(2);
        String missingTable = ids.get(3);
        front.deniedAssume.add(denied);
        front.failedQueries.put(
                missingTable, "TABLE_NOT_FOUND: line 1:8: Table 'awsdatacatalog.default.cloudtrail' does not exist");

        List<List<Object>> rows;
        try (ResultStream merged =
                fanOut.run(FanOutRequest.of(FanOutRequest.Targets.parse("org"), ROLE, SQL, SETTINGS), listener)) {
            assertThat(merged.columns())
                    .extracting(Column::name)
                    .containsExactly("account", "eventname", "events", "error");
            rows = drain(merged);
        }

        assertThat(listener.targets).containsExactlyElementsOf(ids);
        Map<Object, List<List<Object>>> byAccount = rows.stream().collect(Collectors.groupingBy(r -> r.get(0)));
        assertThat(byAccount.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        for (String id : ids) {
            if (id.equals(denied) || id.equals(missingTable)) {
                continue;
            }
            assertThat(byAccount.get(id))
                    .containsExactlyInAnyOrder(
                            Arrays.asList(id, "ConsoleLogin-" + id, 1L, null),
                            Arrays.asList(id, "AssumeRole-" + id, 2L, null));
            assertThat(listener.last(id)).isEqualTo(new AccountState.Done(2));
        }
        assertThat(byAccount.get(denied)).singleElement().satisfies(row -> {
            assertThat(row.subList(0, 3)).containsExactly(denied, null, null);
            assertThat((String) row.get(3))
                    .startsWith("cannot assume AuditRole: access denied")
                    .doesNotContain("\n");
        });
        assertThat(byAccount.get(missingTable)).singleElement().satisfies(row -> {
            assertThat(row.subList(0, 3)).containsExactly(missingTable, null, null);
            assertThat((String) row.get(3))
                    .startsWith("query failed: TABLE_NOT_FOUND: line 1:8: Table")
                    .doesNotContain("\n");
        });
        assertThat(listener.last(denied))
                .isInstanceOfSatisfying(
                        AccountState.Failed.class,
                        f -> assertThat(f.describe()).startsWith("failed: cannot assume AuditRole: access denied"));
        assertThat(listener.last(missingTable)).isInstanceOf(AccountState.Failed.class);
        assertThat(listener.seen(ids.get(0))).startsWith("queued", "assuming").contains("done 2 rows");
        // every account's temporary session is gone; only the caller's own STS and Organizations clients remain
        assertThat(sessions.clients().size()).isEqualTo(2);
        assertThat(front.athenaCalls).noneMatch(c -> c.operation().equals("StopQueryExecution"));
    }

    @Test
    void rowsOfAnAccountThatFinishedArriveWhileAnotherAccountsQueryStillRuns() throws Exception {
        List<String> ids = organization(2);
        String fast = ids.get(1);
        String slow = ids.get(2);
        front.held.add(slow);

        try (ResultStream merged = fanOut.run(
                FanOutRequest.of(FanOutRequest.Targets.listed(List.of(slow, fast)), ROLE, SQL, SETTINGS), listener)) {
            List<List<Object>> first = merged.nextPage();

            assertThat(first).extracting(r -> r.get(0)).containsOnly(fast).hasSize(2);
            await("the fast account is done", () -> new AccountState.Done(2).equals(listener.last(fast)));
            assertThat(listener.last(slow))
                    .isInstanceOf(AccountState.Running.class); // still held: its query has not ended
            assertThat(front.queryIds(slow, "GetQueryResults")).isEmpty();

            front.held.remove(slow);
            List<List<Object>> rest = drain(merged);
            assertThat(rest).extracting(r -> r.get(0)).containsOnly(slow).hasSize(2);
        }
        assertThat(listener.last(slow)).isEqualTo(new AccountState.Done(2));
        assertThat(listener.seen(slow)).contains("running 0s");
    }

    @Test
    void closingTheStreamEarlyStopsTheQueriesStillRunningInTheOtherAccounts() throws Exception {
        List<String> ids = organization(3);
        List<String> held = ids.subList(1, 4);
        front.held.addAll(held);

        try (ResultStream merged =
                fanOut.run(FanOutRequest.of(FanOutRequest.Targets.listed(ids), ROLE, SQL, SETTINGS), listener)) {
            assertThat(merged.nextPage()).extracting(r -> r.get(0)).containsOnly(ids.get(0));
            await(
                    "every held account's query started",
                    () -> held.stream()
                            .allMatch(
                                    a -> !front.queryIds(a, "GetQueryExecution").isEmpty()));
        }

        for (String account : held) {
            String queryId = front.queryIds(account, "StartQueryExecution").get(0);
            assertThat(front.queryIds(account, "StopQueryExecution"))
                    .as(account)
                    .contains(queryId);
            assertThat(listener.last(account)).isEqualTo(new AccountState.Cancelled());
        }
        assertThat(front.queryIds(ids.get(0), "StopQueryExecution")).isEmpty();
        assertThat(sessions.clients().size()).isEqualTo(1); // the caller's STS client only
    }

    @Test
    void interruptingTheReaderStopsEveryRunningQueryAndEndsTheStream() throws Exception {
        List<String> ids = organization(2);
        front.held.addAll(ids);
        List<List<Object>> got = new CopyOnWriteArrayList<>();
        boolean[] stillInterrupted = new boolean[1];
        ResultStream merged =
                fanOut.run(FanOutRequest.of(FanOutRequest.Targets.listed(ids), ROLE, SQL, SETTINGS), listener);
        Thread reader = new Thread(() -> {
            got.addAll(merged.nextPage());
            stillInterrupted[0] = Thread.currentThread().isInterrupted();
        });
        reader.start();
        await(
                "every query started",
                () -> ids.stream()
                        .allMatch(a -> !front.queryIds(a, "GetQueryExecution").isEmpty()));

        reader.interrupt();
        reader.join(20_000);

        assertThat(reader.isAlive()).isFalse();
        assertThat(got).isEmpty();
        assertThat(stillInterrupted[0])
                .as("the interrupt is left for the shell to see")
                .isTrue();
        for (String account : ids) {
            assertThat(front.queryIds(account, "StopQueryExecution"))
                    .contains(front.queryIds(account, "StartQueryExecution").get(0));
            assertThat(listener.last(account)).isEqualTo(new AccountState.Cancelled());
        }
        assertThat(merged.nextPage()).isEmpty();
        merged.close();
    }

    @Test
    void closingFromAThreadCtrlCAlreadyInterruptedStillStopsTheQueries() throws Exception {
        List<String> ids = organization(1);
        front.held.addAll(ids);
        ResultStream merged =
                fanOut.run(FanOutRequest.of(FanOutRequest.Targets.listed(ids), ROLE, SQL, SETTINGS), listener);
        await(
                "every query started",
                () -> ids.stream()
                        .allMatch(a -> !front.queryIds(a, "GetQueryExecution").isEmpty()));

        Thread.currentThread().interrupt(); // e.g. Ctrl-C while the printer was busy, then the command's finally closes
        merged.close();

        assertThat(Thread.interrupted()).as("the interrupt is kept").isTrue();
        for (String account : ids) {
            assertThat(front.queryIds(account, "StopQueryExecution"))
                    .contains(front.queryIds(account, "StartQueryExecution").get(0));
        }
    }

    @Test
    void atMostConcurrencyAccountsAssumeTheirRoleAtOnceThenTheirQueriesRunSideBySide() throws Exception {
        List<String> ids = organization(4);
        front.held.addAll(ids);
        front.assumeDelayMillis = 150;

        try (ResultStream merged =
                fanOut.run(new FanOutRequest(FanOutRequest.Targets.listed(ids), ROLE, SQL, SETTINGS, 2), listener)) {
            // Every account's query runs in its own Athena at once; only the STS work was bounded.
            await(
                    "every query running",
                    () -> ids.stream().allMatch(a -> listener.last(a) instanceof AccountState.Running));
            front.held.clear();
            assertThat(drain(merged)).hasSize(10);
        }
        assertThat(front.maxAssumeInFlight.get()).isEqualTo(2);
        assertThat(ids).allSatisfy(a -> assertThat(listener.last(a)).isEqualTo(new AccountState.Done(2)));
    }

    @Test
    void anAccountAnsweringWithAColumnTheOthersDidNotHaveSaysSoInAnExtraRow() {
        List<String> ids = organization(1);
        String later = ids.get(1);
        front.held.add(later);
        motoApi("/moto-api/reset", "{}");
        seed(ids.get(0), "ConsoleLogin");
        // the later account's table has one more column
        motoApi("/moto-api/static/athena/query-results", """
                {"account_id": "%s", "results": [{"rows": [
                  {"Data": [{"VarCharValue": "eventname"}, {"VarCharValue": "region"}, {"VarCharValue": "events"}]},
                  {"Data": [{"VarCharValue": "GetObject"}, {"VarCharValue": "eu-west-1"}, {"VarCharValue": "7"}]}],
                 "column_info": [{"Name": "eventname", "Type": "varchar"}, {"Name": "region", "Type": "varchar"},
                  {"Name": "events", "Type": "bigint"}]}]}
                """.formatted(later));

        try (ResultStream merged =
                fanOut.run(FanOutRequest.of(FanOutRequest.Targets.listed(ids), ROLE, SQL, SETTINGS), listener)) {
            assertThat(merged.columns())
                    .extracting(Column::name)
                    .containsExactly("account", "eventname", "events", "error");
            front.held.remove(later);
            List<List<Object>> rows = drain(merged);
            List<Object> note = Arrays.asList(
                    later, null, null, "columns not shown (other accounts answered first without them): region");
            List<Object> laterRow = Arrays.asList(later, "GetObject", 7L, null);
            // accounts interleave as they answer; within one account the note comes before its rows
            assertThat(rows)
                    .containsExactlyInAnyOrder(Arrays.asList(ids.get(0), "ConsoleLogin", 1L, null), note, laterRow);
            assertThat(rows.indexOf(note)).isLessThan(rows.indexOf(laterRow));
        }
    }

    @Test
    void anOrganizationTrailTableOfTheCallersOrganizationIsOfferedAsTheSingleQuery() {
        List<String> ids = organization(2);
        String orgId;
        try (OrganizationsClient org = OrganizationsClient.builder()
                .endpointOverride(aws.endpoint())
                .region(AwsEmulator.REGION)
                .credentialsProvider(aws.credentials())
                .build()) {
            orgId = org.describeOrganization().organization().id();
        }
        front.tableLocations.put("cloudtrail", "s3://org-trail/logs/AWSLogs/" + orgId + "/");
        front.tableLocations.put("single", "s3://trail/AWSLogs/");
        OrganizationTrailFacts facts = new OrganizationTrailFacts(sessions.clients());

        Optional<String> notice = OrganizationTrail.advise(
                facts.gather(sessions.current(), SETTINGS, "default.cloudtrail", ids.subList(1, 3), false));

        assertThat(notice)
                .contains("one organization trail table (cloudtrail over s3://org-trail/logs/AWSLogs/" + orgId + "/) "
                        + "already holds these 2 accounts: run without --accounts and add --param accounts="
                        + ids.get(1) + "," + ids.get(2)
                        + " to query it once");
        assertThat(OrganizationTrail.advise(facts.gather(sessions.current(), SETTINGS, "single", ids, true)))
                .isEmpty();
        assertThat(OrganizationTrail.advise(facts.gather(sessions.current(), SETTINGS, "no_such_table", ids, true)))
                .isEmpty();
        assertThat(OrganizationTrail.advise(
                        facts.gather(sessions.current(), SETTINGS, "cloudtrail", List.of("999999999999"), false)))
                .as("an account outside the organization")
                .isEmpty();
    }

    @Test
    void orgWithoutAnOrganizationIsOneClearErrorBeforeAnythingRuns() {
        // moto lists no account outside an organization (AWS refuses with AWSOrganizationsNotInUse: AccountChecker's
        // message)
        assertThatThrownBy(() -> fanOut.run(
                        FanOutRequest.of(FanOutRequest.Targets.organization(), ROLE, SQL, SETTINGS), listener))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("lists no ACTIVE account")
                .hasMessageContaining("--accounts ID,ID");
        assertThat(listener.targets).isNull();
        assertThat(front.athenaCalls).isEmpty();
    }

    /** Records what the listener is told, per account. */
    static final class Recorder implements FanOutListener {
        volatile List<String> targets;
        final Map<String, List<AccountState>> states = new ConcurrentHashMap<>();

        @Override
        public void targets(List<String> accountIds) {
            targets = accountIds;
        }

        @Override
        public synchronized void progress(String accountId, AccountState state) {
            List<AccountState> seen = states.computeIfAbsent(accountId, k -> new CopyOnWriteArrayList<>());
            seen.add(state);
        }

        AccountState last(String account) {
            List<AccountState> seen = states.getOrDefault(account, List.of());
            return seen.isEmpty() ? null : seen.get(seen.size() - 1);
        }

        List<String> seen(String account) {
            return states.getOrDefault(account, List.of()).stream()
                    .map(AccountState::describe)
                    .distinct()
                    .toList();
        }
    }
}

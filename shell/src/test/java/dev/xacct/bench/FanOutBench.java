package dev.xacct.bench;

import dev.xacct.query.athena.AthenaSettings;
import dev.xacct.query.fanout.FanOut;
import dev.xacct.query.fanout.FanOutListener;
import dev.xacct.query.fanout.FanOutRequest;
import dev.xacct.render.ResultStream;
import dev.xacct.session.AwsClients;
import dev.xacct.session.AwsSettings;
import dev.xacct.session.ProfileCatalog;
import dev.xacct.session.SessionManager;
import dev.xacct.testing.AwsEmulator;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.OrganizationFeatureSet;

/**
 * bench/fanout's driver (not a test): an organization of N accounts in moto, each with a seeded
 * Athena answer of ROWS rows; times one account (assume, query, read) against the whole
 * organization ({@code --accounts org}), interleaved, and prints medians:
 * {@code query_s concurrency accounts one_ms fanout_ms ratio first_rows_ms}.
 *
 * <p>Args: endpoint runs accounts rows querySeconds concurrency… ({@code querySeconds} &gt; 0 makes
 * moto hold each query QUEUED then RUNNING that long, like a real Athena query's wait.)
 */
public final class FanOutBench {

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args[0]);
        int runs = Integer.parseInt(args[1]);
        int accounts = Integer.parseInt(args[2]);
        int rows = Integer.parseInt(args[3]);
        double querySeconds = Double.parseDouble(args[4]);
        int[] concurrencies =
                Arrays.stream(args, 5, args.length).mapToInt(Integer::parseInt).toArray();

        motoApi(endpoint, "/moto-api/reset", "{}");
        List<String> ids;
        try (OrganizationsClient org = OrganizationsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .build()) {
            org.createOrganization(b -> b.featureSet(OrganizationFeatureSet.ALL));
            for (int i = 1; i < accounts; i++) {
                int n = i;
                org.createAccount(b -> b.accountName("member-" + n).email("member-" + n + "@example.com"));
            }
            ids = org.listAccountsPaginator().stream()
                    .flatMap(p -> p.accounts().stream())
                    .map(a -> a.id())
                    .toList();
        }
        if (querySeconds > 0) {
            motoApi(
                    endpoint,
                    "/moto-api/state-manager/set-transition",
                    "{\"model_name\": \"athena::execution\", "
                            + "\"transition\": {\"progression\": \"time\", \"seconds\": " + querySeconds + "}}");
        }
        SessionManager sessions = new SessionManager(
                new AwsSettings(Optional.empty(), Optional.of("us-east-1"), Optional.of(endpoint), Map.of()),
                new ProfileCatalog(() -> ProfileFile.builder()
                        .content("")
                        .type(ProfileFile.Type.CONFIGURATION)
                        .build()),
                new AwsClients(Optional.of(endpoint)),
                (serial, purpose) -> {
                    throw new IllegalStateException("no MFA");
                },
                () -> StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")),
                Duration.ofMinutes(1),
                Duration.ofMinutes(5),
                Clock.systemUTC());
        FanOut fanOut = new FanOut(sessions);
        AthenaSettings settings = AthenaSettings.builder()
                .outputLocation("s3://bench-results/fanout/")
                .build();
        String sql = "SELECT eventname, count(*) AS events FROM cloudtrail GROUP BY 1";

        for (int concurrency : concurrencies) {
            List<Double> one = new ArrayList<>();
            List<Double> all = new ArrayList<>();
            List<Double> first = new ArrayList<>();
            for (int run = -1; run < runs; run++) { // run -1 warms up
                seed(endpoint, List.of(ids.get(0)), rows);
                double[] single = time(
                        fanOut,
                        new FanOutRequest(
                                FanOutRequest.Targets.listed(List.of(ids.get(0))),
                                "AuditRole",
                                sql,
                                settings,
                                concurrency),
                        1,
                        rows);
                seed(endpoint, ids, rows);
                double[] org = time(
                        fanOut,
                        new FanOutRequest(
                                FanOutRequest.Targets.organization(), "AuditRole", sql, settings, concurrency),
                        ids.size(),
                        rows);
                if (run >= 0) {
                    one.add(single[1]);
                    all.add(org[1]);
                    first.add(org[0]);
                }
            }
            double oneMs = median(one);
            double allMs = median(all);
            System.out.printf(
                    Locale.ROOT,
                    "%7.1f %11d %8d %8.0f %9.0f %5.2fx %13.0f%n",
                    querySeconds,
                    concurrency,
                    ids.size(),
                    oneMs,
                    allMs,
                    allMs / oneMs,
                    median(first));
        }
        sessions.clients().close();
    }

    /** {first page ms, total ms}; checks every row arrived. */
    private static double[] time(FanOut fanOut, FanOutRequest request, int accounts, int rows) {
        long start = System.nanoTime();
        long firstAt = -1;
        long count = 0;
        try (ResultStream stream = fanOut.run(request, FanOutListener.NONE)) {
            stream.columns();
            for (List<List<Object>> page = stream.nextPage(); !page.isEmpty(); page = stream.nextPage()) {
                if (firstAt < 0) {
                    firstAt = System.nanoTime();
                }
                for (List<Object> row : page) {
                    if (row.get(row.size() - 1) != null) {
                        throw new IllegalStateException("account failed: " + row);
                    }
                }
                count += page.size();
            }
        }
        long end = System.nanoTime();
        if (count != (long) accounts * rows) {
            throw new IllegalStateException("expected " + (long) accounts * rows + " rows, got " + count);
        }
        return new double[] {(firstAt - start) / 1e6, (end - start) / 1e6};
    }

    private static void seed(URI endpoint, List<String> accounts, int rows) throws Exception {
        StringBuilder data =
                new StringBuilder("{\"Data\": [{\"VarCharValue\": \"eventname\"}, {\"VarCharValue\": \"events\"}]}");
        for (int i = 0; i < rows; i++) {
            data.append(", {\"Data\": [{\"VarCharValue\": \"Event")
                    .append(i)
                    .append("\"}, {\"VarCharValue\": \"")
                    .append(i)
                    .append("\"}]}");
        }
        for (String account : accounts) {
            motoApi(
                    endpoint,
                    "/moto-api/static/athena/query-results",
                    "{\"account_id\": \"" + account + "\", \"results\": [{\"rows\": ["
                            + data + "], \"column_info\": [{\"Name\": \"eventname\", \"Type\": \"varchar\"}, "
                            + "{\"Name\": \"events\", \"Type\": \"bigint\"}]}]}");
        }
    }

    private static void motoApi(URI endpoint, String path, String json) {
        new AwsEmulator(endpoint, false).motoApi(path, json);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}

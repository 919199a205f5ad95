package dev.xacct.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.plugin.api.KeyLayout;
import dev.xacct.plugin.api.SampleData;
import dev.xacct.plugin.api.TableKind;
import dev.xacct.query.QueryRequest;
import dev.xacct.query.athena.S3ScanEstimator;
import dev.xacct.query.local.LocalEngine;
import dev.xacct.query.local.kind.KindTables;
import dev.xacct.render.ResultStream;
import dev.xacct.session.SessionManager;
import dev.xacct.template.PartitionScope;
import dev.xacct.testing.AwsEmulator;
import dev.xacct.testing.MotoServerExtension;
import dev.xacct.testing.ShippedPlugins;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code logs pull --kind KIND} against moto, for every shipped kind and S3 layout: a bucket holds
 * three days of the kind's files beside other logs; a pull of two days and one account copies
 * exactly that account's files of those days, keys kept, and the local engine reads them.
 */
@ExtendWith(MotoServerExtension.class)
class KindLogPullMotoTest {

    private static final LocalDate FROM = LocalDate.of(2025, 6, 1);
    private static final List<String> ACCOUNTS = List.of("111111111111", "222222222222");

    @TempDir
    Path temp;

    static Stream<Arguments> kindsAndLayouts() {
        return ShippedPlugins.tableKinds().stream()
                .filter(k -> k.sampleData().isPresent())
                .flatMap(k -> k.layouts().stream().filter(KeyLayout::inS3).map(l -> Arguments.of(k.name(), l.name())));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("kindsAndLayouts")
    void pullsExactlyTheFilesOfTheScopeAndTheLocalEngineReadsThem(String kindName, String layout, AwsEmulator aws)
            throws Exception {
        TableKind kind = ShippedPlugins.kind(kindName);
        Path generated = temp.resolve("generated");
        SampleData.Written written = kind.sampleData()
                .orElseThrow()
                .write(
                        generated,
                        new SampleData.Spec(FROM, FROM.plusDays(2), ACCOUNTS, List.of("us-east-1"), 5L, layout, 8, 0));
        SessionManager sessions = aws.sessions();
        S3Client s3 = sessions.clients().s3(sessions.current());
        s3.createBucket(b -> b.bucket("central-logs"));
        for (Path f : written.files()) {
            String key = "team/" + generated.relativize(f).toString().replace('\\', '/');
            s3.putObject(b -> b.bucket("central-logs").key(key), RequestBody.fromFile(f));
        }
        s3.putObject(
                b -> b.bucket("central-logs")
                        .key("team/AWSLogs/111111111111/CloudTrail/us-east-1/2025/06/01/x.json.gz"),
                RequestBody.fromString("{}"));

        // the sample writes S3 access logs under its own folder (the target prefix)
        String prefix = kindName.equals("s3-access-logs")
                ? (layout.equals("simple") ? "team/s3-access-logs-simple" : "team/s3-access-logs")
                : "team";
        PartitionScope scope = new PartitionScope(
                FROM.plusDays(1),
                FROM.plusDays(2),
                layout.equals("simple") ? List.of() : List.of("222222222222"),
                List.of());
        Path dest = temp.resolve("pulled");
        LogPuller puller = new LogPuller(new S3LogBucket(s3, "central-logs"), () -> "tester");
        PullResult result = puller.pull(
                new LogPuller.Request(
                        LogSource.parse("s3://central-logs/" + prefix),
                        Optional.empty(),
                        scope,
                        dest,
                        4,
                        new KindLogLayout(kind, Optional.of(layout))),
                new LogPuller.Listener() {});

        Set<String> expected = new TreeSet<>();
        KindTableFiles files = new KindTableFiles(kind);
        for (Path f : written.files()) {
            String rel = generated.relativize(f).toString().replace('\\', '/');
            if (files.inScope("team/" + rel, scope)) {
                expected.add("team/" + rel);
            }
        }
        assertThat(expected).isNotEmpty();
        assertThat(LogPullerMotoTest.filesUnder(dest)).isEqualTo(expected);
        assertThat(result.progress().copied()).isEqualTo(expected.size());

        // the cost guard sizes the same partitions: the files of the scope (for a layout Athena
        // cannot prune, the whole prefix)
        KeyLayout keyLayout = kind.layouts().stream()
                .filter(l -> l.name().equals(layout))
                .findFirst()
                .orElseThrow();
        S3ScanEstimator estimator = new S3ScanEstimator(s3);
        List<String> scanned = keyLayout.scanPrefixes(
                prefix + "/",
                scope.from(),
                scope.to(),
                Map.of("account", scope.accounts(), "region", scope.regions()),
                p -> estimator.folders("central-logs", p));
        long bytes = 0;
        for (Path f : written.files()) {
            String key = "team/" + generated.relativize(f).toString().replace('\\', '/');
            if (keyLayout.isFolder() ? expected.contains(key) : key.startsWith(prefix + "/")) {
                bytes += Files.size(f);
            }
        }
        assertThat(estimator.estimate("central-logs", scanned).bytes()).isEqualTo(bytes);

        try (LocalEngine engine = new LocalEngine(100, () -> KindTables.of(List.of(kind)));
                ResultStream r = engine.execute(
                        QueryRequest.of("SELECT count(*) FROM " + kind.table()).withSource(dest))) {
            assertThat(((Number) r.nextPage().get(0).get(0)).longValue()).isPositive();
        }
    }

    /** The same decision as the puller's, stated independently: the layout's values in the scope. */
    private record KindTableFiles(TableKind kind) {
        boolean inScope(String key, PartitionScope scope) {
            for (KeyLayout l : kind.layouts()) {
                var v = l.match(key);
                if (v.isPresent()) {
                    return !v.get().date().isBefore(scope.from())
                            && !v.get().date().isAfter(scope.to())
                            && (scope.accounts().isEmpty()
                                    || scope.accounts().contains(v.get().account()));
                }
            }
            return false;
        }
    }
}

package dev.xacct.query.local.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.query.local.SourceFile;
import dev.xacct.template.PartitionScope;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What is valid in a cache, what a query reads and what a build does: the rules alone, no files. */
class CachePlanTest {

    private static final LocalDate JUNE_1 = LocalDate.of(2025, 6, 1);
    private static final LocalDate JUNE_2 = LocalDate.of(2025, 6, 2);

    private static ListedFile file(String name, String account, String region, LocalDate day, long size) {
        return new ListedFile(new SourceFile(Path.of("/logs", name), account, region, day), name, size, 1_000L);
    }

    private static CacheManifest.Segment segment(LocalDate day, ListedFile... sources) {
        return new CacheManifest.Segment(
                List.of("data/" + day + "/part_" + sources[0].relative() + ".parquet"),
                day.toString(),
                10,
                100,
                List.of(sources).stream().map(ListedFile::entry).toList());
    }

    private static CacheManifest manifest(List<CacheManifest.Segment> segments, List<CacheManifest.SourceEntry> bad) {
        return new CacheManifest(CacheManifest.FORMAT, "s", "cloudtrail", "/logs", 1, segments, List.of(), bad);
    }

    private final ListedFile a1 = file("a1", "111111111111", "us-east-1", JUNE_1, 10);
    private final ListedFile b1 = file("b1", "222222222222", "eu-west-1", JUNE_1, 20);
    private final ListedFile a2 = file("a2", "111111111111", "us-east-1", JUNE_2, 30);

    @Test
    void aSegmentWhoseFilesAreAllAsTheyWereIsReadAndTheOthersFilesAreNot() {
        CacheManifest m = manifest(List.of(segment(JUNE_1, a1, b1)), List.of());

        CachePlan.Read all = CachePlan.of(m, List.of(a1, b1, a2)).read(PartitionScope.ALL);

        assertThat(all.segments()).hasSize(1);
        assertThat(all.raw()).containsExactly(a2);
    }

    @Test
    void aChangedOrDeletedFileMakesItsSegmentStaleAndItsOtherFilesAreReadFromTheSource() {
        CacheManifest m = manifest(List.of(segment(JUNE_1, a1, b1)), List.of());
        ListedFile changed = new ListedFile(b1.file(), b1.relative(), 21, b1.modified());
        ListedFile touched = new ListedFile(b1.file(), b1.relative(), b1.size(), 2_000L);

        assertThat(CachePlan.of(m, List.of(a1, changed))
                        .read(PartitionScope.ALL)
                        .raw())
                .containsExactly(a1, changed);
        assertThat(CachePlan.of(m, List.of(a1, touched)).stale()).hasSize(1);
        CachePlan deleted = CachePlan.of(m, List.of(a1));
        assertThat(deleted.read(PartitionScope.ALL).segments()).isEmpty();
        assertThat(deleted.read(PartitionScope.ALL).raw()).containsExactly(a1);
        assertThat(deleted.build(d -> true).retire()).hasSize(1);
        assertThat(deleted.build(d -> true).convert()).containsOnlyKeys(JUNE_1);
    }

    @Test
    void aQueryReadsTheSegmentsAndFilesOfItsScopeAlone() {
        CacheManifest m = manifest(List.of(segment(JUNE_1, a1, b1)), List.of());
        ListedFile noAccount = file("s3", null, null, JUNE_2, 5);
        CachePlan plan = CachePlan.of(m, List.of(a1, b1, a2, noAccount));

        CachePlan.Read oneAccount =
                plan.read(PartitionScope.days(JUNE_1, JUNE_2).withAccounts(Set.of("222222222222")));
        CachePlan.Read oneRegion = plan.read(PartitionScope.ALL.withRegions(Set.of("us-east-1")));
        CachePlan.Read secondDay = plan.read(PartitionScope.days(JUNE_2, JUNE_2));

        assertThat(oneAccount.segments()).hasSize(1);
        assertThat(oneAccount.raw()).isEmpty();
        assertThat(oneAccount.all()).containsExactly(b1);
        assertThat(oneRegion.raw()).containsExactly(a2).doesNotContain(noAccount);
        assertThat(secondDay.segments()).isEmpty();
        assertThat(secondDay.raw()).containsExactly(a2, noAccount);
    }

    @Test
    void aBuildConvertsTheUncachedFilesOfTheDaysItIsAskedForByDay() {
        CachePlan plan = CachePlan.of(manifest(List.of(), List.of()), List.of(a2, b1, a1));

        CachePlan.Build onlyJune2 = plan.build(d -> d.equals(JUNE_2));
        CachePlan.Build everything = plan.build(d -> true);

        assertThat(onlyJune2.convert()).containsOnlyKeys(JUNE_2);
        assertThat(everything.convert().get(JUNE_1)).as("by path").containsExactly(a1, b1);
        assertThat(everything.files()).isEqualTo(3);
        assertThat(everything.bytes()).isEqualTo(60);
        assertThat(CachePlan.of(manifest(List.of(segment(JUNE_1, a1, b1)), List.of()), List.of(a1, b1))
                        .build(d -> true)
                        .isEmpty())
                .isTrue();
    }

    @Test
    void aBuildIsCutIntoStepsOfWholeDaysOfAboutATenthOfItsBytes() {
        List<ListedFile> month = new ArrayList<>();
        for (int d = 1; d <= 20; d++) {
            month.add(file("f" + d, "111111111111", "us-east-1", LocalDate.of(2025, 6, d), 5L << 20));
        }
        CachePlan.Build build =
                CachePlan.of(manifest(List.of(), List.of()), month).build(d -> true);

        List<java.util.Map<LocalDate, List<ListedFile>>> steps = build.steps(CachePlan.MIN_STEP_BYTES);
        assertThat(steps).as("100 MB in steps of 10 MB: two 5 MB days each").hasSize(10);
        assertThat(steps.get(0)).containsOnlyKeys(JUNE_1, JUNE_2);
        assertThat(steps.stream().flatMap(s -> s.keySet().stream()))
                .as("every day once, in order")
                .containsExactlyElementsOf(build.convert().keySet());
        assertThat(build.steps(1L << 40))
                .as("a floor above the build: one step")
                .hasSize(1);
        assertThat(CachePlan.of(manifest(List.of(), List.of()), List.of(a1, a2))
                        .build(d -> true)
                        .steps(CachePlan.MIN_STEP_BYTES))
                .as("small data: one step")
                .hasSize(1);
    }

    @Test
    void aDayWithTooManySegmentsIsRewrittenAsOneWhenABuildTouchesIt() {
        List<CacheManifest.Segment> segments = new ArrayList<>();
        List<ListedFile> listing = new ArrayList<>();
        for (int i = 0; i < CachePlan.MAX_SEGMENTS_PER_DAY; i++) {
            ListedFile f = file("f" + i, "111111111111", "us-east-1", JUNE_1, 1);
            segments.add(segment(JUNE_1, f));
            listing.add(f);
        }
        ListedFile late = file("late", "111111111111", "us-east-1", JUNE_1, 1);
        listing.add(late);

        CachePlan.Build build =
                CachePlan.of(manifest(segments, List.of()), listing).build(d -> true);

        assertThat(build.retire()).hasSize(CachePlan.MAX_SEGMENTS_PER_DAY);
        assertThat(build.convert().get(JUNE_1)).hasSize(CachePlan.MAX_SEGMENTS_PER_DAY + 1);
    }

    @Test
    void aFileDuckDbCouldNotReadIsReadFromTheSourceAndNotTriedAgainUntilItChanges() {
        CacheManifest m = manifest(List.of(), List.of(a1.entry()));

        CachePlan same = CachePlan.of(m, List.of(a1));
        CachePlan changed = CachePlan.of(m, List.of(new ListedFile(a1.file(), a1.relative(), 99, 5L)));

        assertThat(same.read(PartitionScope.ALL).raw()).containsExactly(a1);
        assertThat(same.build(d -> true).convert()).isEmpty();
        assertThat(changed.build(d -> true).convert()).containsOnlyKeys(JUNE_1);
    }

    @Test
    void progressSaysFilesMegabytesAndTimeLeft() {
        BuildProgress halfway = new BuildProgress("/logs", 120, 60, 8 << 20, 4 << 20, Duration.ofSeconds(4));

        assertThat(halfway.line()).isEqualTo("caching /logs: 60/120 files  4.0 MB of 8.0 MB  ETA 0:04");
        assertThat(new BuildProgress("/logs", 3, 0, 10, 0, Duration.ZERO).counts())
                .isEqualTo("0/3 files  0 B of 10 B  ETA --:--");
    }
}

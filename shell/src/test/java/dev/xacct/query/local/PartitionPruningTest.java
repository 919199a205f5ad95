package dev.xacct.query.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xacct.query.QueryFailedException;
import dev.xacct.query.QueryRequest;
import dev.xacct.template.PartitionScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scoped query never opens files outside its partitions: a corrupt file elsewhere cannot break it. */
class PartitionPruningTest {

    @Test
    void aOneDayQueryDoesNotOpenOtherDaysFiles(@TempDir Path root) throws IOException {
        Path sample = SampleFiles.root();
        copy(sample, root, SampleFiles.ORGANIZATION);
        copy(sample, root, SampleFiles.SINGLE_ACCOUNT);
        Path otherDay = root.resolve("AWSLogs/o-1234abcde/222222222222/CloudTrail/us-east-1/2025/03/07");
        Files.createDirectories(otherDay);
        Files.writeString(
                otherDay.resolve("222222222222_CloudTrail_us-east-1_20250307T0100Z_broken.json"),
                "{\"Records\": [ {not json");

        try (LocalEngine engine = new LocalEngine()) {
            QueryRequest count =
                    QueryRequest.of("SELECT count(*) FROM cloudtrail").withSource(root);
            PartitionScope march6 = PartitionScope.days(LocalDate.of(2025, 3, 6), LocalDate.of(2025, 3, 6));

            assertThat(Results.single(engine.execute(count.withScope(march6)))).isEqualTo(21L);
            assertThat(Results.single(engine.execute(count.withScope(march6.withAccounts(Set.of("333333333333"))))))
                    .isEqualTo(1L);
            assertThat(Results.single(engine.execute(count.withScope(march6.withRegions(Set.of("eu-west-1"))))))
                    .isEqualTo(0L);
            assertThatThrownBy(() -> Results.all(engine.execute(count)))
                    .as("unscoped, the corrupt file is read")
                    .isInstanceOf(QueryFailedException.class);
        }
    }

    private static void copy(Path from, Path to, String relative) throws IOException {
        Files.createDirectories(to.resolve(relative).getParent());
        Files.copy(from.resolve(relative), to.resolve(relative));
    }
}

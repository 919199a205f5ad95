package dev.xacct.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PullProgressTest {

    @Test
    void theLineShowsFilesBytesRateAndEta() {
        // 40 of 120 files: 10 present, 28 copied (4 MB of 12 MB in 2 s), 2 failed
        PullProgress p = new PullProgress(120, 10, 28, 2, 12L << 20, 4L << 20, Duration.ofSeconds(2));
        assertThat(p.done()).isEqualTo(40);
        assertThat(p.line()).isEqualTo("40/120 files  4.0 MB of 12 MB  2.0 MB/s  ETA 0:04  2 failed");
    }

    @Test
    void beforeAnythingIsCopiedTheEtaIsUnknown() {
        PullProgress p = new PullProgress(5, 0, 0, 0, 5000, 0, Duration.ZERO);
        assertThat(p.eta()).isEmpty();
        assertThat(p.line()).isEqualTo("0/5 files  0 B of 4.9 KB  0 B/s  ETA --:--");
    }

    @Test
    void theSummarySaysWhatWasCopiedAndWhatWasAlreadyThere() {
        PullProgress p = new PullProgress(120, 37, 83, 0, 12_900_000, 12_900_000, Duration.ofMillis(4100));
        assertThat(p.summary())
                .isEqualTo("copied 83 files (12 MB) in 4.1 s (20 files/s, 3.0 MB/s); 37 already present");
        assertThat(new PullProgress(3, 3, 0, 0, 0, 0, Duration.ofMillis(50)).summary())
                .isEqualTo("copied 0 files (0 B) in 0.1 s; 3 already present");
        assertThat(new PullProgress(2, 0, 1, 1, 10, 5, Duration.ofSeconds(1)).summary())
                .isEqualTo("copied 1 file (5 B) in 1.0 s (1 files/s, 5 B/s); 0 already present; 1 failed");
    }

    @ParameterizedTest
    @CsvSource({"61200, 1:02", "3725000, 1:02:05"})
    void clocksShowMinutesAndHours(long millis, String shown) {
        assertThat(PullProgress.clock(Duration.ofMillis(millis))).isEqualTo(shown);
    }

    @Test
    void aFileOfTheSameSizeIsSkippedAnythingElseIsCopied() {
        assertThat(LocalCopy.upToDate(OptionalLong.of(1234), 1234)).isTrue();
        assertThat(LocalCopy.upToDate(OptionalLong.of(1000), 1234)).isFalse();
        assertThat(LocalCopy.upToDate(OptionalLong.empty(), 0)).isFalse();
    }

    @Test
    void targetsKeepTheKeyLayoutAndTemporariesAreHidden() {
        Path dest = Path.of("/cache/cloudtrail/trail");
        Path target = LocalCopy.target(dest, "AWSLogs/111111111111/CloudTrail/us-east-1/2025/03/06/f.json.gz");
        assertThat(target)
                .isEqualTo(Path.of(
                        "/cache/cloudtrail/trail/AWSLogs/111111111111/CloudTrail/us-east-1/2025/03/06/f.json.gz"));
        assertThat(LocalCopy.temporary(target, "ab12").getFileName().toString()).isEqualTo(".f.json.gz.ab12.part");
        assertThatThrownBy(() -> LocalCopy.target(dest, "../../etc/passwd"))
                .hasMessageContaining("outside the destination");
    }
}

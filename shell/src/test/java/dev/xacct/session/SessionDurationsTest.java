package dev.xacct.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xacct.shell.UsageError;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionDurationsTest {

    @Test
    void readsTheFormsUsersType() {
        assertThat(SessionDurations.parse("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(SessionDurations.parse("90m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(SessionDurations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(SessionDurations.parse("3600")).isEqualTo(Duration.ofHours(1));
        assertThat(SessionDurations.parse("3600s")).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void refusesWhatAwsWouldRefuse() {
        assertThatThrownBy(() -> SessionDurations.parse("10m"))
                .isInstanceOf(UsageError.class)
                .hasMessageContaining("15m to 12h");
        assertThatThrownBy(() -> SessionDurations.parse("13h"))
                .isInstanceOf(UsageError.class)
                .hasMessageContaining("15m to 12h");
        assertThatThrownBy(() -> SessionDurations.parse("an hour"))
                .isInstanceOf(UsageError.class)
                .hasMessageContaining("1h, 90m");
    }

    @Test
    void chainingIsCappedAtOneHour() {
        assertThat(SessionDurations.forChainedRole(Duration.ofHours(2))).isEqualTo(Duration.ofHours(1));
        assertThat(SessionDurations.forChainedRole(Duration.ofMinutes(30))).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void timeLeftReadsShort() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(SessionDurations.remaining(now.plusSeconds(42 * 60 + 30), now))
                .isEqualTo("42m");
        assertThat(SessionDurations.remaining(now.plusSeconds(2 * 3600 + 5 * 60), now))
                .isEqualTo("2h05m");
        assertThat(SessionDurations.remaining(now.plusSeconds(20), now)).isEqualTo("<1m");
        assertThat(SessionDurations.remaining(now.minusSeconds(1), now)).isEqualTo("expired");
        assertThat(SessionDurations.nearExpiry(now.plusSeconds(4 * 60), now)).isTrue();
        assertThat(SessionDurations.nearExpiry(now.plusSeconds(6 * 60), now)).isFalse();
    }
}

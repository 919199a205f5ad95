package dev.xacct.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionPromptTest {

    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    private static final Identity ADMIN =
            new Identity("111111111111", "arn:aws:sts::111111111111:assumed-role/Admin/alice", Optional.empty());

    @Test
    void showsAliasAccountRoleAndMinutesLeft() {
        assertThat(SessionPrompt.text("prod", Optional.of(ADMIN), Optional.of(NOW.plusSeconds(42 * 60 + 10)), NOW))
                .isEqualTo("prod 111111111111/Admin 42m");
    }

    @Test
    void warnsUnderFiveMinutes() {
        assertThat(SessionPrompt.text("prod", Optional.of(ADMIN), Optional.of(NOW.plusSeconds(4 * 60 + 10)), NOW))
                .isEqualTo("prod 111111111111/Admin 4m!");
    }

    @Test
    void showsOnlyTheAliasBeforeAwsWasAsked() {
        assertThat(SessionPrompt.text("default", Optional.empty(), Optional.empty(), NOW))
                .isEqualTo("default");
        Identity user = new Identity("123456789012", "arn:aws:iam::123456789012:user/ops/alice", Optional.empty());
        assertThat(SessionPrompt.text("default", Optional.of(user), Optional.empty(), NOW))
                .isEqualTo("default 123456789012/alice");
    }
}

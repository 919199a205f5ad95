package dev.xacct.query.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xacct.query.athena.AthenaSettings;
import dev.xacct.shell.UsageError;
import org.junit.jupiter.api.Test;

class FanOutRequestTest {

    @Test
    void accountsAreOrOrIdsSeparatedByCommasWithDuplicatesDropped() {
        assertThat(FanOutRequest.Targets.parse("org")).isInstanceOf(FanOutRequest.Targets.Organization.class);
        assertThat(FanOutRequest.Targets.parse(" 111111111111, 222222222222,111111111111 "))
                .isEqualTo(new FanOutRequest.Targets.Listed(java.util.List.of("111111111111", "222222222222")));
        assertThatThrownBy(() -> FanOutRequest.Targets.parse("11111111111"))
                .isInstanceOf(UsageError.class)
                .hasMessageContaining("12 digits");
        assertThatThrownBy(() -> FanOutRequest.Targets.parse(" , "))
                .isInstanceOf(UsageError.class)
                .hasMessageContaining("at least one account");
    }

    @Test
    void aRoleNameIsRequiredAndConcurrencyIsBounded() {
        FanOutRequest.Targets org = FanOutRequest.Targets.organization();
        assertThat(FanOutRequest.of(org, " AuditRole ", "SELECT 1", AthenaSettings.defaults())
                        .concurrency())
                .isEqualTo(8);
        assertThatThrownBy(() -> FanOutRequest.of(org, null, "SELECT 1", AthenaSettings.defaults()))
                .isInstanceOf(UsageError.class)
                .hasMessageContaining("--role-name");
        assertThatThrownBy(() -> FanOutRequest.of(org, "bad role!", "SELECT 1", AthenaSettings.defaults()))
                .isInstanceOf(UsageError.class)
                .hasMessageContaining("not a valid role name");
        assertThatThrownBy(() -> new FanOutRequest(org, "AuditRole", "SELECT 1", AthenaSettings.defaults(), 0))
                .isInstanceOf(UsageError.class)
                .hasMessageContaining("--concurrency");
    }
}

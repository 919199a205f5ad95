package dev.xacct.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xacct.shell.UsageError;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoleReferenceTest {

    @Test
    void readsARoleArnWithItsPath() {
        RoleReference role = RoleReference.parse("arn:aws:iam::111111111111:role/ops/Admin", Optional.empty(), "aws");
        assertThat(role.accountId()).isEqualTo("111111111111");
        assertThat(role.path()).isEqualTo("/ops/");
        assertThat(role.roleName()).isEqualTo("Admin");
        assertThat(role.arn()).isEqualTo("arn:aws:iam::111111111111:role/ops/Admin");
    }

    @Test
    void readsAccountColonRoleInTheCurrentPartition() {
        assertThat(RoleReference.parse("333333333333:Auditor", Optional.empty(), "aws-cn")
                        .arn())
                .isEqualTo("arn:aws-cn:iam::333333333333:role/Auditor");
    }

    @Test
    void aBareNameIsARoleInTheCurrentAccount() {
        assertThat(RoleReference.parse("ReadOnly", Optional.of("222222222222"), "aws")
                        .arn())
                .isEqualTo("arn:aws:iam::222222222222:role/ReadOnly");
    }

    @Test
    void aMalformedArnShowsTheExpectedShape() {
        assertThatThrownBy(() -> RoleReference.parse("arn:aws:iam:111111111111:role/Admin", Optional.empty(), "aws"))
                .isInstanceOf(UsageError.class)
                .hasMessageContaining("malformed role ARN")
                .hasMessageContaining("arn:aws:iam::111111111111:role/NAME");
    }

    @Test
    void aShortAccountIdSaysHowManyDigitsItHas() {
        assertThatThrownBy(() -> RoleReference.parse("11111111111:Admin", Optional.empty(), "aws"))
                .isInstanceOf(UsageError.class)
                .hasMessage(
                        "'11111111111' is not an AWS account id (it has 11 digits): expected 12 digits, e.g. 111111111111");
    }

    @Test
    void anAssumedRoleSessionArnPointsToItsRole() {
        assertThatThrownBy(() -> RoleReference.parse(
                        "arn:aws:sts::111111111111:assumed-role/Admin/alice", Optional.empty(), "aws"))
                .hasMessageContaining("arn:aws:iam::111111111111:role/Admin");
    }

    @Test
    void aBareNameWithoutAKnownAccountListsTheShapes() {
        assertThatThrownBy(() -> RoleReference.parse("Admin", Optional.empty(), "aws"))
                .isInstanceOf(UsageError.class)
                .hasMessageContaining("111111111111:Admin");
        assertThatThrownBy(() -> RoleReference.parse("Ad min", Optional.of("111111111111"), "aws"))
                .isInstanceOf(UsageError.class)
                .hasMessageContaining("not a valid role name");
    }
}

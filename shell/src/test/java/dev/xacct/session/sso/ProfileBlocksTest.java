package dev.xacct.session.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xacct.shell.UsageError;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProfileBlocksTest {

    private static final SsoSessionConfig CORP =
            new SsoSessionConfig(Optional.of("corp"), "https://corp.awsapps.com/start", "us-east-1", List.of());
    private static final SsoAccount PROD = new SsoAccount("111111111111", "Prod Main", "p@example.com");
    private static final SsoAccount DEV = new SsoAccount("222222222222", "dev", "d@example.com");
    private static final List<SsoAssignment> GRANTS = List.of(
            new SsoAssignment(PROD, "ReadOnly"), new SsoAssignment(PROD, "Admin"), new SsoAssignment(DEV, "Admin"));

    @Test
    void namesAreAccountDotRoleWithUnsafeCharactersReplaced() {
        assertThat(ProfileBlocks.defaultName(PROD, "ReadOnly")).isEqualTo("Prod-Main.ReadOnly");
        assertThat(ProfileBlocks.name("{sso_session}-{account_id}-{role_name}", DEV, "Admin", Optional.of("corp")))
                .isEqualTo("corp-222222222222-Admin");
        assertThatThrownBy(() -> ProfileBlocks.name("{account}", DEV, "Admin", Optional.empty()))
                .isInstanceOf(UsageError.class)
                .hasMessage("unknown placeholder {account} in --name: use {account_name}, {account_id}, {role_name}, "
                        + "{sso_session}");
    }

    @Test
    void oneBlockPerAccountAndRoleExistingOnesLeftAlone() {
        List<ProfileBlocks.Block> blocks = ProfileBlocks.blocks(
                GRANTS,
                CORP,
                Optional.of("admin"),
                Optional.of("eu-west-1"),
                ProfileBlocks.DEFAULT_TEMPLATE,
                Set.of("dev.Admin"));
        assertThat(blocks).extracting(ProfileBlocks.Block::name).containsExactly("Prod-Main.Admin", "dev.Admin");
        assertThat(ProfileBlocks.text(blocks))
                .isEqualTo("[profile Prod-Main.Admin]\nsso_session = corp\nsso_account_id = 111111111111\n"
                        + "sso_role_name = Admin\nregion = eu-west-1\n");
    }

    @Test
    void aLegacySignInGetsItsStartUrlAndRegion() {
        SsoSessionConfig legacy = SsoSessionConfig.legacy("https://corp.awsapps.com/start", "eu-west-1");
        String text = ProfileBlocks.text(ProfileBlocks.blocks(
                GRANTS.subList(0, 1),
                legacy,
                Optional.empty(),
                Optional.empty(),
                ProfileBlocks.DEFAULT_TEMPLATE,
                Set.of()));
        assertThat(text)
                .isEqualTo("[profile Prod-Main.ReadOnly]\nsso_start_url = https://corp.awsapps.com/start\n"
                        + "sso_region = eu-west-1\nsso_account_id = 111111111111\nsso_role_name = ReadOnly\n");
    }

    @Test
    void aTemplateThatGivesOneNameTwiceIsRefused() {
        assertThatThrownBy(() -> ProfileBlocks.blocks(
                        GRANTS, CORP, Optional.empty(), Optional.empty(), "{account_name}", Set.of()))
                .isInstanceOf(UsageError.class)
                .hasMessageContaining("gives the name 'Prod-Main' twice");
    }
}

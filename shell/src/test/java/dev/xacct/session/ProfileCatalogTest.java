package dev.xacct.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xacct.shell.UserError;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.profiles.ProfileFile;

class ProfileCatalogTest {

    private static final String CONFIG = """
            [default]
            region = us-east-1

            [profile prod-admin]
            role_arn = arn:aws:iam::111111111111:role/Admin
            source_profile = default
            mfa_serial = arn:aws:iam::123456789012:mfa/alice
            external_id = ext-1
            region = eu-west-1

            [profile sso-dev]
            sso_session = corp
            sso_account_id = 222222222222
            sso_role_name = Developer

            [profile ci]
            role_arn = arn:aws:iam::333333333333:role/Deploy
            credential_source = Environment

            [profile tool]
            credential_process = /usr/local/bin/get-creds
            """;

    private final ProfileCatalog catalog = new ProfileCatalog(() -> ProfileFile.builder()
            .content(CONFIG)
            .type(ProfileFile.Type.CONFIGURATION)
            .build());

    @Test
    void listsEveryProfileWithHowItGetsCredentials() {
        assertThat(catalog.names()).containsExactly("ci", "default", "prod-admin", "sso-dev", "tool");
        AwsProfile admin = catalog.require("prod-admin");
        assertThat(admin.kind()).isEqualTo("role");
        assertThat(admin.source()).isEqualTo("profile default");
        assertThat(admin.mfaSerial()).contains("arn:aws:iam::123456789012:mfa/alice");
        assertThat(admin.externalId()).contains("ext-1");
        assertThat(admin.region()).contains("eu-west-1");
        assertThat(catalog.require("sso-dev").kind()).isEqualTo("sso");
        assertThat(catalog.require("sso-dev").sso()).contains("sso-session corp 222222222222/Developer");
        assertThat(catalog.require("ci").source()).isEqualTo("Environment");
        assertThat(catalog.require("tool").kind()).isEqualTo("process");
    }

    @Test
    void anUnknownProfileNamesTheClosestOnes() {
        assertThatThrownBy(() -> catalog.require("prod-amdin"))
                .isInstanceOf(UserError.class)
                .hasMessage("no profile 'prod-amdin'; did you mean prod-admin?");
        assertThatThrownBy(() -> catalog.require("staging"))
                .isInstanceOf(UserError.class)
                .hasMessage("no profile 'staging'; profiles: ci, default, prod-admin, sso-dev, tool");
    }
}

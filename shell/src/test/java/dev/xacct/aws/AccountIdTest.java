package dev.xacct.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"111111111111", "000000000001", "123456789012"})
    void twelveDigitsAreAnAccountId(String text) {
        assertThat(AccountId.isValid(text)).isTrue();
        assertThat(AccountId.of(text).value()).isEqualTo(text);
        assertThat(AccountId.tryParse(text)).map(AccountId::toString).contains(text);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "11111111111",
                "1111111111111",
                "1111-1111-1111",
                " 111111111111",
                "11111111111a",
                "١١١١١١١١١١١١",
                "aws"
            })
    void anythingElseIsNot(String text) {
        assertThat(AccountId.isValid(text)).isFalse();
        assertThat(AccountId.tryParse(text)).isEmpty();
        assertThatThrownBy(() -> AccountId.of(text)).hasMessageContaining("is not an AWS account id (12 digits)");
    }

    @ParameterizedTest
    @CsvSource({"o-abcde12345, true", "o-1234abcdef, true", "o-1234abcde, false", "o-, false", "O-ABCDE12345, false"})
    void organizationIdsFollowTheOrganizationsPattern(String text, boolean valid) {
        assertThat(OrganizationId.isValid(text)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"o-demo12345, true", "o-1234abcde, true", "o-1234abcdef, true", "o-, false", "AWSLogs, false"})
    void anOrganizationFolderMayBeShorterThanAnIssuedId(String text, boolean folder) {
        assertThat(OrganizationId.looksLike(text)).isEqualTo(folder);
    }
}

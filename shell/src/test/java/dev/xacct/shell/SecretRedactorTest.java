package dev.xacct.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretRedactorTest {

    @Test
    void masksSecretKeysTokensAndMfaCodes() {
        String secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
        String token = "IQoJb3JpZ2luX2VjEJr" + "A".repeat(120);
        String text = "key " + secret + " token " + token + " assume x --mfa-code 123456 --mfa-code=654321";
        String redacted = SecretRedactor.redact(text);
        assertThat(redacted)
                .doesNotContain(secret)
                .doesNotContain(token)
                .doesNotContain("123456")
                .doesNotContain("654321");
        assertThat(redacted).contains("--mfa-code ****").contains("--mfa-code=****");
    }

    @Test
    void showsOnlyTheEndsOfAnAccessKeyId() {
        assertThat(SecretRedactor.redact("key ASIAEXAMPLE123456ABC in use")).isEqualTo("key ASIAEXAM…6ABC in use");
    }

    @Test
    void leavesCanonicalIdsArnsAndPathsAlone() {
        String canonical = "a".repeat(64);
        String text = "owner " + canonical
                + " arn:aws:iam::111111111111:role/Admin s3://ct-bucket/AWSLogs/111111111111/CloudTrail/";
        assertThat(SecretRedactor.redact(text)).isEqualTo(text);
    }

    @Test
    void masksCredentialFieldsInJsonAndIni() {
        assertThat(SecretRedactor.redact("{\"SecretAccessKey\": \"abc\", \"SessionToken\": \"def\"}"))
                .doesNotContain("abc")
                .doesNotContain("def");
        assertThat(SecretRedactor.redact("aws_secret_access_key = abcdef")).doesNotContain("abcdef");
    }

    @Test
    void masksOnlyValuesNeverTheWordsOfAMessage() {
        assertThat(SecretRedactor.redact("option --mfa-code needs a value (see 'assume --help')"))
                .isEqualTo("option --mfa-code needs a value (see 'assume --help')");
        assertThat(SecretRedactor.redact("assume r --token-code 123456")).isEqualTo("assume r --token-code ****");
    }

    @Test
    void leavesLongCamelCaseNamesAlone() {
        String pack = "AcmeSecurityTeamCloudTrailInvestigations";
        assertThat(pack).hasSize(40);
        assertThat(SecretRedactor.redact("no pack '" + pack + "'")).isEqualTo("no pack '" + pack + "'");
        String longName =
                "OrganizationWideCloudTrailIncidentResponseTemplatesForTheSecurityOperationsCenterTeamAndAuditorsToo";
        assertThat(SecretRedactor.redact(longName)).isEqualTo(longName);
        // a secret key with neither digits nor slashes is still masked
        assertThat(SecretRedactor.redact("k wJalrXUtnFEMIKTMDENGbPxRfiCYEXAMPLEKEYAB"))
                .isEqualTo("k ****");
    }
}

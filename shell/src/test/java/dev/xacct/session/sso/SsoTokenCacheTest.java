package dev.xacct.session.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xacct.shell.UsageError;
import dev.xacct.shell.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache as the AWS CLI v2 reads and writes it. Expected keys and texts were computed with the
 * CLI's own rules in Python ({@code hashlib.sha1(name.encode()).hexdigest()},
 * {@code json.dumps(args, sort_keys=True)}).
 */
class SsoTokenCacheTest {

    private static final SsoSessionConfig CORP = new SsoSessionConfig(
            Optional.of("corp"), "https://corp.awsapps.com/start", "us-east-1", List.of("sso:account:access"));

    @Test
    void tokenFilesAreNamedBySha1OfTheSessionNameOrTheStartUrl() {
        assertThat(CORP.cacheKey()).isEqualTo("ee0bfd2552fbd840c02cc48b6e823320543c450f");
        assertThat(SsoSessionConfig.legacy("https://corp.awsapps.com/start", "us-east-1")
                        .cacheKey())
                .isEqualTo("a51746d4aa793ae07b25e90c3a5db96fc7832bd7");
    }

    @Test
    void registrationKeysAreSha1OfPythonsSortedJson() {
        assertThat(SsoTokenCache.registrationKey(CORP)).isEqualTo("1b56c55d6e723362537167a7f43960b8185b5a80");
        assertThat(SsoTokenCache.registrationKey(
                        SsoSessionConfig.legacy("https://corp.awsapps.com/start", "eu-west-1")))
                .isEqualTo("3a62fc7fd3ab838419eccab5b58d0124a95b510d");
    }

    @Test
    void jsonTextIsWhatPythonWrites() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("k", "é\"\\/\u007f\n");
        assertThat(CliJson.object(members)).isEqualTo("{\"k\": \"\\u00e9\\\"\\\\/\\u007f\\n\"}");
    }

    @Test
    void writesTheCliFormatPrivatelyAndReadsItBack(@TempDir Path dir) throws Exception {
        SsoTokenCache cache = new SsoTokenCache(dir.resolve("sso").resolve("cache"));
        SsoToken token = new SsoToken(
                "AccessTokenSecret",
                Instant.parse("2030-01-31T12:00:00Z"),
                Optional.of("RefreshTokenSecret"),
                Optional.of("client-1"),
                Optional.of("ClientSecretSecret"),
                Optional.of(Instant.parse("2030-04-01T00:00:00Z")),
                Optional.empty(),
                Optional.empty());
        Path file = cache.store(CORP, token);

        assertThat(file.getFileName()).hasToString("ee0bfd2552fbd840c02cc48b6e823320543c450f.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        assertThat(Files.readString(file))
                .isEqualTo(
                        "{\"startUrl\": \"https://corp.awsapps.com/start\", \"region\": \"us-east-1\", "
                                + "\"accessToken\": \"AccessTokenSecret\", \"expiresAt\": \"2030-01-31T12:00:00Z\", "
                                + "\"clientId\": \"client-1\", \"clientSecret\": \"ClientSecretSecret\", "
                                + "\"registrationExpiresAt\": \"2030-04-01T00:00:00Z\", \"refreshToken\": \"RefreshTokenSecret\"}");
        SsoToken read = cache.token(CORP).orElseThrow();
        assertThat(read.accessToken()).isEqualTo("AccessTokenSecret");
        assertThat(read.refreshable(Instant.parse("2030-01-31T00:00:00Z"))).isTrue();
        assertThat(read.toString()).doesNotContain("Secret");
        assertThat(cache.tokens()).hasSize(1);
        assertThat(cache.tokens().get(0).toString()).doesNotContain("Secret");
    }

    @Test
    void readsTokensTheCliWroteIncludingOlderTimeFormats(@TempDir Path dir) throws Exception {
        SsoTokenCache cache = new SsoTokenCache(dir);
        Files.writeString(
                dir.resolve(CORP.cacheKey() + ".json"),
                "{\"startUrl\": \"https://corp.awsapps.com/start\", \"region\": \"us-east-1\", "
                        + "\"accessToken\": \"t\", \"expiresAt\": \"2030-01-31T12:00:00UTC\"}");
        assertThat(cache.token(CORP).orElseThrow().expiresAt()).isEqualTo(Instant.parse("2030-01-31T12:00:00Z"));
        assertThat(SsoTokenCache.parseTime("2030-01-31T12:00:00+00:00"))
                .contains(Instant.parse("2030-01-31T12:00:00Z"));
        assertThat(SsoTokenCache.parseTime("2030-01-31T12:00:00.123Z")).isPresent();
    }

    @Test
    void aBrokenCacheFileIsOneLineThatDoesNotQuoteIt(@TempDir Path dir) throws Exception {
        SsoTokenCache cache = new SsoTokenCache(dir);
        Files.writeString(dir.resolve(CORP.cacheKey() + ".json"), "{\"accessToken\": \"LeakMe\", ");
        assertThatThrownBy(() -> cache.token(CORP))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("remove it and sign in again")
                .hasMessageNotContaining("LeakMe");
    }

    @Test
    void registrationsAreSharedWithTheCli(@TempDir Path dir) throws Exception {
        SsoTokenCache cache = new SsoTokenCache(dir);
        cache.storeRegistration(
                CORP,
                new ClientRegistration(
                        "client-9",
                        "S3cret",
                        Instant.parse("2030-04-01T00:00:00Z"),
                        CORP.registrationScopes(),
                        List.of()));
        JsonNode written = new ObjectMapper()
                .readTree(Files.readString(dir.resolve("1b56c55d6e723362537167a7f43960b8185b5a80.json")));
        assertThat(written.get("expiresAt").asText()).isEqualTo("2030-04-01T00:00:00Z");
        assertThat(written.get("scopes").get(0).asText()).isEqualTo("sso:account:access");
        ClientRegistration read = cache.registration(CORP).orElseThrow();
        assertThat(read.usableForDeviceFlow(Instant.parse("2030-01-01T00:00:00Z")))
                .isTrue();
        assertThat(read.usableForDeviceFlow(Instant.parse("2030-03-31T23:50:00Z")))
                .isFalse();
    }

    @Test
    void aStartUrlMustBeHttps() {
        assertThatThrownBy(() -> SsoSessionConfig.legacy("http://corp.awsapps.com/start", "us-east-1"))
                .isInstanceOf(UsageError.class)
                .hasMessage("'http://corp.awsapps.com/start' is not an https start URL: expected the AWS access "
                        + "portal URL, e.g. https://my-org.awsapps.com/start");
        assertThatThrownBy(() -> SsoSessionConfig.legacy("https://corp.awsapps.com/start", "useast1"))
                .isInstanceOf(UsageError.class)
                .hasMessageContaining("is not a region");
    }
}

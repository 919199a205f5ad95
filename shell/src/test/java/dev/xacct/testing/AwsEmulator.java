package dev.xacct.testing;

import dev.xacct.session.AwsClients;
import dev.xacct.session.AwsSettings;
import dev.xacct.session.ProfileCatalog;
import dev.xacct.session.SessionManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The AWS emulator a test talks to: its endpoint, the fake credentials it accepts, and a reset.
 * The same object serves moto_server and LocalStack (given through {@code XACCT_TEST_ENDPOINT}).
 */
public record AwsEmulator(URI endpoint, boolean managed) {

    public static final String ACCESS_KEY = "testing";
    public static final String SECRET_KEY = "testing";
    public static final Region REGION = Region.US_EAST_1;
    /** moto's default account: the identity behind the fake credentials. */
    public static final String DEFAULT_ACCOUNT = "123456789012";

    public StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
    }

    /** An S3 client on this emulator (path-style addressing, the fake credentials); the caller closes it. */
    public S3Client s3() {
        return S3Client.builder()
                .endpointOverride(endpoint)
                .region(REGION)
                .credentialsProvider(credentials())
                .forcePathStyle(true)
                .build();
    }

    /**
     * A session manager on this emulator as a user without profiles has it: the fake credentials
     * as the base identity, us-east-1, and 000000 for any MFA code asked.
     */
    public SessionManager sessions() {
        AwsSettings settings =
                new AwsSettings(Optional.empty(), Optional.of(REGION.id()), Optional.of(endpoint), Map.of());
        ProfileCatalog noProfiles = new ProfileCatalog(() -> ProfileFile.builder()
                .content("")
                .type(ProfileFile.Type.CONFIGURATION)
                .build());
        return new SessionManager(
                settings,
                noProfiles,
                new AwsClients(Optional.of(endpoint)),
                (serial, why) -> "000000",
                this::credentials);
    }

    /** Environment for a subprocess ({@code ./xacct -c …}) pointed at this emulator. */
    public Map<String, String> environment() {
        return Map.of(
                "AWS_ENDPOINT_URL", endpoint.toString(),
                "AWS_ACCESS_KEY_ID", ACCESS_KEY,
                "AWS_SECRET_ACCESS_KEY", SECRET_KEY,
                "AWS_REGION", REGION.id(),
                "AWS_DEFAULT_REGION", REGION.id());
    }

    /**
     * POSTs {@code json} to one of moto's own endpoints ({@code /moto-api/static/athena/query-results},
     * {@code /moto-api/state-manager/set-transition}…); IllegalStateException when moto refuses it.
     */
    public void motoApi(String path, String json) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(endpoint.resolve(path))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(json))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(path + ": interrupted", e);
        }
    }

    /** Forgets every resource: moto's {@code /moto-api/reset}, LocalStack's state reset. */
    public void reset() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (String path : new String[] {"/moto-api/reset", "/_localstack/state/reset"}) {
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(endpoint.resolve(path))
                                .timeout(Duration.ofSeconds(20))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() < 300) {
                    return;
                }
            } catch (Exception e) {
                // try the next emulator's reset
            }
        }
    }
}

package dev.xacct.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xacct.shell.NetworkErrors;
import dev.xacct.shell.UserError;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * A console sign-in URL for a session, the way a custom identity broker makes one (<a
 * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_enable-console-custom-url.html">Enable
 * custom identity broker access to the AWS console</a>): the session's role credentials go to the
 * federation endpoint's {@code getSigninToken}, and the token into a {@code login} URL that opens
 * the console as that role. Only role credentials work (assumed roles and IAM Identity Center
 * roles); the endpoint is {@code XACCT_FEDERATION_ENDPOINT} when set (tests).
 *
 * <p>The URL signs in whoever opens it for 15 minutes: it is printed or opened on request only.
 */
public final class ConsoleSignIn {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<URI> endpointOverride;
    private final HttpClient http;

    /** @param env the environment: {@code XACCT_FEDERATION_ENDPOINT} overrides the endpoint */
    public ConsoleSignIn(Map<String, String> env) {
        this.endpointOverride = Optional.ofNullable(env.get("XACCT_FEDERATION_ENDPOINT"))
                .filter(v -> !v.isBlank())
                .map(String::strip)
                .map(URI::create);
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    /**
     * The sign-in URL for {@code session}, whose identity is {@code identity}, opening the console
     * in the session's region.
     */
    public URI url(Session session, Identity identity) {
        if (!identity.isRoleSession()) {
            throw new UserError("a console sign-in URL needs role credentials, and '" + session.alias() + "' is "
                    + identity.arn() + " (" + session.source() + "): assume a role first ('assume ROLE' or "
                    + "'sso use ACCOUNT/ROLE'), then run 'console' there");
        }
        AwsCredentials credentials = session.credentials().resolveCredentials();
        if (!(credentials instanceof AwsSessionCredentials temporary)) {
            throw new UserError(
                    "'" + session.alias() + "' has no temporary credentials to sign in to the console with");
        }
        String partition = identity.partition();
        URI federation = endpointOverride.orElseGet(() -> URI.create(
                switch (partition) {
                    case "aws-cn" -> "https://signin.amazonaws.cn/federation";
                    case "aws-us-gov" -> "https://signin.amazonaws-us-gov.com/federation";
                    default -> "https://signin.aws.amazon.com/federation";
                }));
        Map<String, String> sessionJson = new LinkedHashMap<>();
        sessionJson.put("sessionId", temporary.accessKeyId());
        sessionJson.put("sessionKey", temporary.secretAccessKey());
        sessionJson.put("sessionToken", temporary.sessionToken());
        String token = signinToken(federation, sessionJson, session.alias());
        String console = switch (partition) {
                    case "aws-cn" -> "https://console.amazonaws.cn/console/home?region=";
                    case "aws-us-gov" -> "https://console.amazonaws-us-gov.com/console/home?region=";
                    default -> "https://console.aws.amazon.com/console/home?region=";
                }
                + session.region().id();
        return URI.create(federation + "?Action=login&Issuer=xacct&Destination=" + encode(console) + "&SigninToken="
                + encode(token));
    }

    private String signinToken(URI federation, Map<String, String> sessionJson, String alias) {
        HttpResponse<String> response;
        try {
            String query = "?Action=getSigninToken&Session=" + encode(JSON.writeValueAsString(sessionJson));
            response = http.send(
                    HttpRequest.newBuilder(URI.create(federation + query))
                            .timeout(TIMEOUT)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UserError("cannot reach the federation endpoint " + federation + ": "
                    + NetworkErrors.reasonOrGeneric(e) + "; check the network (or the federation endpoint setting)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted");
        }
        if (response.statusCode() != 200) {
            throw new UserError("the federation endpoint " + federation + " refused the credentials of '" + alias
                    + "' (HTTP " + response.statusCode() + "): they may have expired; open the session again");
        }
        try {
            JsonNode token = JSON.readTree(response.body()).get("SigninToken");
            if (token == null || !token.isTextual() || token.asText().isEmpty()) {
                throw new UserError("the federation endpoint " + federation + " answered without a SigninToken");
            }
            return token.asText();
        } catch (IOException e) {
            throw new UserError("the federation endpoint " + federation + " answered something that is not JSON");
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

package dev.xacct.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * IAM Identity Center in AWS's wire format (REST-JSON), in process, for what moto does not have:
 * SSO OIDC ({@code /client/register}, {@code /device_authorization}, {@code /token}), the access
 * portal ({@code /assignment/accounts}, {@code /assignment/roles}, {@code /federation/credentials},
 * {@code /logout}) and the console federation endpoint ({@code /federation?Action=getSigninToken}).
 * Point the SDK at it with {@code AWS_ENDPOINT_URL_SSO_OIDC} and {@code AWS_ENDPOINT_URL_SSO}
 * ({@link #environment()}).
 *
 * <p>The device code is approved by "the user" after {@link #pendingPolls} polls. Role
 * credentials come from moto's AssumeRole when a moto endpoint is given, so STS (on moto) knows
 * who they belong to; otherwise they are synthetic. Every secret it issues contains
 * {@link #SECRET_MARK}, so tests can look for leaks.
 */
public final class IdentityCenterStub implements AutoCloseable {

    /** In every token, client secret, refresh token and secret key this stub issues. */
    public static final String SECRET_MARK = "IdcStubSecret";

    public static final String START_URL = "https://corp.awsapps.com/start";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** How many CreateToken polls answer authorization_pending before the code counts as approved. */
    public volatile int pendingPolls = 1;
    /** Answer the first poll with slow_down. */
    public volatile boolean slowDownFirst = false;
    /** Never approve: every poll answers expired_token. */
    public volatile boolean expireDeviceCodes = false;
    /** Lifetime of the access tokens issued. */
    public volatile Duration tokenLifetime = Duration.ofHours(8);
    /** Accounts per page of ListAccounts (and roles per page of ListAccountRoles). */
    public volatile int pageSize = 2;
    /** The interval StartDeviceAuthorization asks for, in seconds. */
    public volatile int interval = 1;

    /** Every request: method, path, query, grant type (no secrets). */
    public final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    private final HttpServer server;
    private final Optional<URI> moto;
    private final Map<String, String> accountNames = new LinkedHashMap<>();
    private final Map<String, List<String>> rolesByAccount = new LinkedHashMap<>();
    private final Map<String, String> clients = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> devicePolls = new ConcurrentHashMap<>();
    private final Map<String, Instant> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();
    private final List<String> signinSessions = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger counter = new AtomicInteger();

    /** @param moto where STS is, to mint role credentials STS will recognise; empty for synthetic ones */
    public IdentityCenterStub(Optional<URI> moto) throws IOException {
        this.moto = moto;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Grants {@code roles} in account {@code id} named {@code name}. */
    public synchronized IdentityCenterStub grant(String id, String name, String... roles) {
        accountNames.put(id, name);
        rolesByAccount.computeIfAbsent(id, k -> new ArrayList<>()).addAll(List.of(roles));
        return this;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** {@code AWS_ENDPOINT_URL_SSO_OIDC} and {@code AWS_ENDPOINT_URL_SSO} to this stub, and the federation endpoint. */
    public Map<String, String> environment() {
        return Map.of(
                "AWS_ENDPOINT_URL_SSO_OIDC", endpoint().toString(),
                "AWS_ENDPOINT_URL_SSO", endpoint().toString(),
                "XACCT_FEDERATION_ENDPOINT", endpoint() + "/federation");
    }

    /** Issues an access token (and refresh token) as if the user had signed in, for cache files written by a test. */
    public String issueAccessToken(Instant expiresAt) {
        String token = SECRET_MARK + "Access" + counter.incrementAndGet();
        accessTokens.put(token, expiresAt);
        return token;
    }

    /** A refresh token this stub accepts, for the given client. */
    public String issueRefreshToken(String clientId) {
        String token = SECRET_MARK + "Refresh" + counter.incrementAndGet();
        refreshTokens.put(token, clientId);
        return token;
    }

    /** A client registration this stub accepts: {id, secret}. */
    public String[] registerClient() {
        String id = "client-" + counter.incrementAndGet();
        String secret = SECRET_MARK + "ClientSecret" + counter.get();
        clients.put(id, secret);
        return new String[] {id, secret};
    }

    public long count(String what) {
        synchronized (requests) {
            return requests.stream().filter(r -> r.contains(what)).count();
        }
    }

    /** The access key ids sent to getSigninToken. */
    public List<String> signinSessions() {
        return List.copyOf(signinSessions);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ---- wire ------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            JsonNode json = body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
            String line = exchange.getRequestMethod() + " " + path
                    + (json.has("grantType") ? " grant=" + json.get("grantType").asText() : "");
            requests.add(line);
            switch (path) {
                case "/client/register" -> register(exchange, json);
                case "/device_authorization" -> deviceAuthorization(exchange, json);
                case "/token" -> token(exchange, json);
                case "/assignment/accounts" -> accounts(exchange, query);
                case "/assignment/roles" -> roles(exchange, query);
                case "/federation/credentials" -> roleCredentials(exchange, query);
                case "/logout" -> logout(exchange);
                case "/federation" -> signinToken(exchange, query);
                default -> error(exchange, 404, "UnknownOperationException", "no such path " + path);
            }
        } catch (RuntimeException e) {
            error(exchange, 500, "InternalServerException", e.toString());
        }
    }

    private void register(HttpExchange exchange, JsonNode json) throws IOException {
        String[] client = registerClient();
        ObjectNode out = JSON.createObjectNode();
        out.put("clientId", client[0]);
        out.put("clientSecret", client[1]);
        out.put("clientIdIssuedAt", Instant.now().getEpochSecond());
        out.put("clientSecretExpiresAt", Instant.now().plus(Duration.ofDays(90)).getEpochSecond());
        respond(exchange, 200, out);
    }

    private void deviceAuthorization(HttpExchange exchange, JsonNode json) throws IOException {
        if (!knownClient(json)) {
            error(exchange, 400, "InvalidClientException", "unknown client");
            return;
        }
        String deviceCode = "device-" + counter.incrementAndGet();
        devicePolls.put(deviceCode, new AtomicInteger());
        ObjectNode out = JSON.createObjectNode();
        out.put("deviceCode", deviceCode);
        out.put("userCode", "WXYZ-" + (1000 + counter.get()));
        out.put("verificationUri", "https://device.sso.us-east-1.amazonaws.com/");
        out.put(
                "verificationUriComplete",
                "https://device.sso.us-east-1.amazonaws.com/?user_code=WXYZ-" + (1000 + counter.get()));
        out.put("expiresIn", 600);
        out.put("interval", interval);
        respond(exchange, 200, out);
    }

    private void token(HttpExchange exchange, JsonNode json) throws IOException {
        if (!knownClient(json)) {
            error(exchange, 400, "InvalidClientException", "unknown client");
            return;
        }
        String grant = json.path("grantType").asText();
        if (grant.equals("refresh_token")) {
            String clientId = refreshTokens.remove(json.path("refreshToken").asText());
            if (clientId == null || !clientId.equals(json.path("clientId").asText())) {
                error(exchange, 400, "InvalidGrantException", "invalid refresh token");
                return;
            }
            issueToken(exchange, clientId);
            return;
        }
        AtomicInteger polls = devicePolls.get(json.path("deviceCode").asText());
        if (polls == null) {
            error(exchange, 400, "InvalidGrantException", "unknown device code");
            return;
        }
        int poll = polls.incrementAndGet();
        if (expireDeviceCodes) {
            error(exchange, 400, "ExpiredTokenException", "expired_token");
        } else if (slowDownFirst && poll == 1) {
            error(exchange, 400, "SlowDownException", "slow_down");
        } else if (poll <= pendingPolls + (slowDownFirst ? 1 : 0)) {
            error(exchange, 400, "AuthorizationPendingException", "authorization_pending");
        } else {
            devicePolls.remove(json.path("deviceCode").asText());
            issueToken(exchange, json.path("clientId").asText());
        }
    }

    private void issueToken(HttpExchange exchange, String clientId) throws IOException {
        ObjectNode out = JSON.createObjectNode();
        out.put("accessToken", issueAccessToken(Instant.now().plus(tokenLifetime)));
        out.put("tokenType", "Bearer");
        out.put("expiresIn", tokenLifetime.getSeconds());
        out.put("refreshToken", issueRefreshToken(clientId));
        respond(exchange, 200, out);
    }

    private synchronized void accounts(HttpExchange exchange, Map<String, String> query) throws IOException {
        if (!authorized(exchange)) {
            return;
        }
        List<String> ids = new ArrayList<>(accountNames.keySet());
        int from = Integer.parseInt(query.getOrDefault("next_token", "0"));
        ObjectNode out = JSON.createObjectNode();
        ArrayNode list = out.putArray("accountList");
        for (int i = from; i < Math.min(ids.size(), from + pageSize); i++) {
            ObjectNode a = list.addObject();
            a.put("accountId", ids.get(i));
            a.put("accountName", accountNames.get(ids.get(i)));
            a.put("emailAddress", accountNames.get(ids.get(i)) + "@example.com");
        }
        if (from + pageSize < ids.size()) {
            out.put("nextToken", Integer.toString(from + pageSize));
        }
        respond(exchange, 200, out);
    }

    private synchronized void roles(HttpExchange exchange, Map<String, String> query) throws IOException {
        if (!authorized(exchange)) {
            return;
        }
        String account = query.getOrDefault("account_id", "");
        List<String> roles = rolesByAccount.getOrDefault(account, List.of());
        int from = Integer.parseInt(query.getOrDefault("next_token", "0"));
        ObjectNode out = JSON.createObjectNode();
        ArrayNode list = out.putArray("roleList");
        for (int i = from; i < Math.min(roles.size(), from + pageSize); i++) {
            list.addObject().put("roleName", roles.get(i)).put("accountId", account);
        }
        if (from + pageSize < roles.size()) {
            out.put("nextToken", Integer.toString(from + pageSize));
        }
        respond(exchange, 200, out);
    }

    private void roleCredentials(HttpExchange exchange, Map<String, String> query) throws IOException {
        if (!authorized(exchange)) {
            return;
        }
        String account = query.getOrDefault("account_id", "");
        String role = query.getOrDefault("role_name", "");
        boolean granted;
        synchronized (this) {
            granted = rolesByAccount.getOrDefault(account, List.of()).contains(role);
        }
        if (!granted) {
            error(exchange, 403, "ForbiddenException", "No access");
            return;
        }
        ObjectNode out = JSON.createObjectNode();
        ObjectNode credentials = out.putObject("roleCredentials");
        if (moto.isPresent()) {
            try (StsClient sts = StsClient.builder()
                    .endpointOverride(moto.get())
                    .region(Region.US_EAST_1)
                    .credentialsProvider(new AwsEmulator(moto.get(), false).credentials())
                    .build()) {
                Credentials c = sts.assumeRole(r -> r.roleArn("arn:aws:iam::" + account + ":role/" + role)
                                .roleSessionName("alice@example.com"))
                        .credentials();
                credentials.put("accessKeyId", c.accessKeyId());
                credentials.put("secretAccessKey", c.secretAccessKey());
                credentials.put("sessionToken", c.sessionToken());
                credentials.put("expiration", c.expiration().toEpochMilli());
            }
        } else {
            credentials.put("accessKeyId", "ASIAEXAMPLESSO" + String.format("%06d", counter.incrementAndGet()));
            credentials.put("secretAccessKey", SECRET_MARK + "SecretKey" + counter.get());
            credentials.put("sessionToken", SECRET_MARK + "SessionToken" + counter.get());
            credentials.put(
                    "expiration", Instant.now().plus(Duration.ofHours(1)).toEpochMilli());
        }
        respond(exchange, 200, out);
    }

    private void logout(HttpExchange exchange) throws IOException {
        String token = exchange.getRequestHeaders().getFirst("x-amz-sso_bearer_token");
        if (token != null) {
            accessTokens.remove(token);
        }
        respond(exchange, 200, JSON.createObjectNode());
    }

    private void signinToken(HttpExchange exchange, Map<String, String> query) throws IOException {
        if (!"getSigninToken".equals(query.get("Action")) || !query.containsKey("Session")) {
            error(exchange, 400, "BadRequest", "expected Action=getSigninToken&Session=…");
            return;
        }
        JsonNode session = JSON.readTree(query.get("Session"));
        if (!session.has("sessionId") || !session.has("sessionKey") || !session.has("sessionToken")) {
            error(exchange, 400, "BadRequest", "incomplete session");
            return;
        }
        signinSessions.add(session.get("sessionId").asText());
        respond(
                exchange,
                200,
                JSON.createObjectNode().put("SigninToken", "StubSigninToken" + counter.incrementAndGet()));
    }

    private boolean authorized(HttpExchange exchange) throws IOException {
        String token = exchange.getRequestHeaders().getFirst("x-amz-sso_bearer_token");
        Instant expires = token == null ? null : accessTokens.get(token);
        if (expires == null || expires.isBefore(Instant.now())) {
            error(exchange, 401, "UnauthorizedException", "Session token not found or invalid");
            return false;
        }
        return true;
    }

    private boolean knownClient(JsonNode json) {
        String secret = clients.get(json.path("clientId").asText());
        return secret != null && secret.equals(json.path("clientSecret").asText());
    }

    private static void error(HttpExchange exchange, int status, String type, String message) throws IOException {
        exchange.getResponseHeaders().add("x-amzn-ErrorType", type);
        ObjectNode body = JSON.createObjectNode();
        body.put("error", message);
        body.put("error_description", message);
        body.put("message", message);
        respond(exchange, status, body);
    }

    private static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }
}

package dev.xacct.session;

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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny STS in AWS's wire format (Query protocol, XML answers) for what moto does not do:
 * refusing roles, enforcing the role-chaining hour, MFA codes, short expiries. It remembers
 * which identity each access key it issued belongs to, so GetCallerIdentity answers truly.
 */
final class StsStub implements AutoCloseable {

    static final String BASE_KEY = "AKIAEXAMPLESTUB00001";
    static final String BASE_SECRET = "StubBaseSecret/K7MDENG/bPxRfiCYEXAMPLEKEY";
    static final String BASE_ARN = "arn:aws:iam::123456789012:user/alice";
    /** Every secret this stub issues starts with this: tests look for it in every output. */
    static final String SECRET_MARK = "StubIssuedSecret";

    final List<Map<String, String>> requests = Collections.synchronizedList(new ArrayList<>());
    final Set<String> deniedRoles = new HashSet<>();
    volatile Duration mfaSessionLifetime = Duration.ofHours(12);
    volatile Duration roleLifetime = Duration.ofHours(1);

    private final HttpServer server;
    private final Map<String, String> arnByKey = new ConcurrentHashMap<>();
    private final AtomicInteger keys = new AtomicInteger();

    StsStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        arnByKey.put(BASE_KEY, BASE_ARN);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Map<String, String>> requests(String action) {
        synchronized (requests) {
            return requests.stream().filter(r -> action.equals(r.get("Action"))).toList();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        String auth = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        Matcher key = Pattern.compile("Credential=([A-Z0-9]+)/").matcher(auth);
        String caller = key.find() ? arnByKey.get(key.group(1)) : null;
        params.put("_caller", String.valueOf(caller));
        requests.add(params);
        String action = params.getOrDefault("Action", "");
        if (caller == null) {
            error(exchange, 403, "InvalidClientTokenId", "The security token included in the request is invalid.");
            return;
        }
        switch (action) {
            case "GetCallerIdentity" ->
                ok(
                        exchange,
                        action,
                        "<Arn>" + caller + "</Arn><UserId>AIDASTUB:" + caller.hashCode() + "</UserId><Account>"
                                + caller.split(":")[4] + "</Account>");
            case "GetSessionToken" -> {
                if ("000000".equals(params.get("TokenCode"))) {
                    error(
                            exchange,
                            403,
                            "AccessDenied",
                            "MultiFactorAuthentication failed with invalid MFA one time pass code.");
                    return;
                }
                ok(exchange, action, credentials(caller, mfaSessionLifetime));
            }
            case "AssumeRole" -> assumeRole(exchange, params, caller);
            default -> error(exchange, 400, "InvalidAction", "Could not find operation " + action);
        }
    }

    private void assumeRole(HttpExchange exchange, Map<String, String> params, String caller) throws IOException {
        String role = params.get("RoleArn");
        if (deniedRoles.contains(role)) {
            error(
                    exchange,
                    403,
                    "AccessDenied",
                    "User: " + caller + " is not authorized to perform: sts:AssumeRole on resource: " + role);
            return;
        }
        int seconds = Integer.parseInt(params.getOrDefault("DurationSeconds", "3600"));
        if (caller.contains(":assumed-role/") && seconds > 3600) {
            error(
                    exchange,
                    400,
                    "ValidationError",
                    "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.");
            return;
        }
        String[] parts = role.split(":");
        String name = role.substring(role.lastIndexOf('/') + 1);
        String sessionArn = "arn:aws:sts::" + parts[4] + ":assumed-role/" + name + "/" + params.get("RoleSessionName");
        ok(
                exchange,
                "AssumeRole",
                credentials(sessionArn, roleLifetime)
                        + "<AssumedRoleUser><AssumedRoleId>AROASTUB:" + params.get("RoleSessionName")
                        + "</AssumedRoleId><Arn>"
                        + sessionArn + "</Arn></AssumedRoleUser>");
    }

    private String credentials(String arn, Duration lifetime) {
        String accessKey = String.format("ASIASTUB%012d", keys.incrementAndGet());
        arnByKey.put(accessKey, arn);
        return "<Credentials><AccessKeyId>" + accessKey + "</AccessKeyId><SecretAccessKey>" + SECRET_MARK + keys.get()
                + "</SecretAccessKey><SessionToken>StubToken" + keys.get() + "</SessionToken><Expiration>"
                + Instant.now().plus(lifetime) + "</Expiration></Credentials>";
    }

    private static void ok(HttpExchange exchange, String action, String result) throws IOException {
        send(
                exchange,
                200,
                "<" + action + "Response xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><" + action + "Result>"
                        + result + "</" + action
                        + "Result><ResponseMetadata><RequestId>stub</RequestId></ResponseMetadata></"
                        + action + "Response>");
    }

    private static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        send(
                exchange,
                status,
                "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender</Type><Code>"
                        + code + "</Code><Message>" + message
                        + "</Message></Error><RequestId>stub</RequestId></ErrorResponse>");
    }

    private static void send(HttpExchange exchange, int status, String xml) throws IOException {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/xml");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}

package dev.xacct.query.fanout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-process front for moto: every request is passed on to moto unchanged, except what a test
 * asks this front to do for one account instead, which moto cannot do per account: refuse its
 * AssumeRole, fail its query, keep its query RUNNING until released. It learns which account each
 * access key belongs to from the AssumeRole answers it passes on, and records every Athena call
 * with its account.
 */
final class MotoFront implements AutoCloseable {

    static final String DEFAULT_ACCOUNT = "123456789012";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> NOT_FORWARDED =
            Set.of("host", "content-length", "connection", "expect", "upgrade", "transfer-encoding", "keep-alive");

    /** One Athena call as seen here. */
    record AthenaCall(String account, String operation, String queryId) {}

    final List<AthenaCall> athenaCalls = new CopyOnWriteArrayList<>();
    final Set<String> deniedAssume = ConcurrentHashMap.newKeySet();
    final Map<String, String> failedQueries = new ConcurrentHashMap<>();
    final Set<String> held = ConcurrentHashMap.newKeySet();
    /** AssumeRole calls being answered right now, the most seen at once, and a delay to make overlap visible. */
    final java.util.concurrent.atomic.AtomicInteger assumeInFlight = new java.util.concurrent.atomic.AtomicInteger();

    final java.util.concurrent.atomic.AtomicInteger maxAssumeInFlight = new java.util.concurrent.atomic.AtomicInteger();
    volatile long assumeDelayMillis;
    /** Athena GetTableMetadata (moto has none): table name → its LOCATION, in any account. */
    final Map<String, String> tableLocations = new ConcurrentHashMap<>();

    private final URI moto;
    private final HttpServer server;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> accountByKey = new ConcurrentHashMap<>();

    MotoFront(URI moto) throws IOException {
        this.moto = moto;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try {
                handle(exchange);
            } catch (Exception e) {
                byte[] body = ("front failed: " + e).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(500, body.length);
                exchange.getResponseBody().write(body);
            } finally {
                exchange.close();
            }
        });
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "moto-front");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<String> queryIds(String account, String operation) {
        return athenaCalls.stream()
                .filter(c -> c.account().equals(account) && c.operation().equals(operation))
                .map(AthenaCall::queryId)
                .toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws Exception {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String text = new String(body, StandardCharsets.UTF_8);
        String auth = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        Matcher key = Pattern.compile("Credential=([A-Z0-9]+)/").matcher(auth);
        String account = key.find() ? accountByKey.getOrDefault(key.group(1), DEFAULT_ACCOUNT) : DEFAULT_ACCOUNT;
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");

        if (target != null && target.startsWith("AmazonAthena.")) {
            String operation = target.substring("AmazonAthena.".length());
            JsonNode request = text.isEmpty() ? JSON.createObjectNode() : JSON.readTree(text);
            String queryId = request.path("QueryExecutionId").asText(null);
            if (operation.equals("GetTableMetadata")) {
                athenaCalls.add(new AthenaCall(account, operation, null));
                String location = tableLocations.get(request.path("TableName").asText());
                if (location == null) {
                    answer(
                            exchange,
                            400,
                            "application/x-amz-json-1.1",
                            "{\"__type\":\"MetadataException\",\"Message\":\"Table not found\"}");
                } else {
                    answer(
                            exchange,
                            200,
                            "application/x-amz-json-1.1",
                            JSON.writeValueAsString(JSON.createObjectNode()
                                    .set(
                                            "TableMetadata",
                                            JSON.createObjectNode()
                                                    .put(
                                                            "Name",
                                                            request.path("TableName")
                                                                    .asText())
                                                    .put("TableType", "EXTERNAL_TABLE")
                                                    .set(
                                                            "Parameters",
                                                            JSON.createObjectNode()
                                                                    .put("location", location)
                                                                    .put("EXTERNAL", "TRUE")))));
                }
                return;
            }
            if (operation.equals("GetQueryExecution") && failedQueries.containsKey(account)) {
                athenaCalls.add(new AthenaCall(account, operation, queryId));
                answer(
                        exchange,
                        200,
                        "application/x-amz-json-1.1",
                        execution(queryId, "FAILED", failedQueries.get(account)));
                return;
            }
            if (operation.equals("GetQueryExecution") && held.contains(account)) {
                athenaCalls.add(new AthenaCall(account, operation, queryId));
                answer(exchange, 200, "application/x-amz-json-1.1", execution(queryId, "RUNNING", null));
                return;
            }
            HttpResponse<byte[]> response = forward(exchange, body);
            if (operation.equals("StartQueryExecution") && response.statusCode() == 200) {
                queryId =
                        JSON.readTree(response.body()).path("QueryExecutionId").asText(null);
            }
            athenaCalls.add(new AthenaCall(account, operation, queryId));
            reply(exchange, response);
            return;
        }

        Map<String, String> form = form(text);
        if ("AssumeRole".equals(form.get("Action"))) {
            maxAssumeInFlight.accumulateAndGet(assumeInFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(assumeDelayMillis);
                assumeRole(exchange, body, form, account);
            } finally {
                assumeInFlight.decrementAndGet();
            }
            return;
        }
        reply(exchange, forward(exchange, body));
    }

    private void assumeRole(HttpExchange exchange, byte[] body, Map<String, String> form, String account)
            throws Exception {
        {
            String roleArn = form.getOrDefault("RoleArn", "");
            String roleAccount = roleArn.split(":").length > 4 ? roleArn.split(":")[4] : "";
            if (deniedAssume.contains(roleAccount)) {
                answer(exchange, 403, "text/xml", """
                        <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                          <Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User: arn:aws:iam::%s:user/test is not \
                        authorized to perform: sts:AssumeRole on resource: %s</Message></Error>
                          <RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId>
                        </ErrorResponse>""".formatted(account, roleArn));
                return;
            }
            HttpResponse<byte[]> response = forward(exchange, body);
            Matcher issued = Pattern.compile("<AccessKeyId>([^<]+)</AccessKeyId>")
                    .matcher(new String(response.body(), StandardCharsets.UTF_8));
            if (response.statusCode() == 200 && issued.find()) {
                accountByKey.put(issued.group(1), roleAccount);
            }
            reply(exchange, response);
        }
    }

    private HttpResponse<byte[]> forward(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        moto.resolve(exchange.getRequestURI().toString()))
                .timeout(Duration.ofSeconds(30))
                .method(
                        exchange.getRequestMethod(),
                        body.length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(v -> request.header(name, v));
            }
        });
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void reply(HttpExchange exchange, HttpResponse<byte[]> response) throws IOException {
        response.headers().map().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(java.util.Locale.ROOT)) && !name.startsWith(":")) {
                values.forEach(v -> exchange.getResponseHeaders().add(name, v));
            }
        });
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.statusCode(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private static void answer(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static String execution(String id, String state, String reason) throws IOException {
        double now = System.currentTimeMillis() / 1000.0;
        var status = JSON.createObjectNode().put("State", state).put("SubmissionDateTime", now - 1);
        if (reason != null) {
            status.put("StateChangeReason", reason).put("CompletionDateTime", now);
        }
        var execution = JSON.createObjectNode()
                .put("QueryExecutionId", id)
                .put("Query", "SELECT …")
                .put("StatementType", "DML")
                .put("WorkGroup", "primary");
        execution.set("Status", status);
        execution.set("Statistics", JSON.createObjectNode().put("DataScannedInBytes", 0));
        return JSON.writeValueAsString(JSON.createObjectNode().set("QueryExecution", execution));
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new java.util.HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                try {
                    params.put(
                            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException notAForm) {
                    return Map.of();
                }
            }
        }
        return params;
    }
}

package dev.xacct.query.athena;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;

/**
 * Athena in its JSON wire format ({@code X-Amz-Target: AmazonAthena.Operation},
 * {@code application/x-amz-json-1.1}), for what moto does not do: paging results, failing
 * queries, data limits. Each operation answers with whatever the test registers.
 */
final class AthenaStub implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, Function<JsonNode, String>> answers = new ConcurrentHashMap<>();
    private final Map<String, String> errors = new ConcurrentHashMap<>();
    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<JsonNode> requests = new CopyOnWriteArrayList<>();

    AthenaStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String operation =
                    exchange.getRequestHeaders().getFirst("X-Amz-Target").replace("AmazonAthena.", "");
            JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
            calls.add(operation);
            requests.add(request);
            Function<JsonNode, String> answer = answers.get(operation);
            byte[] body;
            int status = 200;
            if (errors.containsKey(operation)) {
                status = 400;
                body = errors.get(operation).getBytes(StandardCharsets.UTF_8);
            } else if (answer == null) {
                status = 400;
                body = ("{\"__type\":\"InvalidRequestException\",\"Message\":\"stub has no answer for " + operation
                                + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
            } else {
                body = answer.apply(request).getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "athena-stub");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    AthenaStub on(String operation, Function<JsonNode, String> answer) {
        answers.put(operation, answer);
        return this;
    }

    /** The operation fails as Athena's API does, e.g. {@code InvalidRequestException}. */
    AthenaStub fails(String operation, String type, String message) {
        errors.put(operation, "{\"__type\":\"" + type + "\",\"Message\":" + quote(message) + "}");
        return this;
    }

    long count(String operation) {
        return calls.stream().filter(operation::equals).count();
    }

    /** The stub's URL, for {@code --endpoint-url}. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    AthenaClient client() {
        return AthenaClient.builder()
                .endpointOverride(
                        URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .build();
    }

    static String execution(String id, String state, String reason, long bytes, String statementType) {
        return """
                {"QueryExecution": {"QueryExecutionId": "%s", "Query": "SELECT 1", "StatementType": "%s", "WorkGroup": "audit",
                  "Status": {"State": "%s", %s"SubmissionDateTime": 1710000000.0, "CompletionDateTime": 1710000003.5},
                  "Statistics": {"DataScannedInBytes": %d, "TotalExecutionTimeInMillis": 3500}}}
                """.formatted(
                        id,
                        statementType,
                        state,
                        reason == null ? "" : "\"StateChangeReason\": " + quote(reason) + ", ",
                        bytes);
    }

    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

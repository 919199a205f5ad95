package dev.xacct.s3.gather;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An in-process stand-in for S3, STS, IAM and Organizations that answers in AWS's wire
 * formats (REST-XML, query XML, JSON), for what moto cannot show: two accounts with their own
 * canonical ids, and the cross-account refusals of the motivating case (S01). Account A
 * (access key {@code AKIDA}, 111111111111) owns {@code ct-bucket}; the CloudTrail service owns
 * the object; B (access key {@code AKIDB}, 222222222222, role session AthenaRole/s) may list
 * through the bucket policy, gets 403 on everything else, a body-less 403 on HEAD, and the
 * message on a ranged GET.
 */
final class S3WireStub implements AutoCloseable {
    static final String BUCKET = "ct-bucket";
    static final String KEY = "AWSLogs/111111111111/CloudTrail/ap-northeast-1/2024/01/01/x.json.gz";
    static final String A_CANON = "a".repeat(64);
    static final String B_CANON = "b".repeat(64);
    static final String SERVICE_CANON = "d0".repeat(32);
    static final String BUCKET_POLICY = """
            {"Version":"2012-10-17","Statement":[{"Sid":"CrossAccountReadFromB","Effect":"Allow",
             "Principal":{"AWS":"arn:aws:iam::222222222222:root"},
             "Action":["s3:GetObject","s3:ListBucket","s3:GetBucketLocation"],
             "Resource":["arn:aws:s3:::ct-bucket","arn:aws:s3:::ct-bucket/*"]}]}""";
    static final String ROLE_POLICY = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],
             "Resource":["arn:aws:s3:::ct-bucket","arn:aws:s3:::ct-bucket/*"]}]}""";

    private final HttpServer server;

    S3WireStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            String auth = String.valueOf(x.getRequestHeaders().getFirst("Authorization"));
            boolean a = auth.contains("Credential=AKIDA/");
            String method = x.getRequestMethod();
            String path = x.getRequestURI().getRawPath();
            Map<String, String> q = query(x.getRequestURI().getRawQuery());
            String target = x.getRequestHeaders().getFirst("X-Amz-Target");
            if (target != null) {
                json(
                        x,
                        400,
                        "{\"__type\":\"AWSOrganizationsNotInUseException\",\"Message\":\"not in an organization\"}");
                return;
            }
            if (method.equals("POST") && path.equals("/")) {
                Map<String, String> form = query(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                queryApi(x, a, form.getOrDefault("Action", ""), form);
                return;
            }
            if (path.equals("/")) {
                xml(
                        x,
                        200,
                        "<ListAllMyBucketsResult><Owner><ID>" + (a ? A_CANON : B_CANON) + "</ID></Owner><Buckets>"
                                + (a
                                        ? "<Bucket><Name>" + BUCKET
                                                + "</Name><CreationDate>2024-01-01T00:00:00.000Z</CreationDate></Bucket>"
                                        : "")
                                + "</Buckets></ListAllMyBucketsResult>");
                return;
            }
            if (!path.startsWith("/" + BUCKET)) {
                error(x, 404, "NoSuchBucket", "The specified bucket does not exist");
                return;
            }
            String key = path.length() > BUCKET.length() + 2
                    ? URLDecoder.decode(path.substring(BUCKET.length() + 2), StandardCharsets.UTF_8)
                    : null;
            if (key == null) bucketApi(x, a, q);
            else objectApi(x, a, method, key, q);
        }
    }

    private void bucketApi(HttpExchange x, boolean a, Map<String, String> q) throws IOException {
        if (q.containsKey("list-type")) {
            String prefix = q.getOrDefault("prefix", "");
            String contents = KEY.startsWith(prefix)
                    ? "<Contents><Key>" + KEY + "</Key><LastModified>2024-01-01T00:05:00.000Z</LastModified>"
                            + "<ETag>\"e\"</ETag><Size>1234</Size><Owner><ID>" + SERVICE_CANON
                            + "</ID></Owner><StorageClass>STANDARD</StorageClass></Contents>"
                    : "";
            xml(
                    x,
                    200,
                    "<ListBucketResult><Name>" + BUCKET + "</Name><Prefix>" + prefix + "</Prefix><KeyCount>"
                            + (contents.isEmpty() ? 0 : 1)
                            + "</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>" + contents
                            + "</ListBucketResult>");
            return;
        }
        if (!a) {
            if (q.containsKey("policy"))
                error(x, 405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
            else error(x, 403, "AccessDenied", "Access Denied");
            return;
        }
        if (q.containsKey("acl")) {
            xml(
                    x,
                    200,
                    "<AccessControlPolicy><Owner><ID>" + A_CANON + "</ID></Owner><AccessControlList>" + grant(A_CANON)
                            + "</AccessControlList></AccessControlPolicy>");
        } else if (q.containsKey("ownershipControls")) {
            error(x, 404, "OwnershipControlsNotFoundError", "The bucket ownership controls were not found");
        } else if (q.containsKey("policyStatus")) {
            xml(x, 200, "<PolicyStatus><IsPublic>false</IsPublic></PolicyStatus>");
        } else if (q.containsKey("policy")) {
            json(x, 200, BUCKET_POLICY);
        } else if (q.containsKey("publicAccessBlock")) {
            xml(
                    x,
                    200,
                    "<PublicAccessBlockConfiguration><BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls>"
                            + "<BlockPublicPolicy>true</BlockPublicPolicy><RestrictPublicBuckets>true</RestrictPublicBuckets></PublicAccessBlockConfiguration>");
        } else if (q.containsKey("encryption")) {
            xml(
                    x,
                    200,
                    "<ServerSideEncryptionConfiguration><Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>AES256</SSEAlgorithm>"
                            + "</ApplyServerSideEncryptionByDefault></Rule></ServerSideEncryptionConfiguration>");
        } else if (q.containsKey("requestPayment")) {
            xml(x, 200, "<RequestPaymentConfiguration><Payer>BucketOwner</Payer></RequestPaymentConfiguration>");
        } else {
            error(x, 501, "NotImplemented", "stub");
        }
    }

    private void objectApi(HttpExchange x, boolean a, String method, String key, Map<String, String> q)
            throws IOException {
        if (!key.equals(KEY)) {
            if (method.equals("HEAD")) {
                x.sendResponseHeaders(a ? 404 : 403, -1);
                return;
            }
            error(
                    x,
                    a ? 404 : 403,
                    a ? "NoSuchKey" : "AccessDenied",
                    a ? "The specified key does not exist." : "Access Denied");
            return;
        }
        if (!a) {
            if (method.equals("HEAD")) x.sendResponseHeaders(403, -1); // HEAD: no body, no code, no message
            else error(x, 403, "AccessDenied", "Access Denied");
            return;
        }
        if (q.containsKey("acl")) {
            xml(
                    x,
                    200,
                    "<AccessControlPolicy><Owner><ID>" + SERVICE_CANON + "</ID></Owner><AccessControlList>"
                            + grant(SERVICE_CANON) + grant(A_CANON) + "</AccessControlList></AccessControlPolicy>");
            return;
        }
        x.getResponseHeaders().add("x-amz-server-side-encryption", "AES256");
        x.getResponseHeaders().add("Last-Modified", "Mon, 01 Jan 2024 00:05:00 GMT");
        x.getResponseHeaders().add("ETag", "\"e\"");
        if (method.equals("HEAD")) {
            x.getResponseHeaders().add("Content-Length", "1234");
            x.sendResponseHeaders(200, -1);
            return;
        }
        x.getResponseHeaders().add("Content-Range", "bytes 0-0/1234");
        x.sendResponseHeaders(206, 1);
        try (OutputStream out = x.getResponseBody()) {
            out.write('x');
        }
    }

    private void queryApi(HttpExchange x, boolean a, String action, Map<String, String> form) throws IOException {
        String acct = a ? "111111111111" : "222222222222";
        String arn = a
                ? "arn:aws:sts::111111111111:assumed-role/Auditor/xacct"
                : "arn:aws:sts::222222222222:assumed-role/AthenaRole/s";
        switch (action) {
            case "GetCallerIdentity" ->
                xml(
                        x,
                        200,
                        "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult>"
                                + "<Arn>" + arn + "</Arn><UserId>AROA:s</UserId><Account>" + acct
                                + "</Account></GetCallerIdentityResult>"
                                + "<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>");
            case "AssumeRole" ->
                xml(
                        x,
                        200,
                        "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult>"
                                + "<Credentials><AccessKeyId>AKIDA</AccessKeyId><SecretAccessKey>secretA</SecretAccessKey><SessionToken>tokenA</SessionToken>"
                                + "<Expiration>2099-01-01T00:00:00Z</Expiration></Credentials><AssumedRoleUser><AssumedRoleId>AROA:xacct</AssumedRoleId>"
                                + "<Arn>arn:aws:sts::111111111111:assumed-role/Auditor/xacct</Arn></AssumedRoleUser></AssumeRoleResult>"
                                + "<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></AssumeRoleResponse>");
            case "GetRole" -> {
                if (!a)
                    iam(
                            x,
                            "GetRole",
                            "<Role><Path>/</Path><RoleName>AthenaRole</RoleName><RoleId>AROAB</RoleId>"
                                    + "<Arn>arn:aws:iam::222222222222:role/AthenaRole</Arn><CreateDate>2024-01-01T00:00:00Z</CreateDate></Role>");
                else iamError(x);
            }
            case "ListRolePolicies" -> {
                if (!a)
                    iam(
                            x,
                            "ListRolePolicies",
                            "<PolicyNames><member>ReadCtBucket</member></PolicyNames><IsTruncated>false</IsTruncated>");
                else iamError(x);
            }
            case "GetRolePolicy" ->
                iam(
                        x,
                        "GetRolePolicy",
                        "<RoleName>AthenaRole</RoleName><PolicyName>ReadCtBucket</PolicyName><PolicyDocument>"
                                + URLEncoder.encode(ROLE_POLICY, StandardCharsets.UTF_8)
                                        .replace("+", "%20") + "</PolicyDocument>");
            case "ListAttachedRolePolicies" ->
                iam(x, "ListAttachedRolePolicies", "<AttachedPolicies/><IsTruncated>false</IsTruncated>");
            default -> iamError(x);
        }
    }

    private static void iam(HttpExchange x, String action, String result) throws IOException {
        xml(
                x,
                200,
                "<" + action + "Response xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><" + action + "Result>"
                        + result + "</" + action
                        + "Result><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></" + action
                        + "Response>");
    }

    private static void iamError(HttpExchange x) throws IOException {
        xml(
                x,
                403,
                "<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>not authorized</Message></Error>"
                        + "<RequestId>r</RequestId></ErrorResponse>");
    }

    private static String grant(String id) {
        return "<Grant><Grantee xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"CanonicalUser\"><ID>"
                + id + "</ID></Grantee><Permission>FULL_CONTROL</Permission></Grant>";
    }

    private static void error(HttpExchange x, int status, String code, String message) throws IOException {
        xml(
                x,
                status,
                "<Error><Code>" + code + "</Code><Message>" + message + "</Message><RequestId>r</RequestId></Error>");
    }

    private static void xml(HttpExchange x, int status, String body) throws IOException {
        send(x, status, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + body);
    }

    private static void json(HttpExchange x, int status, String body) throws IOException {
        send(x, status, "application/x-amz-json-1.1", body);
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", type);
        x.getResponseHeaders().add("x-amz-request-id", "r");
        if (x.getRequestMethod().equals("HEAD")) {
            x.sendResponseHeaders(status, -1);
            return;
        }
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return q;
        for (String part : raw.split("&")) {
            int eq = part.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
            q.put(k, eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return q;
    }
}

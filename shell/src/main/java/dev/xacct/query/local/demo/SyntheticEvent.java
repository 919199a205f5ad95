package dev.xacct.query.local.demo;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/** One synthetic CloudTrail record, built up then written in CloudTrail's field order. */
final class SyntheticEvent {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    final Instant time;
    final Principal principal;
    final String region;
    final String source;
    final String name;
    final String recipient;
    String errorCode;
    String errorMessage;
    ObjectNode request;
    ObjectNode response;
    ObjectNode additional;
    boolean readOnly;
    String eventType = "AwsApiCall";
    String resourceArn;
    String resourceType;

    SyntheticEvent(Instant time, Principal principal, String region, String service, String name, String recipient) {
        this.time = time.truncatedTo(ChronoUnit.SECONDS);
        this.principal = principal;
        this.region = region;
        this.source = service.contains(".") ? service : service + ".amazonaws.com";
        this.name = name;
        this.recipient = recipient;
        this.readOnly = name.startsWith("Describe") || name.startsWith("Get") || name.startsWith("List");
    }

    SyntheticEvent request(String... keyValues) {
        request = request == null ? JSON.objectNode() : request;
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            request.put(keyValues[i], keyValues[i + 1]);
        }
        return this;
    }

    SyntheticEvent response(String... keyValues) {
        response = response == null ? JSON.objectNode() : response;
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            response.put(keyValues[i], keyValues[i + 1]);
        }
        return this;
    }

    SyntheticEvent additional(String... keyValues) {
        additional = additional == null ? JSON.objectNode() : additional;
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            additional.put(keyValues[i], keyValues[i + 1]);
        }
        return this;
    }

    SyntheticEvent denied(String code) {
        errorCode = code;
        errorMessage = "User: " + principal.arn() + " is not authorized to perform: "
                + source.replace(".amazonaws.com", "") + ":" + name + " because no identity-based policy allows the "
                + source.replace(".amazonaws.com", "") + ":" + name + " action";
        return this;
    }

    SyntheticEvent resource(String arn, String type) {
        resourceArn = arn;
        resourceType = type;
        return this;
    }

    ObjectNode toJson(SplittableRandom random) {
        ObjectNode e = JSON.objectNode();
        e.put("eventVersion", "1.09");
        e.set("userIdentity", principal.identity(JSON, ISO.format(time.minusSeconds(600 + random.nextInt(3000)))));
        e.put("eventTime", ISO.format(time));
        e.put("eventSource", source);
        e.put("eventName", name);
        e.put("awsRegion", region);
        e.put("sourceIPAddress", principal.sourceIp());
        e.put("userAgent", principal.userAgent());
        if (errorCode != null) {
            e.put("errorCode", errorCode);
            e.put("errorMessage", errorMessage);
        }
        if (request != null) {
            e.set("requestParameters", request);
        } else {
            e.putNull("requestParameters");
        }
        if (response != null) {
            e.set("responseElements", response);
        } else {
            e.putNull("responseElements");
        }
        if (additional != null) {
            e.set("additionalEventData", additional);
        }
        e.put("requestID", uuid(random));
        e.put("eventID", uuid(random));
        e.put("readOnly", readOnly);
        if (resourceArn != null) {
            ObjectNode r = e.putArray("resources").addObject();
            r.put("accountId", recipient);
            r.put("type", resourceType);
            r.put("ARN", resourceArn);
        }
        e.put("eventType", eventType);
        e.put("managementEvent", true);
        e.put("recipientAccountId", recipient);
        e.put("eventCategory", "Management");
        if (!"AwsConsoleSignIn".equals(eventType) && !"AWSService".equals(principal.type())) {
            ObjectNode tls = e.putObject("tlsDetails");
            tls.put("tlsVersion", "TLSv1.3");
            tls.put("cipherSuite", "TLS_AES_128_GCM_SHA256");
            tls.put("clientProvidedHostHeader", source.replace(".amazonaws.com", "") + "." + region + ".amazonaws.com");
        }
        return e;
    }

    static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;

    static String uuid(SplittableRandom random) {
        long hi = random.nextLong();
        long lo = random.nextLong();
        hi = (hi & 0xffffffffffff0fffL) | 0x0000000000004000L;
        lo = (lo & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new java.util.UUID(hi, lo).toString();
    }
}

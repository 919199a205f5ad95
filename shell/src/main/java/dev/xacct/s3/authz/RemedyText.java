package dev.xacct.s3.authz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xacct.s3.evidence.Fact;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words and command lines remedies are written in: who runs a step (an account id, or
 * words when the evidence cannot number the account — never "null"), the CLI verb of an S3
 * operation, the request itself as an {@code aws s3api} command with its headers as options,
 * and the resource a grant covers.
 */
final class RemedyText {
    private RemedyText() {}

    static String caller(Situation s) {
        return s.callerAccount() != null ? s.callerAccount() : "the caller's account";
    }

    static String owner(Situation s) {
        return s.bucketOwner() != null ? s.bucketOwner() : "the bucket owner's account";
    }

    static String management(Fact<String> orgId, String whose) {
        return orgId.orNull() != null
                ? "the management account of " + orgId.orNull()
                : "the management account of " + whose + " organization";
    }

    /** The CLI verb of an S3 API name: GetObject → get-object. */
    static String cli(String operation) {
        return operation.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /**
     * What a grant covers: the bucket for a bucket operation; for an object operation the key's
     * top-level prefix ({@code AWSLogs/*}), or the key itself when it has no prefix. Through an
     * access point, the access point's ARN.
     */
    static String scope(Situation s) {
        String base = s.viaAccessPoint() ? s.ev().request().accessPoint() : s.bucketArn();
        if (!s.op().onObject() || s.key() == null) return base;
        String sep = s.viaAccessPoint() ? "/object/" : "/";
        int slash = s.key().indexOf('/');
        return base + sep + (slash > 0 ? s.key().substring(0, slash + 1) + "*" : s.key());
    }

    /** The bucket-side resource of a grant (the bucket, or the object scope), never an access point. */
    static String bucketScope(Situation s) {
        String bucket = s.bucketArn();
        if (!s.op().onObject() || s.key() == null) return bucket;
        int slash = s.key().indexOf('/');
        return bucket + "/" + (slash > 0 ? s.key().substring(0, slash + 1) + "*" : s.key());
    }

    private static final Map<String, String> OPTIONS = new LinkedHashMap<>();

    static {
        OPTIONS.put("x-amz-copy-source", "--copy-source");
        OPTIONS.put("x-amz-acl", "--acl");
        OPTIONS.put("x-amz-grant-read", "--grant-read");
        OPTIONS.put("x-amz-grant-read-acp", "--grant-read-acp");
        OPTIONS.put("x-amz-grant-write-acp", "--grant-write-acp");
        OPTIONS.put("x-amz-grant-full-control", "--grant-full-control");
        OPTIONS.put("x-amz-request-payer", "--request-payer");
        OPTIONS.put("x-amz-expected-bucket-owner", "--expected-bucket-owner");
        OPTIONS.put("x-amz-server-side-encryption", "--server-side-encryption");
        OPTIONS.put("x-amz-server-side-encryption-aws-kms-key-id", "--ssekms-key-id");
        OPTIONS.put("x-amz-server-side-encryption-customer-algorithm", "--sse-customer-algorithm");
    }

    /** The request of an evidence document as an {@code aws s3api} command, its headers as options. */
    static String request(JsonNode request) {
        String op = request.path("operation").asText();
        StringBuilder cmd = new StringBuilder("aws s3api ").append(cli(op));
        cmd.append(" --bucket ")
                .append(EvidenceJson.shellWord(request.path("bucket").asText()));
        if (request.hasNonNull("key"))
            cmd.append(" --key ")
                    .append(EvidenceJson.shellWord(request.get("key").asText()));
        JsonNode headers = request.path("headers");
        OPTIONS.forEach((header, option) -> {
            if (headers.hasNonNull(header))
                cmd.append(' ')
                        .append(option)
                        .append(' ')
                        .append(EvidenceJson.shellWord(headers.get(header).asText()));
        });
        if ("true"
                .equals(headers.path("x-amz-server-side-encryption-bucket-key-enabled")
                        .asText())) cmd.append(" --bucket-key-enabled");
        if (headers.has("x-amz-server-side-encryption-customer-algorithm")) cmd.append(" --sse-customer-key KEY");
        cmd.append(
                switch (op) {
                    case "GetObject" -> " /tmp/xacct-object";
                    case "PutObject" -> " --body FILE";
                    case "UploadPart" -> " --part-number 1 --upload-id UPLOAD_ID --body FILE";
                    case "UploadPartCopy" -> " --part-number 1 --upload-id UPLOAD_ID";
                    case "CompleteMultipartUpload" -> " --upload-id UPLOAD_ID --multipart-upload file://parts.json";
                    case "AbortMultipartUpload", "ListParts" -> " --upload-id UPLOAD_ID";
                    default -> "";
                });
        return cmd.toString();
    }
}

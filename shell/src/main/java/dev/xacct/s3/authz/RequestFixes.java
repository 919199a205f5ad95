package dev.xacct.s3.authz;

import static dev.xacct.s3.authz.EvidenceJson.F;
import static dev.xacct.s3.authz.EvidenceJson.at;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;

/**
 * Fixes the caller makes to its own request: the headers (only those the operation can carry,
 * spec §5), or the session it signs with. The step is the request again, as a command.
 */
final class RequestFixes {
    private RequestFixes() {}

    /** R6 for a write: bucket-owner-full-control instead of any other ACL; no grant headers. */
    static boolean ownerFullControl(RemedyDraft d, EvidenceSide side, Evaluation e) {
        if (!side.situation().op().canCarry("x-amz-acl")) return false;
        return headers(d, side, h -> {
            removeStartingWith(h, "x-amz-grant-");
            h.put("x-amz-acl", "bucket-owner-full-control");
        });
    }

    /** R10 for Requester Pays: the request accepts the charge. */
    static boolean requesterPays(RemedyDraft d, EvidenceSide side, Evaluation e) {
        return headers(d, side, h -> h.put("x-amz-request-payer", "requester"));
    }

    /** R17: the expected owner is the bucket's real owner. */
    static boolean expectedOwner(RemedyDraft d, EvidenceSide side, Evaluation e) {
        String owner = side.situation().bucketOwner();
        if (owner == null) return false;
        String header =
                side.label().equals("source") ? "x-amz-source-expected-bucket-owner" : "x-amz-expected-bucket-owner";
        return headers(d, side, h -> h.put(header, owner));
    }

    /** R18: SSE-S3 instead of customer-provided keys. */
    static boolean sseS3(RemedyDraft d, EvidenceSide side, Evaluation e) {
        if (!side.situation().op().canCarry("x-amz-server-side-encryption")) return false;
        return headers(d, side, h -> {
            removeStartingWith(h, "x-amz-server-side-encryption-customer-");
            h.put("x-amz-server-side-encryption", "AES256");
        });
    }

    /** R15: a new session without a session policy. */
    static boolean withoutSessionPolicy(RemedyDraft d, EvidenceSide side, Evaluation e) {
        Situation s = side.situation();
        if (!(at(d.doc(), "/caller/sessionPolicy") instanceof ObjectNode)) return false;
        EvidenceJson.put(d.doc(), "/caller/sessionPolicy", F.nullNode());
        String role = s.caller().principalArn();
        d.command(
                "session",
                RemedyText.caller(s),
                "aws sts assume-role --role-arn " + role + " --role-session-name xacct   # no --policy",
                "(in xacct: assume " + role + " --as ALIAS, without --policy)");
        return true;
    }

    private static void removeStartingWith(ObjectNode headers, String prefix) {
        headers.remove(headers.properties().stream()
                .map(java.util.Map.Entry::getKey)
                .filter(n -> n.startsWith(prefix))
                .toList());
    }

    /** Edits the request's headers (whole map, so evidence without a headers member patches too). */
    private static boolean headers(RemedyDraft d, EvidenceSide side, Consumer<ObjectNode> edit) {
        JsonNode current = at(d.doc(), "/request/headers");
        ObjectNode h = current instanceof ObjectNode o ? o.deepCopy() : F.objectNode();
        ObjectNode before = h.deepCopy();
        edit.accept(h);
        for (var entry : h.properties()) {
            boolean changed = !entry.getValue().equals(before.get(entry.getKey()));
            // A remedy never asks for a header the operation cannot send (x-amz-acl on UploadPart).
            if (changed && !side.situation().op().canCarry(entry.getKey())) return false;
        }
        if (h.equals(before)) return false;
        EvidenceJson.put(d.doc(), "/request/headers", h);
        d.command(
                "request",
                RemedyText.caller(side.situation()),
                doc -> List.of(RemedyText.request(at(doc, "/request"))));
        return true;
    }
}

package dev.xacct.s3.authz;

import dev.xacct.s3.evidence.BucketEvidence;
import dev.xacct.s3.evidence.Fact;
import dev.xacct.s3.evidence.S3Evidence;
import dev.xacct.s3.evidence.S3Request;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One request S3 authorizes for the request under diagnosis. Most operations are one side;
 * {@code CopyObject} and {@code UploadPartCopy} are two (spec §5): a {@code GetObject} of the
 * source, against the source bucket's owner, policies and object, and a write of the
 * destination. Each side knows where its facts live in the evidence document
 * ({@code bucketPath}, {@code objectPath}, {@code kmsPath}, JSON pointers), so a remedy for
 * either side patches the right member.
 *
 * @param label {@code ""} for a one-sided request, else {@code "source"} or {@code "destination"}
 */
record EvidenceSide(String label, Situation situation, String bucketPath, String objectPath, String kmsPath) {

    static List<EvidenceSide> of(S3Evidence ev) {
        S3Request r = ev.request();
        S3Operation op = S3Operation.of(r.operation(), r.key() != null);
        if (!op.copy()) return List.of(new EvidenceSide("", Situation.of(ev), "/bucket", "/object", "/kms"));
        List<EvidenceSide> sides = new ArrayList<>();
        S3Request.CopySource cs = r.copySource();
        if (cs != null) sides.add(source(ev, cs));
        S3Request dest = new S3Request(
                op.name().equals("UploadPartCopy") ? "UploadPart" : "PutObject",
                r.bucket(),
                r.key(),
                withoutCopyHeaders(r.headers()),
                r.context(),
                r.accessPoint());
        S3Evidence destination = new S3Evidence(
                dest, ev.caller(), ev.bucket(), ev.object(), ev.kms(), ev.canonicalIds(), null, null, ev.policyRefs());
        sides.add(new EvidenceSide("destination", Situation.of(destination), "/bucket", "/object", "/kms"));
        return sides;
    }

    /** The source read: a GetObject with the copy's source-side headers, against the source's facts. */
    private static EvidenceSide source(S3Evidence ev, S3Request.CopySource cs) {
        S3Request r = ev.request();
        S3Request.Builder get = S3Request.builder("GetObject", cs.bucket()).key(cs.key());
        r.context().forEach((k, v) -> get.context(k, v.toArray(String[]::new)));
        copyHeader(r, get, "x-amz-request-payer", "x-amz-request-payer");
        copyHeader(r, get, "x-amz-source-expected-bucket-owner", "x-amz-expected-bucket-owner");
        copyHeader(
                r,
                get,
                "x-amz-copy-source-server-side-encryption-customer-algorithm",
                "x-amz-server-side-encryption-customer-algorithm");
        boolean sameBucket = cs.bucket().equals(r.bucket());
        var given = ev.source();
        BucketEvidence bucket = given != null && given.bucket() != null
                ? given.bucket()
                : sameBucket ? ev.bucket() : BucketEvidence.unknown();
        S3Evidence read = new S3Evidence(
                get.build(),
                ev.caller(),
                bucket,
                given == null ? Fact.unknown("the copy source's object facts are not in the evidence") : given.object(),
                given == null ? Fact.unknown("the copy source's key facts are not in the evidence") : given.kms(),
                ev.canonicalIds(),
                null,
                null,
                ev.policyRefs());
        String bucketPath = given != null && given.bucket() != null || !sameBucket ? "/source/bucket" : "/bucket";
        return new EvidenceSide("source", Situation.of(read), bucketPath, "/source/object", "/source/kms");
    }

    private static void copyHeader(S3Request from, S3Request.Builder to, String name, String as) {
        String v = from.headers().get(name);
        if (v != null) to.header(as, v);
    }

    private static Map<String, String> withoutCopyHeaders(Map<String, String> headers) {
        Map<String, String> out = new java.util.LinkedHashMap<>(headers);
        out.keySet().removeIf(h -> h.startsWith("x-amz-copy-source") || h.equals("x-amz-source-expected-bucket-owner"));
        return out;
    }

    /** A check id as the report shows it: prefixed with the side of a copy. */
    String checkId(String id) {
        return label.isEmpty() ? id : label + ":" + id;
    }
}

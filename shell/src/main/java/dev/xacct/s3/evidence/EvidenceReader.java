package dev.xacct.s3.evidence;

import dev.xacct.policy.InputFormatException;
import dev.xacct.policy.JsonField;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads {@code xacct.s3-evidence/v1}, bare or inside an {@code xacct.s3-scenario/v1} file
 * (whose {@code expected} is ignored). Facts are tri-state: {@code "unknown"} → Unknown,
 * {@code null} → Absent. A fact missing from the file is Unknown (never guessed), except
 * where formats.md gives the absence a meaning (no access point, not a management account,
 * no headers or context keys) and for {@code bucket.defaultEncryption}, a field added to v1
 * later: evidence without it was written before xacct read it, and is read as "no default
 * encryption that needs KMS". The optional {@code source} holds a copy's source facts.
 */
public final class EvidenceReader {
    public static final String SCENARIO_SCHEMA = "xacct.s3-scenario/v1";

    private EvidenceReader() {}

    public static S3Evidence read(Path file) {
        return read(JsonField.read(file));
    }

    /** Evidence with the JSON document it was read from (remedy patches are paths into {@code json}). */
    public record Document(S3Evidence evidence, com.fasterxml.jackson.databind.JsonNode json) {}

    /** Reads a file keeping its evidence document, for remedies to patch. */
    public static Document readDocument(Path file) {
        JsonField top = JsonField.read(file);
        return new Document(read(top), evidenceNode(top.node()));
    }

    public static S3Evidence read(String json, String fileName) {
        return read(JsonField.parse(json, fileName));
    }

    /** Reads an evidence (or scenario) document already parsed, e.g. evidence with a remedy's patch applied. */
    public static S3Evidence read(com.fasterxml.jackson.databind.JsonNode json, String name) {
        return read(JsonField.root(json, name));
    }

    /**
     * The evidence document itself: the file's root, or its {@code evidence} member for a scenario
     * file. Remedy patches (formats.md §2) are paths into this document.
     */
    public static com.fasterxml.jackson.databind.JsonNode evidenceNode(com.fasterxml.jackson.databind.JsonNode top) {
        if (top != null
                && top.isObject()
                && SCENARIO_SCHEMA.equals(top.path("schema").asText())) return top.get("evidence");
        return top;
    }

    private static S3Evidence read(JsonField top) {
        top.requireObject();
        String schema = top.get("schema").text();
        if (schema.equals(SCENARIO_SCHEMA)) return evidence(top.get("evidence"));
        if (schema.equals(S3Evidence.SCHEMA)) return evidence(top);
        throw new InputFormatException(
                top.file(),
                "schema",
                "expected \"" + S3Evidence.SCHEMA + "\" or \"" + SCENARIO_SCHEMA + "\", got \"" + schema + "\"");
    }

    private static S3Evidence evidence(JsonField e) {
        e.requireObject();
        if (!e.get("schema").missing() && !e.get("schema").text().equals(S3Evidence.SCHEMA)) {
            throw e.get("schema").error("\"" + S3Evidence.SCHEMA + "\"");
        }
        S3Request request = request(e.get("request"));
        Fact<ObjectEvidence> object = fact(
                e.get("object"),
                EvidenceReader::object,
                request.key() == null ? Fact.absent() : Fact.unknown(e.path() + ".object is not in the evidence"));
        Map<String, String> ids = new LinkedHashMap<>();
        JsonField ci = e.get("canonicalIds");
        if (!ci.missing() && !ci.isNull()) ci.fields().forEach((k, v) -> ids.put(k, v.text()));
        JsonField obs = e.get("observed");
        Observed observed = obs.missing() || obs.isNull()
                ? null
                : new Observed(
                        obs.get("httpStatus").missing() || obs.get("httpStatus").isNull()
                                ? null
                                : obs.get("httpStatus").integer(),
                        obs.get("errorCode").optText(),
                        obs.get("message").optText());
        JsonField src = e.get("source");
        CopySourceEvidence source = src.missing() || src.isNull() || src.isUnknown() ? null : source(src);
        return new S3Evidence(
                request,
                caller(e.get("caller")),
                bucket(e.get("bucket")),
                object,
                fact(e.get("kms"), EvidenceReader::kms),
                ids,
                observed,
                source,
                policyRefs(e.get("policyRefs")));
    }

    private static Map<String, PolicyRef> policyRefs(JsonField refs) {
        Map<String, PolicyRef> out = new LinkedHashMap<>();
        if (refs.missing() || refs.isNull() || refs.isUnknown()) return out;
        refs.fields()
                .forEach((place, r) -> out.put(
                        place,
                        new PolicyRef(
                                r.get("kind").optText(),
                                r.get("name").optText(),
                                r.get("arn").optText(),
                                r.get("id").optText(),
                                r.get("attachedTo").optText())));
        return out;
    }

    private static CopySourceEvidence source(JsonField s) {
        s.requireObject();
        JsonField b = s.get("bucket");
        return new CopySourceEvidence(
                b.missing() || b.isNull() ? null : bucket(b),
                fact(s.get("object"), EvidenceReader::object),
                fact(s.get("kms"), EvidenceReader::kms));
    }

    private static S3Request request(JsonField r) {
        r.requireObject();
        Map<String, String> headers = new LinkedHashMap<>();
        JsonField h = r.get("headers");
        if (!h.missing() && !h.isNull())
            h.fields().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.text()));
        Map<String, List<String>> context = new LinkedHashMap<>();
        JsonField c = r.get("context");
        if (!c.missing() && !c.isNull()) {
            c.fields()
                    .forEach((k, v) -> context.put(
                            k, v.node() != null && v.node().isArray() ? v.list(JsonField::text) : List.of(scalar(v))));
        }
        return new S3Request(
                r.get("operation").text(),
                r.get("bucket").text(),
                r.get("key").optText(),
                headers,
                context,
                r.get("accessPoint").optText());
    }

    private static String scalar(JsonField v) {
        if (v.node() != null && (v.node().isBoolean() || v.node().isNumber()))
            return v.node().asText();
        return v.text();
    }

    private static CallerEvidence caller(JsonField c) {
        c.requireObject();
        String arn = c.get("arn").text();
        try {
            dev.xacct.policy.Caller.fromArn(arn); // checked here, so a bad ARN names its field, not a stack
        } catch (IllegalArgumentException e) {
            throw c.get("arn").error("the caller's principal ARN (arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION, …)");
        }
        String account = c.get("account").optText();
        if (!arn.equals("anonymous") && account == null)
            throw c.get("account").error("the caller's 12-digit account id");
        return new CallerEvidence(
                arn,
                account,
                fact(c.get("orgId"), JsonField::text),
                fact(c.get("identityPolicies"), f -> f.list(JsonField::policy)),
                fact(c.get("permissionsBoundary"), JsonField::policy),
                fact(c.get("sessionPolicy"), JsonField::policy),
                fact(c.get("serviceControlPolicies"), JsonField::orgPolicyLevels),
                fact(c.get("vpcEndpointPolicy"), JsonField::policy));
    }

    private static BucketEvidence bucket(JsonField b) {
        b.requireObject();
        JsonField mgmt = b.get("ownerIsManagementAccount");
        return new BucketEvidence(
                fact(b.get("ownerAccount"), JsonField::text),
                fact(b.get("ownerCanonicalId"), JsonField::text),
                fact(b.get("orgId"), JsonField::text),
                !mgmt.missing() && !mgmt.isNull() && mgmt.bool(),
                fact(b.get("objectOwnership"), EvidenceReader::ownership),
                fact(b.get("policy"), JsonField::policy),
                fact(b.get("policyIsPublic"), JsonField::bool),
                fact(b.get("acl"), EvidenceReader::acl),
                fact(b.get("publicAccessBlock"), EvidenceReader::publicAccessBlock),
                fact(b.get("requesterPays"), JsonField::bool),
                fact(b.get("resourceControlPolicies"), JsonField::orgPolicyLevels),
                fact(b.get("blockedEncryptionTypes"), f -> f.list(JsonField::text)),
                fact(b.get("accessPointPolicy"), JsonField::policy, Fact.absent()),
                // Optional (added to v1 later): evidence written before it says nothing about it.
                fact(b.get("defaultEncryption"), EvidenceReader::encryption, Fact.absent()));
    }

    private static ObjectEvidence object(JsonField o) {
        o.requireObject();
        return new ObjectEvidence(
                fact(o.get("exists"), JsonField::bool),
                fact(o.get("ownerCanonicalId"), JsonField::text),
                fact(o.get("acl"), EvidenceReader::acl),
                fact(o.get("encryption"), EvidenceReader::encryption));
    }

    private static KmsEvidence kms(JsonField k) {
        k.requireObject();
        return new KmsEvidence(
                fact(k.get("keyArn"), JsonField::text),
                fact(k.get("keyManager"), JsonField::text),
                fact(k.get("keyAccount"), JsonField::text),
                fact(k.get("keyPolicy"), JsonField::policy));
    }

    private static ObjectOwnership ownership(JsonField f) {
        String v = f.text();
        try {
            return ObjectOwnership.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw f.error("BucketOwnerEnforced, BucketOwnerPreferred or ObjectWriter");
        }
    }

    private static Acl acl(JsonField a) {
        a.requireObject();
        return new Acl(a.get("grants").list(g -> {
            JsonField ge = g.get("grantee");
            String type = ge.get("type").text();
            if (!type.equals("CanonicalUser") && !type.equals("Group"))
                throw ge.get("type").error("CanonicalUser or Group");
            Grantee grantee = type.equals("Group")
                    ? Grantee.group(ge.get("uri").text())
                    : Grantee.canonicalUser(ge.get("id").text());
            String perm = g.get("permission").text();
            if (!List.of("READ", "WRITE", "READ_ACP", "WRITE_ACP", "FULL_CONTROL")
                    .contains(perm)) {
                throw g.get("permission").error("READ, WRITE, READ_ACP, WRITE_ACP or FULL_CONTROL");
            }
            return new Grant(grantee, perm);
        }));
    }

    private static PublicAccessBlock publicAccessBlock(JsonField p) {
        p.requireObject();
        return new PublicAccessBlock(
                p.get("blockPublicAcls").bool(),
                p.get("ignorePublicAcls").bool(),
                p.get("blockPublicPolicy").bool(),
                p.get("restrictPublicBuckets").bool());
    }

    private static Encryption encryption(JsonField e) {
        e.requireObject();
        String type = e.get("type").text();
        if (!List.of("none", "SSE-S3", "SSE-KMS", "DSSE-KMS", "SSE-C").contains(type)) {
            throw e.get("type").error("none, SSE-S3, SSE-KMS, DSSE-KMS or SSE-C");
        }
        JsonField bk = e.get("bucketKeyEnabled");
        return new Encryption(
                type, e.get("kmsKeyArn").optText(), bk.missing() || bk.isNull() || bk.isUnknown() ? null : bk.bool());
    }

    private static <T> Fact<T> fact(JsonField f, Function<JsonField, T> read) {
        return fact(f, read, Fact.unknown(f.path() + " is not in the evidence"));
    }

    private static <T> Fact<T> fact(JsonField f, Function<JsonField, T> read, Fact<T> whenMissing) {
        if (f.missing()) return whenMissing;
        if (f.isNull()) return Fact.absent();
        if (f.isUnknown()) return Fact.unknown(f.path() + " could not be read");
        return Fact.known(read.apply(f));
    }
}

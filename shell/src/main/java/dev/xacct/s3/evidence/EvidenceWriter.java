package dev.xacct.s3.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xacct.policy.OrgPolicyLevel;
import dev.xacct.policy.PolicyDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Writes evidence as {@code xacct.s3-evidence/v1} (what {@code --save-evidence} saves).
 * Unknown facts are written as {@code "unknown"}, absent ones as {@code null}; policies
 * are written as the documents AWS returned.
 */
public final class EvidenceWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private EvidenceWriter() {}

    public static void write(S3Evidence e, Path file) throws IOException {
        Files.writeString(file, toJson(e) + "\n");
    }

    public static String toJson(S3Evidence e) {
        try {
            return JSON.writeValueAsString(toTree(e));
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public static ObjectNode toTree(S3Evidence e) {
        ObjectNode root = F.objectNode();
        root.put("schema", S3Evidence.SCHEMA);
        S3Request r = e.request();
        ObjectNode req = root.putObject("request");
        req.put("operation", r.operation());
        req.put("bucket", r.bucket());
        if (r.key() != null) req.put("key", r.key());
        ObjectNode h = req.putObject("headers");
        new java.util.TreeMap<>(r.headers()).forEach(h::put);
        ObjectNode c = req.putObject("context");
        new java.util.TreeMap<>(r.context()).forEach((k, v) -> {
            if (v.size() == 1) c.put(k, v.get(0));
            else {
                ArrayNode a = c.putArray(k);
                v.forEach(a::add);
            }
        });
        if (r.accessPoint() != null) req.put("accessPoint", r.accessPoint());

        CallerEvidence ce = e.caller();
        ObjectNode caller = root.putObject("caller");
        caller.put("arn", ce.arn());
        caller.put("account", ce.account());
        caller.set("orgId", fact(ce.orgId(), F::textNode));
        caller.set("identityPolicies", fact(ce.identityPolicies(), l -> policies(l)));
        caller.set("permissionsBoundary", fact(ce.permissionsBoundary(), PolicyDocument::source));
        caller.set("sessionPolicy", fact(ce.sessionPolicy(), PolicyDocument::source));
        caller.set("serviceControlPolicies", fact(ce.serviceControlPolicies(), EvidenceWriter::orgChain));
        caller.set("vpcEndpointPolicy", fact(ce.vpcEndpointPolicy(), PolicyDocument::source));

        root.set("bucket", bucket(e.bucket()));

        root.set("object", fact(e.object(), EvidenceWriter::object));
        root.set("kms", fact(e.kms(), EvidenceWriter::kms));
        if (e.source() != null) {
            ObjectNode src = root.putObject("source");
            if (e.source().bucket() != null) src.set("bucket", bucket(e.source().bucket()));
            src.set("object", fact(e.source().object(), EvidenceWriter::object));
            src.set("kms", fact(e.source().kms(), EvidenceWriter::kms));
        }
        if (!e.policyRefs().isEmpty()) {
            ObjectNode refs = root.putObject("policyRefs");
            new java.util.TreeMap<>(e.policyRefs()).forEach((place, ref) -> {
                ObjectNode n = refs.putObject(place);
                if (ref.kind() != null) n.put("kind", ref.kind());
                if (ref.name() != null) n.put("name", ref.name());
                if (ref.arn() != null) n.put("arn", ref.arn());
                if (ref.id() != null) n.put("id", ref.id());
                if (ref.attachedTo() != null) n.put("attachedTo", ref.attachedTo());
            });
        }
        ObjectNode ids = root.putObject("canonicalIds");
        // Sorted: Map.copyOf has no stable order, and saved evidence should diff cleanly.
        new java.util.TreeMap<>(e.canonicalIds()).forEach(ids::put);
        if (e.observed() == null) {
            root.putNull("observed");
        } else {
            ObjectNode o = root.putObject("observed");
            if (e.observed().httpStatus() == null) o.putNull("httpStatus");
            else o.put("httpStatus", e.observed().httpStatus());
            o.put("errorCode", e.observed().errorCode());
            o.put("message", e.observed().message());
        }
        return root;
    }

    private static ObjectNode bucket(BucketEvidence b) {
        ObjectNode bucket = F.objectNode();
        bucket.set("ownerAccount", fact(b.ownerAccount(), F::textNode));
        bucket.set("ownerCanonicalId", fact(b.ownerCanonicalId(), F::textNode));
        bucket.set("orgId", fact(b.orgId(), F::textNode));
        if (b.ownerIsManagementAccount()) bucket.put("ownerIsManagementAccount", true);
        bucket.set("objectOwnership", fact(b.objectOwnership(), o -> F.textNode(o.name())));
        bucket.set("policy", fact(b.policy(), PolicyDocument::source));
        bucket.set("policyIsPublic", fact(b.policyIsPublic(), F::booleanNode));
        bucket.set("acl", fact(b.acl(), EvidenceWriter::acl));
        bucket.set("publicAccessBlock", fact(b.publicAccessBlock(), p -> {
            ObjectNode o = F.objectNode();
            o.put("blockPublicAcls", p.blockPublicAcls());
            o.put("ignorePublicAcls", p.ignorePublicAcls());
            o.put("blockPublicPolicy", p.blockPublicPolicy());
            o.put("restrictPublicBuckets", p.restrictPublicBuckets());
            return o;
        }));
        bucket.set("requesterPays", fact(b.requesterPays(), F::booleanNode));
        bucket.set("resourceControlPolicies", fact(b.resourceControlPolicies(), EvidenceWriter::orgChain));
        bucket.set("blockedEncryptionTypes", fact(b.blockedEncryptionTypes(), l -> {
            ArrayNode a = F.arrayNode();
            l.forEach(a::add);
            return a;
        }));
        bucket.set("accessPointPolicy", fact(b.accessPointPolicy(), PolicyDocument::source));
        bucket.set("defaultEncryption", fact(b.defaultEncryption(), EvidenceWriter::encryption));
        return bucket;
    }

    private static ObjectNode object(ObjectEvidence o) {
        ObjectNode n = F.objectNode();
        n.set("exists", fact(o.exists(), F::booleanNode));
        n.set("ownerCanonicalId", fact(o.ownerCanonicalId(), F::textNode));
        n.set("acl", fact(o.acl(), EvidenceWriter::acl));
        n.set("encryption", fact(o.encryption(), EvidenceWriter::encryption));
        return n;
    }

    private static ObjectNode kms(KmsEvidence k) {
        ObjectNode n = F.objectNode();
        n.set("keyArn", fact(k.keyArn(), F::textNode));
        n.set("keyManager", fact(k.keyManager(), F::textNode));
        n.set("keyAccount", fact(k.keyAccount(), F::textNode));
        n.set("keyPolicy", fact(k.keyPolicy(), PolicyDocument::source));
        return n;
    }

    private static ObjectNode encryption(Encryption en) {
        ObjectNode x = F.objectNode();
        x.put("type", en.type());
        x.put("kmsKeyArn", en.kmsKeyArn());
        if (en.bucketKeyEnabled() != null) x.put("bucketKeyEnabled", en.bucketKeyEnabled());
        return x;
    }

    private static <T> JsonNode fact(Fact<T> f, Function<T, JsonNode> write) {
        if (f instanceof Fact.Known<T> k) return write.apply(k.value());
        if (f instanceof Fact.Unknown<T>) return F.textNode("unknown");
        return F.nullNode();
    }

    private static JsonNode policies(List<PolicyDocument> l) {
        ArrayNode a = F.arrayNode();
        l.forEach(p -> a.add(p.source()));
        return a;
    }

    private static JsonNode orgChain(List<OrgPolicyLevel> levels) {
        ArrayNode a = F.arrayNode();
        for (OrgPolicyLevel l : levels) {
            ObjectNode o = a.addObject();
            o.put("target", l.target());
            o.set("policies", policies(l.policies()));
        }
        return a;
    }

    private static JsonNode acl(Acl acl) {
        ObjectNode o = F.objectNode();
        ArrayNode grants = o.putArray("grants");
        for (Grant g : acl.grants()) {
            ObjectNode gn = grants.addObject();
            ObjectNode ge = gn.putObject("grantee");
            ge.put("type", g.grantee().type());
            if (g.grantee().id() != null) ge.put("id", g.grantee().id());
            if (g.grantee().uri() != null) ge.put("uri", g.grantee().uri());
            gn.put("permission", g.permission());
        }
        return o;
    }
}

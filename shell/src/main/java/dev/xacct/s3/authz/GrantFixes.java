package dev.xacct.s3.authz;

import static dev.xacct.s3.authz.EvidenceJson.F;
import static dev.xacct.s3.authz.EvidenceJson.at;
import static dev.xacct.s3.authz.EvidenceJson.isUnknown;
import static dev.xacct.s3.authz.EvidenceJson.shellArg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xacct.aws.Arns;
import dev.xacct.policy.Caller;
import dev.xacct.policy.OrgPolicyLevel;
import dev.xacct.policy.PolicyEvaluator;
import dev.xacct.policy.PolicyParser;
import dev.xacct.policy.PublicPolicyCheck;
import dev.xacct.policy.Tri;
import java.util.ArrayList;
import java.util.List;

/**
 * Fixes that add an Allow where one is missing (spec §1 steps 3–8): in the caller's identity
 * policies (a policy xacct adds, one per principal, holding every grant of the remedy), the
 * bucket or access point policy (naming the caller's role or user, never everyone), the KMS key
 * policy (the caller's account), the access point delegation, the permissions boundary, the
 * VPC endpoint policy, an SCP level. Each returns false when the policy to edit is unknown.
 */
final class GrantFixes {
    private GrantFixes() {}

    /** The caller's side: an Allow of the request's action on its scope. */
    static boolean identity(RemedyDraft d, EvidenceSide side, Evaluation e) {
        Situation s = side.situation();
        List<String> actions = new ArrayList<>(List.of(s.op().action()));
        return identityAllow(d, s, "XacctS3Access", actions, List.of(RemedyText.scope(s)));
    }

    /** {@code s3:ListBucket} on both sides, so a missing key answers 404 instead of 403. */
    static boolean listBucket(RemedyDraft d, EvidenceSide side, Evaluation e) {
        Situation s = side.situation();
        String bucket = s.bucketArn();
        boolean id = identityAllow(d, s, "XacctS3List", List.of("s3:ListBucket"), List.of(bucket));
        boolean bp = s.sameAccount() == Tri.TRUE
                || bucketAllow(d, side, "XacctList", List.of("s3:ListBucket"), List.of(bucket));
        return id && bp;
    }

    /** The caller's side of a KMS request: the KMS action(s) on the key. */
    static boolean kmsIdentity(RemedyDraft d, EvidenceSide side, Evaluation e) {
        Situation s = side.situation();
        String key = keyArn(s);
        return key != null && identityAllow(d, s, "XacctKmsAccess", kmsActions(s), List.of(key));
    }

    /** The key's side: the key policy allows the caller's account to use the key. */
    static boolean keyPolicy(RemedyDraft d, EvidenceSide side, Evaluation e) {
        Situation s = side.situation();
        if (s.callerAccount() == null) return false;
        ObjectNode policy = EvidenceJson.policy(d.doc(), side.kmsPath() + "/keyPolicy");
        if (policy == null) return false;
        List<String> actions = new ArrayList<>(kmsActions(s));
        actions.add("kms:DescribeKey");
        EvidenceJson.allow(
                policy,
                "XacctAllowUseFrom" + s.callerAccount(),
                EvidenceJson.principal("AWS", Arns.root(s.partition(), s.callerAccount())),
                actions,
                List.of("*"));
        PolicyPuts.register(d, side, "key-policy");
        d.granted("a key-policy statement allowing account " + s.callerAccount());
        return true;
    }

    /** The bucket's side: a statement naming the caller (through an access point: the access point policy). */
    static boolean bucket(RemedyDraft d, EvidenceSide side, Evaluation e) {
        Situation s = side.situation();
        if (s.viaAccessPoint() && CallerLayers.of(s).accessPointView().allow() == Tri.FALSE) {
            JsonNode principal = principal(s.caller());
            if (principal == null) return false;
            ObjectNode ap = EvidenceJson.policy(d.doc(), side.bucketPath() + "/accessPointPolicy");
            if (ap == null) return false;
            EvidenceJson.allow(
                    ap,
                    "XacctAllow" + s.callerAccount(),
                    principal,
                    List.of(s.op().action()),
                    List.of(RemedyText.scope(s)));
            PolicyPuts.register(d, side, "access-point-policy");
            d.granted("an access point policy statement naming the caller");
            return true;
        }
        return bucketAllow(d, side, "XacctAllow", List.of(s.op().action()), List.of(RemedyText.bucketScope(s)));
    }

    /**
     * R2 under RestrictPublicBuckets: the statements open to everyone go (whoever relied on them loses
     * access), and a statement names the caller instead.
     */
    static boolean namedInsteadOfPublic(RemedyDraft d, EvidenceSide side, Evaluation e) {
        ObjectNode policy = EvidenceJson.policy(d.doc(), side.bucketPath() + "/policy");
        if (policy == null) return false;
        ArrayNode sts = EvidenceJson.statements(policy);
        for (int i = sts.size() - 1; i >= 0; i--) {
            ObjectNode one = F.objectNode();
            one.put("Version", "2012-10-17");
            one.putArray("Statement").add(sts.get(i));
            if (PublicPolicyCheck.isPublic(PolicyParser.parse(one, "bucket.policy"))) sts.remove(i);
        }
        d.note("statements open to everyone removed: whoever relied on them loses access");
        return bucket(d, side, e);
    }

    /** The bucket policy delegates to the bucket owner's access points (spec §1.8). */
    static boolean accessPointDelegation(RemedyDraft d, EvidenceSide side, Evaluation e) {
        Situation s = side.situation();
        if (s.bucketOwner() == null) return false;
        ObjectNode policy = EvidenceJson.policy(d.doc(), side.bucketPath() + "/policy");
        if (policy == null) return false;
        String bucket = s.bucketArn();
        EvidenceJson.allow(
                policy,
                "DelegateToAccessPoints",
                EvidenceJson.principal("AWS", "*"),
                List.of("*"),
                List.of(bucket, bucket + "/*"));
        ArrayNode sts = EvidenceJson.statements(policy);
        EvidenceJson.setCondition(
                (ObjectNode) sts.get(sts.size() - 1), "StringEquals", "s3:DataAccessPointAccount", s.bucketOwner());
        refreshPublic(d, side, policy);
        PolicyPuts.register(d, side, "bucket-policy");
        return true;
    }

    /** The permissions boundary allows the action. */
    static boolean boundary(RemedyDraft d, EvidenceSide side, Evaluation e) {
        Situation s = side.situation();
        return allowIn(d, side, "boundary", "XacctAllowS3", null, RemedyText.scope(s));
    }

    /** The VPC endpoint policy allows the request. */
    static boolean vpcEndpoint(RemedyDraft d, EvidenceSide side, Evaluation e) {
        Situation s = side.situation();
        String sid = "XacctAllow" + s.bucketName().replaceAll("[^A-Za-z0-9]", "");
        return allowIn(d, side, "vpce", sid, F.textNode("*"), RemedyText.bucketScope(s));
    }

    /** An Allow of the request's action in a policy the evidence has (a gate of the caller's side). */
    private static boolean allowIn(
            RemedyDraft d, EvidenceSide side, String label, String sid, JsonNode principal, String resource) {
        String pointer = EvidenceJson.pointer(PolicyNames.place(label), side);
        if (!(at(d.doc(), pointer) instanceof ObjectNode)) return false;
        ObjectNode policy = EvidenceJson.policy(d.doc(), pointer);
        EvidenceJson.allow(policy, sid, principal, List.of(side.situation().op().action()), List.of(resource));
        PolicyPuts.register(d, side, label);
        return true;
    }

    /** Every SCP level that allows nothing of the kind gets an Allow of the action. */
    static boolean scpLevels(RemedyDraft d, EvidenceSide side, Evaluation e) {
        Situation s = side.situation();
        List<OrgPolicyLevel> levels = s.ev().caller().serviceControlPolicies().orNull();
        if (levels == null) return false;
        boolean changed = false;
        for (int l = 0; l < levels.size(); l++) {
            Tri allow = Tri.FALSE;
            for (var doc : levels.get(l).policies())
                allow = allow.or(PolicyEvaluator.evaluate(doc, "scp", s.identity(), PolicyEvaluator.Kind.IDENTITY)
                        .allow());
            if (allow != Tri.FALSE) continue;
            String levelPath = "/caller/serviceControlPolicies/" + l + "/policies";
            if (!(at(d.doc(), levelPath) instanceof ArrayNode list)) return false;
            if (list.isEmpty()) list.addObject().put("Version", "2012-10-17").putArray("Statement");
            ObjectNode policy = EvidenceJson.policy(d.doc(), levelPath + "/0");
            EvidenceJson.allow(policy, "XacctAllowS3", null, List.of(s.op().action()), List.of("*"));
            PolicyPuts.register(d, side, "scp[" + l + "][0]");
            changed = true;
        }
        return changed;
    }

    // ---- shared -------------------------------------------------------------------------------

    /**
     * Adds {@code actions} on {@code resources} to the identity policy xacct adds for the caller
     * (created on first use, named {@code xacct-BUCKET}). Only roles and users have identity policies.
     */
    static boolean identityAllow(RemedyDraft d, Situation s, String sid, List<String> actions, List<String> resources) {
        Caller c = s.caller();
        if (c.kind() != Caller.Kind.ROLE_SESSION && c.kind() != Caller.Kind.USER) return false;
        ObjectNode root = d.doc();
        JsonNode list = at(root, "/caller/identityPolicies");
        if (isUnknown(list)) return false;
        ArrayNode policies;
        if (list instanceof ArrayNode a) policies = a;
        else {
            policies = F.arrayNode();
            EvidenceJson.put(root, "/caller/identityPolicies", policies);
        }
        Integer index = d.addedPolicy(c.principalArn());
        if (index == null) {
            ObjectNode fresh = policies.addObject();
            fresh.put("Version", "2012-10-17");
            fresh.putArray("Statement");
            index = policies.size() - 1;
            d.addedPolicy(c.principalArn(), index);
        }
        EvidenceJson.allow((ObjectNode) policies.get(index), sid, null, actions, resources);
        d.granted("an identity-policy Allow of " + String.join(", ", actions)
                + (s.callerAccount() == null ? " for the caller" : " in account " + s.callerAccount()));
        String verb = c.kind() == Caller.Kind.USER
                ? "aws iam put-user-policy --user-name "
                : "aws iam put-role-policy --role-name ";
        String name = "xacct-" + s.bucketName();
        String pointer = "/caller/identityPolicies/" + index;
        d.command(
                "identity:" + c.principalArn(),
                RemedyText.caller(s),
                doc -> List.of(verb + c.name() + " --policy-name " + name + " --policy-document "
                        + shellArg(at(doc, pointer))));
        return true;
    }

    /** Adds a bucket-policy Allow naming the caller. */
    static boolean bucketAllow(
            RemedyDraft d, EvidenceSide side, String sidPrefix, List<String> actions, List<String> resources) {
        Situation s = side.situation();
        JsonNode principal = principal(s.caller());
        if (principal == null) return false;
        ObjectNode policy = EvidenceJson.policy(d.doc(), side.bucketPath() + "/policy");
        if (policy == null) return false;
        EvidenceJson.allow(
                policy,
                sidPrefix + (s.callerAccount() == null ? "" : s.callerAccount()),
                principal,
                actions,
                resources);
        refreshPublic(d, side, policy);
        PolicyPuts.register(d, side, "bucket-policy");
        d.granted("a bucket-policy statement naming the caller");
        return true;
    }

    /** A read {@code policyIsPublic} must follow the edited policy (it is what GetBucketPolicyStatus would say). */
    static void refreshPublic(RemedyDraft d, EvidenceSide side, ObjectNode policy) {
        String p = side.bucketPath() + "/policyIsPublic";
        if (at(d.doc(), p).isBoolean()) {
            boolean pub = PublicPolicyCheck.isPublic(PolicyParser.parse(policy, "bucket.policy"));
            EvidenceJson.put(d.doc(), p, F.booleanNode(pub));
        }
    }

    /** The Principal naming a caller: its role (not the session) or user ARN; null for anonymous callers. */
    static JsonNode principal(Caller c) {
        return switch (c.kind()) {
            case ANONYMOUS -> null;
            case SERVICE -> EvidenceJson.principal("Service", c.arn());
            default -> EvidenceJson.principal("AWS", c.principalArn());
        };
    }

    static String keyArn(Situation s) {
        var k = s.ev().kms().orNull();
        return k == null ? null : k.keyArn().orNull();
    }

    /** The KMS actions the request needs; a multipart upload needs both GenerateDataKey and Decrypt. */
    static List<String> kmsActions(Situation s) {
        if (s.op().name().equals("CreateMultipartUpload") || s.op().isMultipartPart())
            return List.of("kms:GenerateDataKey", "kms:Decrypt");
        String a = s.op().kms().kmsAction();
        return a == null ? List.of("kms:Decrypt") : List.of(a);
    }
}

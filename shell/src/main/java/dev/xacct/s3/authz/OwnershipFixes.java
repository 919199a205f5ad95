package dev.xacct.s3.authz;

import static dev.xacct.s3.authz.EvidenceJson.F;
import static dev.xacct.s3.authz.EvidenceJson.at;
import static dev.xacct.s3.authz.EvidenceJson.shellArg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xacct.aws.AccountId;
import dev.xacct.aws.Arns;
import dev.xacct.policy.Caller;
import dev.xacct.s3.evidence.Grant;
import dev.xacct.s3.evidence.ObjectEvidence;
import dev.xacct.s3.evidence.ObjectOwnership;
import java.util.List;

/**
 * Fixes for an object the bucket owner does not own (spec §0, §1.6): make the bucket owner own
 * every object (R1, BucketOwnerEnforced), copy the object onto itself as the bucket owner (R3;
 * its owner first grants the bucket owner when the ACL does not), read through a role in the
 * bucket owner's account (R5), or have the object's owner grant the bucket owner
 * bucket-owner-full-control (R6).
 */
final class OwnershipFixes {
    private OwnershipFixes() {}

    /** R1. */
    static boolean enforce(RemedyDraft d, EvidenceSide side, Evaluation e) {
        return enforce(d, side);
    }

    static boolean enforce(RemedyDraft d, EvidenceSide side) {
        Situation s = side.situation();
        if (s.ev().bucket().objectOwnership().orNull() == ObjectOwnership.BucketOwnerEnforced) return false;
        EvidenceJson.put(d.doc(), side.bucketPath() + "/objectOwnership", F.textNode("BucketOwnerEnforced"));
        String ownerId = s.ev().bucket().ownerCanonicalId().orNull();
        if (ownerId != null) EvidenceJson.put(d.doc(), side.bucketPath() + "/acl", ownerOnlyAcl(ownerId));
        String b = s.bucketName();
        d.command(
                "enforce:" + side.bucketPath(),
                RemedyText.owner(s),
                "aws s3api put-bucket-acl --bucket " + b + " --acl private",
                "aws s3api put-bucket-ownership-controls --bucket " + b
                        + " --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerEnforced}]'");
        return true;
    }

    /** R3: the bucket owner copies the object onto itself and owns the copy. */
    static boolean copyInPlace(RemedyDraft d, EvidenceSide side, Evaluation e) {
        Situation s = side.situation();
        ObjectEvidence o = s.ev().object().orNull();
        String ownerId = s.ev().bucket().ownerCanonicalId().orNull();
        if (o == null || ownerId == null || s.key() == null || !(at(d.doc(), side.objectPath()) instanceof ObjectNode))
            return false;
        if (!ownerCanRead(s, ownerId)) {
            // The object's owner must first let the bucket owner read it; a service cannot be asked to.
            String objectOwner = s.objectOwnerAccount();
            if (objectOwner == null || !AccountId.isValid(objectOwner)) return false;
            grantBucketOwner(d, side, objectOwner, ownerId);
        }
        EvidenceJson.put(d.doc(), side.objectPath() + "/ownerCanonicalId", F.textNode(ownerId));
        EvidenceJson.put(d.doc(), side.objectPath() + "/acl", ownerOnlyAcl(ownerId));
        String b = s.bucketName();
        d.command(
                "copy:" + side.objectPath(),
                RemedyText.owner(s),
                "aws s3api copy-object --bucket " + b + " --key " + EvidenceJson.shellWord(s.key()) + " --copy-source "
                        + EvidenceJson.shellWord(b + "/" + s.key()) + " --metadata-directive REPLACE");
        d.note("REPLACE resets user metadata and Content-Type: add --content-type and --metadata if they matter");
        return true;
    }

    /** R6 for a stored object: its owner (an account) grants the bucket owner full control. */
    static boolean objectAcl(RemedyDraft d, EvidenceSide side, Evaluation e) {
        Situation s = side.situation();
        String objectOwner = s.objectOwnerAccount();
        String ownerId = s.ev().bucket().ownerCanonicalId().orNull();
        if (objectOwner == null || !AccountId.isValid(objectOwner) || ownerId == null) return false;
        if (!(at(d.doc(), side.objectPath()) instanceof ObjectNode)) return false;
        grantBucketOwner(d, side, objectOwner, ownerId);
        d.command(
                "future-writes:" + side.objectPath(),
                objectOwner,
                "aws s3 cp FILE s3://" + s.bucketName() + "/" + s.key() + " --acl bucket-owner-full-control");
        return true;
    }

    /** R5: a role in the bucket owner's account, trusted by the caller, allowed the request; the caller assumes it. */
    static boolean roleInOwnerAccount(RemedyDraft d, EvidenceSide side, Evaluation e) {
        Situation s = side.situation();
        Caller c = s.caller();
        String owner = s.bucketOwner();
        if (owner == null
                || !s.crossAccount()
                || (c.kind() != Caller.Kind.ROLE_SESSION && c.kind() != Caller.Kind.USER)) return false;
        String roleName = "S3ReaderFrom" + s.callerAccount();
        String roleArn = Arns.role(s.partition(), owner, "/", roleName);
        ObjectNode original = (ObjectNode) at(d.doc(), "/caller").deepCopy();
        ObjectNode caller = F.objectNode();
        caller.put("arn", Arns.assumedRole(s.partition(), owner, roleName, "xacct"));
        caller.put("account", owner);
        JsonNode org = at(d.doc(), side.bucketPath() + "/orgId");
        caller.set("orgId", org.isMissingNode() ? F.textNode("unknown") : org);
        caller.set("identityPolicies", F.arrayNode());
        caller.putNull("permissionsBoundary");
        caller.putNull("sessionPolicy");
        // The owner account's SCPs: none outside an organization or in its management account, else not known here.
        boolean noScps = org.isNull()
                || at(d.doc(), side.bucketPath() + "/ownerIsManagementAccount").asBoolean(false);
        if (noScps) caller.putNull("serviceControlPolicies");
        else caller.put("serviceControlPolicies", "unknown");
        caller.set("vpcEndpointPolicy", original.path("vpcEndpointPolicy"));
        EvidenceJson.put(d.doc(), "/caller", caller);

        ObjectNode trust = F.objectNode();
        trust.put("Version", "2012-10-17");
        ObjectNode st = trust.putArray("Statement").addObject();
        st.put("Effect", "Allow");
        st.set("Principal", EvidenceJson.principal("AWS", c.principalArn()));
        st.put("Action", "sts:AssumeRole");
        d.command(
                "create-role:" + roleArn,
                owner,
                "aws iam create-role --role-name " + roleName + " --assume-role-policy-document " + shellArg(trust));
        Situation asRole = RemedyPlanner.side(d.doc(), side.label()).situation();
        if (!GrantFixes.identityAllow(
                d, asRole, "XacctS3Access", List.of(s.op().action()), List.of(RemedyText.scope(s)))) return false;
        String verb = c.kind() == Caller.Kind.USER ? "put-user-policy --user-name " : "put-role-policy --role-name ";
        ObjectNode assume = F.objectNode();
        assume.put("Version", "2012-10-17");
        ObjectNode a = assume.putArray("Statement").addObject();
        a.put("Effect", "Allow");
        a.put("Action", "sts:AssumeRole");
        a.put("Resource", roleArn);
        d.command(
                "assume:" + roleArn,
                RemedyText.caller(s),
                doc -> List.of(
                        "aws iam " + verb + c.name() + " --policy-name xacct-assume-" + roleName + " --policy-document "
                                + shellArg(assume),
                        "aws sts assume-role --role-arn " + roleArn + " --role-session-name xacct",
                        RemedyText.request(at(doc, "/request")) + "   # with the role's credentials"));
        d.note("role name suggested: " + roleName);
        return true;
    }

    // ---- shared -------------------------------------------------------------------------------

    private static boolean ownerCanRead(Situation s, String ownerId) {
        ObjectEvidence o = s.ev().object().orNull();
        if (s.isBucketOwnerId(o.ownerCanonicalId().orNull())) return true;
        var acl = o.acl().orNull();
        if (acl == null) return false;
        for (Grant g : acl.grants()) {
            if (ownerId.equals(g.grantee().id())
                    && (g.permission().equals("READ") || g.permission().equals("FULL_CONTROL"))) return true;
        }
        return false;
    }

    /** The object's owner runs put-object-acl bucket-owner-full-control: the ACL gains the bucket owner. */
    private static void grantBucketOwner(RemedyDraft d, EvidenceSide side, String objectOwner, String ownerId) {
        Situation s = side.situation();
        JsonNode acl = at(d.doc(), side.objectPath() + "/acl");
        ObjectNode next = F.objectNode();
        ArrayNode grants = next.putArray("grants");
        if (acl.path("grants").isArray()) acl.get("grants").forEach(grants::add);
        else {
            String objectId = s.ev().object().orNull().ownerCanonicalId().orNull();
            if (objectId != null) grants.add(grant(objectId));
        }
        grants.add(grant(ownerId));
        EvidenceJson.put(d.doc(), side.objectPath() + "/acl", next);
        d.command(
                "object-acl:" + side.objectPath(),
                objectOwner,
                "aws s3api put-object-acl --bucket " + s.bucketName() + " --key " + EvidenceJson.shellWord(s.key())
                        + " --acl bucket-owner-full-control");
    }

    private static ObjectNode grant(String canonicalId) {
        ObjectNode g = F.objectNode();
        ObjectNode ge = g.putObject("grantee");
        ge.put("type", "CanonicalUser");
        ge.put("id", canonicalId);
        g.put("permission", "FULL_CONTROL");
        return g;
    }

    private static ObjectNode ownerOnlyAcl(String ownerId) {
        ObjectNode acl = F.objectNode();
        acl.putArray("grants").add(grant(ownerId));
        return acl;
    }
}

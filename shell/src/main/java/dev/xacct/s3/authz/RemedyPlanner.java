package dev.xacct.s3.authz;

import dev.xacct.policy.Condition;
import dev.xacct.policy.Effect;
import dev.xacct.policy.PolicyDocument;
import dev.xacct.policy.PolicyEvaluator;
import dev.xacct.policy.PrincipalMatch;
import dev.xacct.policy.PublicPolicyCheck;
import dev.xacct.policy.Statement;
import dev.xacct.policy.Tri;
import dev.xacct.s3.evidence.Acl;
import dev.xacct.s3.evidence.Grant;
import dev.xacct.s3.evidence.ObjectEvidence;
import dev.xacct.s3.evidence.ObjectOwnership;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chooses remedies, best first, from the root cause and the evidence:
 * <ul>
 *   <li>OBJECT_OWNER_NOT_BUCKET_OWNER: R1 first — unless the bucket is already
 *       BucketOwnerPreferred, where only old objects are affected and R3 (copy them) comes
 *       first — then R5 when the caller is in another account and the object ACL lets the
 *       bucket owner read, then R3, then R6 when the owner is an account (not a service)
 *       that can re-send its writes with bucket-owner-full-control;</li>
 *   <li>BPA_IGNORE_PUBLIC_ACLS: R1 when a third party owns the object, then R2;</li>
 *   <li>BPA_RESTRICT_PUBLIC_BUCKETS, NO_BUCKET_POLICY_ALLOW, KMS_IDENTITY_NO_ALLOW,
 *       OBJECT_MISSING_NO_LIST: R2;</li>
 *   <li>NO_IDENTITY_ALLOW: R2 when the bucket policy already names the caller (a non-public
 *       statement); a caller relying on a public grant gets none;</li>
 *   <li>BUCKET_POLICY_DENY: R6 when the Deny is about s3:x-amz-acl, R8 when it is about the
 *       network (aws:SourceVpce, aws:SourceVpc, aws:SourceIp), otherwise none;</li>
 *   <li>BPA_BLOCK_PUBLIC_ACLS, ACL_NOT_SUPPORTED: R6; KMS key causes: R7;
 *       ACCESS_POINT_NOT_DELEGATED: R9; SCP/RCP/Requester Pays: R10;</li>
 *   <li>everything else (boundary, session policy, endpoint policy, expected bucket owner,
 *       blocked encryption type, a general Deny): none — no catalogue id covers them.</li>
 * </ul>
 */
final class RemedyPlanner {
    private RemedyPlanner() {}

    private static final Set<String> NETWORK_KEYS = Set.of("aws:sourcevpce", "aws:sourcevpc", "aws:sourceip");

    static List<Remedy> plan(Situation s, CallerLayers l, Denial d) {
        List<RemedyCatalogue> ids = ids(s, l, d);
        RemedyCommands cmd = new RemedyCommands(s, l, d);
        return ids.stream().map(cmd::remedy).toList();
    }

    static List<RemedyCatalogue> ids(Situation s, CallerLayers l, Denial d) {
        List<RemedyCatalogue> out = new ArrayList<>();
        ObjectOwnership ownership = s.ev().bucket().objectOwnership().orNull();
        switch (d.rootCause()) {
            case OBJECT_OWNER_NOT_BUCKET_OWNER -> {
                if (ownership == ObjectOwnership.BucketOwnerPreferred) {
                    out.add(RemedyCatalogue.R3);
                    out.add(RemedyCatalogue.R1);
                } else {
                    out.add(RemedyCatalogue.R1);
                    if (s.crossAccount() && bucketOwnerCanRead(s)) out.add(RemedyCatalogue.R5);
                    out.add(RemedyCatalogue.R3);
                    if (objectOwnerIsAnAccount(s)) out.add(RemedyCatalogue.R6);
                }
            }
            case BPA_IGNORE_PUBLIC_ACLS -> {
                if (ownership != ObjectOwnership.BucketOwnerEnforced && !objectOwnedByBucketOwner(s))
                    out.add(RemedyCatalogue.R1);
                out.add(RemedyCatalogue.R2);
            }
            case BPA_RESTRICT_PUBLIC_BUCKETS, NO_BUCKET_POLICY_ALLOW, KMS_IDENTITY_NO_ALLOW, OBJECT_MISSING_NO_LIST ->
                out.add(RemedyCatalogue.R2);
            case NO_IDENTITY_ALLOW -> {
                if (bucketPolicyNamesCaller(s)) out.add(RemedyCatalogue.R2);
            }
            case BUCKET_POLICY_DENY -> {
                Set<String> keys = denyConditionKeys(s);
                if (keys.contains("s3:x-amz-acl")) out.add(RemedyCatalogue.R6);
                if (keys.stream().anyMatch(NETWORK_KEYS::contains)) out.add(RemedyCatalogue.R8);
            }
            case BPA_BLOCK_PUBLIC_ACLS, ACL_NOT_SUPPORTED -> out.add(RemedyCatalogue.R6);
            case KMS_AWS_MANAGED_KEY_CROSS_ACCOUNT, KMS_KEY_POLICY_NO_ALLOW -> out.add(RemedyCatalogue.R7);
            case ACCESS_POINT_NOT_DELEGATED -> out.add(RemedyCatalogue.R9);
            case SCP_DENY, SCP_NO_ALLOW, RCP_DENY, REQUESTER_PAYS_NOT_ACKNOWLEDGED -> out.add(RemedyCatalogue.R10);
            default -> {}
        }
        return out;
    }

    /** The object ACL grants the bucket owner's account READ (or FULL_CONTROL), so a role there can read. */
    private static boolean bucketOwnerCanRead(Situation s) {
        ObjectEvidence o = s.ev().object().orNull();
        String ownerId = s.ev().bucket().ownerCanonicalId().orNull();
        if (o == null || ownerId == null) return false;
        Acl acl = o.acl().orNull();
        if (acl == null) return false;
        for (Grant g : acl.grants()) {
            if (ownerId.equals(g.grantee().id())
                    && (g.permission().equals("READ") || g.permission().equals("FULL_CONTROL"))) return true;
        }
        return false;
    }

    static String objectOwnerAccount(Situation s) {
        ObjectEvidence o = s.ev().object().orNull();
        if (o == null || o.ownerCanonicalId().orNull() == null) return null;
        return s.accountOf(o.ownerCanonicalId().orNull()).orNull();
    }

    private static boolean objectOwnerIsAnAccount(Situation s) {
        String a = objectOwnerAccount(s);
        return a != null && a.matches("\\d{12}");
    }

    private static boolean objectOwnedByBucketOwner(Situation s) {
        String a = objectOwnerAccount(s);
        return a != null && a.equals(s.bucketOwner());
    }

    /** A non-public bucket-policy Allow whose principal covers the caller (its account or itself). */
    private static boolean bucketPolicyNamesCaller(Situation s) {
        PolicyDocument p = s.ev().bucket().policy().orNull();
        if (p == null) return false;
        for (Statement st : p.statements()) {
            if (st.effect() != Effect.ALLOW || st.principal() == null || PublicPolicyCheck.isPublic(st)) continue;
            PrincipalMatch m = dev.xacct.policy.PrincipalMatcher.match(st.principal(), s.caller());
            if (m == PrincipalMatch.ACCOUNT || m == PrincipalMatch.PRINCIPAL) return true;
        }
        return false;
    }

    /** Condition keys (lower-case) of the bucket-policy Deny statements that apply. */
    static Set<String> denyConditionKeys(Situation s) {
        Set<String> keys = new java.util.LinkedHashSet<>();
        for (Statement st : denyingStatements(s)) {
            for (Condition c : st.conditions()) keys.add(c.key().toLowerCase(Locale.ROOT));
        }
        return keys;
    }

    static List<Statement> denyingStatements(Situation s) {
        PolicyDocument p = s.ev().bucket().policy().orNull();
        List<Statement> out = new ArrayList<>();
        if (p == null) return out;
        for (Statement st : p.statements()) {
            if (st.effect() != Effect.DENY) continue;
            PolicyDocument one = new PolicyDocument(null, List.of(st), null);
            if (PolicyEvaluator.evaluate(one, "bucket-policy", s.bucket(), PolicyEvaluator.Kind.RESOURCE)
                            .deny()
                    == Tri.TRUE) out.add(st);
        }
        return out;
    }
}

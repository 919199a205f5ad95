package dev.xacct.s3.authz;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xacct.policy.Condition;
import dev.xacct.policy.ContextValue;
import dev.xacct.policy.MatchedStatement;
import dev.xacct.policy.PolicyDocument;
import dev.xacct.policy.Statement;
import dev.xacct.policy.Tri;
import dev.xacct.s3.evidence.ObjectOwnership;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Fixes for an explicit Deny (spec §1 step 2). A Deny in a policy the caller's account owns
 * (identity policy, permissions boundary, VPC endpoint policy) is removed; a Deny in another
 * party's policy (bucket, key, SCP, RCP) is narrowed with one more condition so this request
 * no longer matches — the rest of the guardrail stays. A Deny on an ACL header the operation
 * cannot send is guarded with {@code Null} (spec §5): asking the writer to send the header is
 * not possible for UploadPart.
 */
final class DenyFixes {
    private DenyFixes() {}

    static final Set<String> NETWORK_KEYS = Set.of("aws:sourcevpce", "aws:sourcevpc", "aws:sourceip");

    static boolean isAclKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.equals("s3:x-amz-acl") || k.startsWith("s3:x-amz-grant-");
    }

    /** R11: every matching bucket-policy Deny on an ACL header applies only when the header is present. */
    static boolean nullGuard(RemedyDraft d, EvidenceSide side, Evaluation e) {
        List<Integer> denies = bucketDenies(side, st -> st.conditions().stream().anyMatch(c -> isAclKey(c.key())));
        if (denies.isEmpty()) return false;
        ObjectNode policy = EvidenceJson.policy(d.doc(), side.bucketPath() + "/policy");
        if (policy == null) return false;
        PolicyDocument parsed = side.situation().ev().bucket().policy().orNull();
        for (int i : denies) {
            ObjectNode st = (ObjectNode) EvidenceJson.statements(policy).get(i);
            for (Condition c : parsed.statements().get(i).conditions())
                if (isAclKey(c.key())) EvidenceJson.setCondition(st, "Null", c.key(), "false");
        }
        PolicyPuts.register(d, side, "bucket-policy");
        Situation s = side.situation();
        ObjectOwnership ownership = s.ev().bucket().objectOwnership().orNull();
        if (ownership != ObjectOwnership.BucketOwnerEnforced && s.sameAccount() != Tri.TRUE) {
            d.caveat("writes without the header are then allowed too, and "
                    + (ownership == null ? "unless the bucket enforces ownership " : "under " + ownership + " ")
                    + "the writer owns what it writes without it, so the bucket owner's other principals cannot"
                    + " read those objects (" + RemedyCatalogue.R12 + " avoids that)");
        }
        return true;
    }

    /** R12: BucketOwnerEnforced, and the ACL-header Deny statements dropped. */
    static boolean enforceWithoutAclDeny(RemedyDraft d, EvidenceSide side, Evaluation e) {
        List<Integer> denies = bucketDenies(side, st -> st.conditions().stream().anyMatch(c -> isAclKey(c.key())));
        if (denies.isEmpty() || !OwnershipFixes.enforce(d, side)) return false;
        ObjectNode policy = EvidenceJson.policy(d.doc(), side.bucketPath() + "/policy");
        if (policy == null) return false;
        removeStatements(EvidenceJson.statements(policy), denies);
        PolicyPuts.register(d, side, "bucket-policy");
        return true;
    }

    /** R8: the network Deny exempts the reader's account, or requests Athena makes for it. */
    static boolean network(RemedyDraft d, EvidenceSide side, Evaluation e) {
        Situation s = side.situation();
        List<Integer> denies = bucketDenies(
                side,
                st -> st.conditions().stream()
                        .anyMatch(c -> NETWORK_KEYS.contains(c.key().toLowerCase(Locale.ROOT))));
        ObjectNode policy = EvidenceJson.policy(d.doc(), side.bucketPath() + "/policy");
        if (denies.isEmpty() || policy == null) return false;
        boolean athena = s.bucket().get("aws:CalledVia") instanceof ContextValue.Present p
                && p.values().contains("athena.amazonaws.com");
        if (!athena && s.callerAccount() == null) return false;
        for (int i : denies) {
            ObjectNode st = (ObjectNode) EvidenceJson.statements(policy).get(i);
            if (athena)
                EvidenceJson.condition(st, "ForAllValues:StringNotEquals", "aws:CalledVia", "athena.amazonaws.com");
            else EvidenceJson.condition(st, "StringNotEquals", "aws:PrincipalAccount", s.callerAccount());
        }
        d.note(athena ? "exempting requests made via Athena" : "exempting account " + s.callerAccount());
        PolicyPuts.register(d, side, "bucket-policy");
        return true;
    }

    /**
     * R13: the Deny that decides, narrowed or removed. Policies of the caller's own account lose the
     * statement; a bucket or key policy exempts the caller's principal; an SCP exempts the bucket's
     * account; an RCP exempts the caller's account.
     */
    static boolean narrow(RemedyDraft d, EvidenceSide side, Evaluation e) {
        Situation s = side.situation();
        CallerLayers l = CallerLayers.of(s);
        return switch (e.denial().deniedBy()) {
            case IDENTITY_POLICY -> remove(d, side, l.identity().denies());
            case PERMISSIONS_BOUNDARY -> remove(d, side, l.boundary().denies());
            case VPC_ENDPOINT_POLICY -> remove(d, side, l.vpce().denies());
            case RESOURCE_POLICY -> {
                List<MatchedStatement> m = new ArrayList<>(l.bucketPolicy().denies());
                if (s.viaAccessPoint()) m.addAll(l.accessPointPolicy().denies());
                yield exempt(
                        d,
                        side,
                        m,
                        "StringNotEquals",
                        "aws:PrincipalArn",
                        s.caller().principalArn());
            }
            case KMS -> {
                List<MatchedStatement> all = KmsCheck.denies(s);
                List<MatchedStatement> key = all.stream()
                        .filter(m -> m.policy().equals("key-policy"))
                        .toList();
                List<MatchedStatement> own = all.stream()
                        .filter(m -> !m.policy().equals("key-policy"))
                        .toList();
                boolean ok = key.isEmpty()
                        || exempt(
                                d,
                                side,
                                key,
                                "StringNotEquals",
                                "aws:PrincipalArn",
                                s.caller().principalArn());
                yield ok && (own.isEmpty() || remove(d, side, own)) && !all.isEmpty();
            }
            case SCP ->
                s.bucketOwner() != null
                        && exempt(d, side, l.scp().denies(), "StringNotEquals", "aws:ResourceAccount", s.bucketOwner());
            case RCP ->
                s.callerAccount() != null
                        && exempt(d, side, rcpDenies(s), "StringNotEquals", "aws:PrincipalAccount", s.callerAccount());
            default -> false;
        };
    }

    /** The RCP Deny statements that match. */
    static List<MatchedStatement> rcpDenies(Situation s) {
        return LayerOutcome.chain(
                        dev.xacct.policy.PolicyLayer.RCP,
                        s.ev().bucket().resourceControlPolicies(),
                        "bucket.resourceControlPolicies",
                        "rcp",
                        s.bucket(),
                        dev.xacct.policy.PolicyEvaluator.Kind.RESOURCE,
                        true)
                .denies();
    }

    // ---- shared -------------------------------------------------------------------------------

    /** Indexes of the bucket-policy Deny statements that match the request and satisfy {@code which}. */
    static List<Integer> bucketDenies(EvidenceSide side, Predicate<Statement> which) {
        Situation s = side.situation();
        PolicyDocument p = s.ev().bucket().policy().orNull();
        if (p == null) return List.of();
        List<Integer> out = new ArrayList<>();
        for (MatchedStatement m : CallerLayers.of(s).bucketPolicy().denies()) {
            if (m.index() >= 0 && which.test(p.statements().get(m.index()))) out.add(m.index());
        }
        return out;
    }

    private static boolean exempt(
            RemedyDraft d, EvidenceSide side, List<MatchedStatement> denies, String op, String key, String value) {
        if (denies.isEmpty() || value == null) return false;
        for (MatchedStatement m : denies) {
            ObjectNode policy = EvidenceJson.policy(d.doc(), EvidenceJson.pointer(PolicyNames.place(m.policy()), side));
            if (policy == null || m.index() < 0) return false;
            EvidenceJson.condition((ObjectNode) EvidenceJson.statements(policy).get(m.index()), op, key, value);
            d.note(side.situation().names().statement(m) + " gains " + op + " " + key + " " + value);
            PolicyPuts.register(d, side, m.policy());
        }
        return true;
    }

    private static boolean remove(RemedyDraft d, EvidenceSide side, List<MatchedStatement> denies) {
        if (denies.isEmpty()) return false;
        List<MatchedStatement> ordered = new ArrayList<>(denies);
        ordered.sort(Comparator.comparing(MatchedStatement::policy)
                .thenComparing(MatchedStatement::index, Comparator.reverseOrder()));
        for (MatchedStatement m : ordered) {
            ObjectNode policy = EvidenceJson.policy(d.doc(), EvidenceJson.pointer(PolicyNames.place(m.policy()), side));
            if (policy == null || m.index() < 0) return false;
            EvidenceJson.statements(policy).remove(m.index());
            d.note("removes " + side.situation().names().statement(m));
            PolicyPuts.register(d, side, m.policy());
        }
        return true;
    }

    private static void removeStatements(ArrayNode statements, List<Integer> indexes) {
        indexes.stream().sorted(Comparator.reverseOrder()).forEach(i -> statements.remove((int) i));
    }
}

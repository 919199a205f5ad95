package dev.xacct.s3.authz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.flipkart.zjsonpatch.DiffFlags;
import com.flipkart.zjsonpatch.JsonDiff;
import com.flipkart.zjsonpatch.JsonPatch;
import dev.xacct.s3.evidence.EvidenceReader;
import dev.xacct.s3.evidence.ObjectOwnership;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Plans remedies and proves them (formats.md §2, "Remedies are checked, not guessed").
 * <ol>
 *   <li>The root cause picks candidate fixes, best first (the catalogue order below).</li>
 *   <li>Each fix edits a copy of the evidence document into the state after its commands. The
 *       plan is then completed: the edited evidence is evaluated again and, while what denies it
 *       is a missing grant between the two parties (identity, bucket or access point policy, key
 *       policy, access point delegation), that grant is added as a step of the account that owns
 *       it — so a cross-account grant is one plan with a step in each account.</li>
 *   <li>The patch is the RFC 6902 difference between the document and its edited copy
 *       (zjsonpatch). It is applied to the document and evaluated once more: {@code resolves}
 *       is true only when that gives ALLOWED. Resolving remedies come first; the others say what
 *       they leave undone.</li>
 * </ol>
 * Candidates by root cause: OBJECT_OWNER_NOT_BUCKET_OWNER R1, R5 (across accounts), R3, R6 (the
 * object's owner is an account) — R3 before R1 on a BucketOwnerPreferred bucket, where only old
 * objects are affected; BPA_IGNORE_PUBLIC_ACLS R1 (a foreign-owned object), R2;
 * BPA_RESTRICT_PUBLIC_BUCKETS, NO_BUCKET_POLICY_ALLOW, NO_IDENTITY_ALLOW, KMS_IDENTITY_NO_ALLOW,
 * OBJECT_MISSING_NO_LIST R2; BUCKET_POLICY_DENY on an ACL header R6 (only when the operation can
 * send the header), R11, R12, on the network R8, otherwise R13; BPA_BLOCK_PUBLIC_ACLS and
 * ACL_NOT_SUPPORTED R6; the KMS key causes R7; other explicit denies R13; ACCESS_POINT_NOT_DELEGATED
 * R9; SCPs, RCPs and Requester Pays R10; the boundary R14; the session policy R15; the VPC endpoint
 * policy R16; the expected bucket owner R17; a blocked encryption type R18.
 */
final class RemedyPlanner {
    /** A change to the evidence and the commands that make it; false when the evidence cannot express it. */
    @FunctionalInterface
    interface Fix {
        boolean apply(RemedyDraft draft, EvidenceSide side, Evaluation evaluation);
    }

    private record Candidate(RemedyCatalogue id, Fix fix) {}

    private static final EnumSet<DiffFlags> DIFF =
            EnumSet.of(DiffFlags.OMIT_MOVE_OPERATION, DiffFlags.OMIT_COPY_OPERATION);
    private static final int MAX_COMPLETIONS = 6;

    private final AuthorizationEngine engine;
    private final JsonNode document;

    RemedyPlanner(AuthorizationEngine engine, JsonNode document) {
        this.engine = engine;
        this.document = document;
    }

    List<Remedy> plan(Evaluation e) {
        if (!(document instanceof ObjectNode) || e.decidingSide() == null) return List.of();
        List<Remedy> out = new ArrayList<>();
        java.util.Set<Remedy> caveated = new java.util.HashSet<>();
        for (Candidate c : candidates(e)) {
            RemedyDraft d = new RemedyDraft(((ObjectNode) document).deepCopy());
            Remedy r = build(c, e, d);
            // The same id twice (two ways to one change) is listed once; two ids may reach the same state.
            if (r != null
                    && out.stream()
                            .noneMatch(x -> x.id().equals(r.id()) && x.patch().equals(r.patch()))) {
                out.add(r);
                if (d.caveat() != null) caveated.add(r);
            }
        }
        // resolving first; among them, those that bring no new problem first
        out.sort(Comparator.comparing((Remedy r) -> !r.resolves()).thenComparing(caveated::contains));
        return out;
    }

    private Remedy build(Candidate c, Evaluation e, RemedyDraft d) {
        if (!c.fix().apply(d, e.decidingSide(), e) || !d.hasCommands()) return null;
        Evaluation last = complete(d);
        JsonNode patch = JsonDiff.asJson(document, d.doc(), DIFF);
        Evaluation after = verify(patch, d.doc(), last);
        boolean resolves = after != null && after.verdict() == Verdict.ALLOWED;
        return new Remedy(c.id().name(), title(c.id(), d, after), d.steps(), patch, resolves);
    }

    /**
     * Adds the grants the other party still lacks, evaluating again after each; when what denies
     * afterwards is another cause with a fix of its own (an ownership setting, a header), that fix
     * joins the plan too, named in the title — except narrowing another explicit Deny, which stays
     * the user's call. Returns the evaluation of the final document (null when it was changed after
     * its last evaluation).
     */
    private Evaluation complete(RemedyDraft d) {
        for (int i = 0; i < MAX_COMPLETIONS; i++) {
            Evaluation now = evaluate(d.doc());
            if (now == null || now.denial() == null) return now;
            String key =
                    "complement:" + now.rootCause() + ":" + now.decidingSide().label();
            Fix next = complement(now.rootCause());
            if (next == null) {
                boolean missing = now.rootCause() == RootCause.OBJECT_MISSING_NO_LIST
                        || now.rootCause() == RootCause.OBJECT_MISSING;
                Candidate also = missing
                        ? null
                        : candidates(now).stream()
                                .filter(c -> c.id() != RemedyCatalogue.R13)
                                .findFirst()
                                .orElse(null);
                if (also == null || !d.once(key)) return now;
                if (!also.fix().apply(d, now.decidingSide(), now)) return null;
                d.note("with " + also.id() + ": " + lowerFirst(also.id().title()));
                continue;
            }
            if (!d.once(key)) return now;
            if (!next.apply(d, now.decidingSide(), now)) return null;
        }
        return null;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** The fix that adds a missing grant between the two parties; null for anything else. */
    private static Fix complement(RootCause cause) {
        return switch (cause) {
            case NO_IDENTITY_ALLOW -> GrantFixes::identity;
            case NO_BUCKET_POLICY_ALLOW -> GrantFixes::bucket;
            case KMS_IDENTITY_NO_ALLOW -> GrantFixes::kmsIdentity;
            case KMS_KEY_POLICY_NO_ALLOW -> GrantFixes::keyPolicy;
            case ACCESS_POINT_NOT_DELEGATED -> GrantFixes::accessPointDelegation;
            default -> null;
        };
    }

    /**
     * Applies the patch to the document and evaluates the result: the proof of {@code resolves}. When
     * the patched document is exactly the one already evaluated, that evaluation stands.
     */
    private Evaluation verify(JsonNode patch, JsonNode edited, Evaluation ofEdited) {
        try {
            JsonNode patched = JsonPatch.apply(patch, document);
            return ofEdited != null && patched.equals(edited) ? ofEdited : evaluate(patched);
        } catch (RuntimeException ex) {
            return null;
        }
    }

    private Evaluation evaluate(JsonNode doc) {
        try {
            return engine.evaluate(EvidenceReader.read(doc, "the evidence after the remedy"));
        } catch (RuntimeException ex) {
            return null;
        }
    }

    /** A side of the evidence in {@code doc}, by label. */
    static EvidenceSide side(JsonNode doc, String label) {
        return EvidenceSide.of(EvidenceReader.read(doc, "the evidence after the remedy")).stream()
                .filter(x -> x.label().equals(label))
                .findFirst()
                .orElseThrow();
    }

    private static String title(RemedyCatalogue id, RemedyDraft d, Evaluation after) {
        // R2 says which grants it made: the steps differ by what each side already allowed
        StringBuilder t = new StringBuilder(
                id == RemedyCatalogue.R2 && !d.grants().isEmpty()
                        ? "Grant what the caller lacks: " + String.join(" and ", d.grants())
                        : id.title());
        if (!d.notes().isEmpty())
            t.append(" (").append(String.join("; ", d.notes())).append(')');
        if (d.caveat() != null) t.append(" — caveat: ").append(d.caveat());
        if (after == null) t.append(" — partial: the result could not be evaluated again");
        else if (after.verdict() == Verdict.UNDETERMINED) {
            t.append(" — partial: whether it suffices depends on facts xacct could not read (")
                    .append(String.join(
                            ", ",
                            after.unknowns().stream().map(UnknownFact::fact).toList()))
                    .append(')');
        } else if (after.verdict() != Verdict.ALLOWED) {
            t.append(" — partial: afterwards still ")
                    .append(after.rootCause().words())
                    .append(" (")
                    .append(after.denial().deniedBy().word())
                    .append(')');
        }
        return t.toString();
    }

    private static List<Candidate> candidates(Evaluation e) {
        EvidenceSide side = e.decidingSide();
        Situation s = side.situation();
        List<Candidate> out = new ArrayList<>();
        ObjectOwnership ownership = s.ev().bucket().objectOwnership().orNull();
        switch (e.rootCause()) {
            case OBJECT_OWNER_NOT_BUCKET_OWNER -> {
                if (ownership == ObjectOwnership.BucketOwnerPreferred) {
                    out.add(new Candidate(RemedyCatalogue.R3, OwnershipFixes::copyInPlace));
                    out.add(new Candidate(RemedyCatalogue.R1, OwnershipFixes::enforce));
                } else {
                    out.add(new Candidate(RemedyCatalogue.R1, OwnershipFixes::enforce));
                    if (s.crossAccount())
                        out.add(new Candidate(RemedyCatalogue.R5, OwnershipFixes::roleInOwnerAccount));
                    out.add(new Candidate(RemedyCatalogue.R3, OwnershipFixes::copyInPlace));
                    out.add(new Candidate(RemedyCatalogue.R6, OwnershipFixes::objectAcl));
                }
            }
            case BPA_IGNORE_PUBLIC_ACLS -> {
                String objectOwner = s.objectOwnerAccount();
                if (ownership != ObjectOwnership.BucketOwnerEnforced
                        && (objectOwner == null || !objectOwner.equals(s.bucketOwner())))
                    out.add(new Candidate(RemedyCatalogue.R1, OwnershipFixes::enforce));
                out.add(new Candidate(RemedyCatalogue.R2, GrantFixes::bucket));
            }
            case BPA_RESTRICT_PUBLIC_BUCKETS ->
                out.add(new Candidate(RemedyCatalogue.R2, GrantFixes::namedInsteadOfPublic));
            case NO_BUCKET_POLICY_ALLOW -> out.add(new Candidate(RemedyCatalogue.R2, GrantFixes::bucket));
            case NO_IDENTITY_ALLOW -> out.add(new Candidate(RemedyCatalogue.R2, GrantFixes::identity));
            case KMS_IDENTITY_NO_ALLOW -> out.add(new Candidate(RemedyCatalogue.R2, GrantFixes::kmsIdentity));
            case OBJECT_MISSING_NO_LIST -> out.add(new Candidate(RemedyCatalogue.R2, GrantFixes::listBucket));
            case BUCKET_POLICY_DENY -> {
                boolean acl = !DenyFixes.bucketDenies(
                                side, st -> st.conditions().stream().anyMatch(c -> DenyFixes.isAclKey(c.key())))
                        .isEmpty();
                boolean network = !DenyFixes.bucketDenies(
                                side,
                                st -> st.conditions().stream()
                                        .anyMatch(c -> DenyFixes.NETWORK_KEYS.contains(
                                                c.key().toLowerCase(java.util.Locale.ROOT))))
                        .isEmpty();
                if (acl) {
                    out.add(new Candidate(RemedyCatalogue.R6, RequestFixes::ownerFullControl));
                    out.add(new Candidate(RemedyCatalogue.R11, DenyFixes::nullGuard));
                    out.add(new Candidate(RemedyCatalogue.R12, DenyFixes::enforceWithoutAclDeny));
                }
                if (network) out.add(new Candidate(RemedyCatalogue.R8, DenyFixes::network));
                // A Deny about the header or the network has its own fix; exempting the principal would void it.
                if (!acl && !network) out.add(new Candidate(RemedyCatalogue.R13, DenyFixes::narrow));
            }
            case BPA_BLOCK_PUBLIC_ACLS, ACL_NOT_SUPPORTED ->
                out.add(new Candidate(RemedyCatalogue.R6, RequestFixes::ownerFullControl));
            case KMS_AWS_MANAGED_KEY_CROSS_ACCOUNT ->
                out.add(new Candidate(RemedyCatalogue.R7, KmsFixes::customerManagedKey));
            case KMS_KEY_POLICY_NO_ALLOW -> out.add(new Candidate(RemedyCatalogue.R7, GrantFixes::keyPolicy));
            case KMS_DENY, IDENTITY_POLICY_DENY, BOUNDARY_DENY, VPCE_POLICY_DENY ->
                out.add(new Candidate(RemedyCatalogue.R13, DenyFixes::narrow));
            case ACCESS_POINT_NOT_DELEGATED ->
                out.add(new Candidate(RemedyCatalogue.R9, GrantFixes::accessPointDelegation));
            case SCP_DENY, RCP_DENY -> out.add(new Candidate(RemedyCatalogue.R10, DenyFixes::narrow));
            case SCP_NO_ALLOW -> out.add(new Candidate(RemedyCatalogue.R10, GrantFixes::scpLevels));
            case REQUESTER_PAYS_NOT_ACKNOWLEDGED ->
                out.add(new Candidate(RemedyCatalogue.R10, RequestFixes::requesterPays));
            case BOUNDARY_NO_ALLOW -> out.add(new Candidate(RemedyCatalogue.R14, GrantFixes::boundary));
            case SESSION_POLICY_NO_ALLOW, SESSION_POLICY_DENY ->
                out.add(new Candidate(RemedyCatalogue.R15, RequestFixes::withoutSessionPolicy));
            case VPCE_POLICY_NO_ALLOW -> out.add(new Candidate(RemedyCatalogue.R16, GrantFixes::vpcEndpoint));
            case EXPECTED_BUCKET_OWNER_MISMATCH ->
                out.add(new Candidate(RemedyCatalogue.R17, RequestFixes::expectedOwner));
            case ENCRYPTION_TYPE_BLOCKED -> out.add(new Candidate(RemedyCatalogue.R18, RequestFixes::sseS3));
            default -> {}
        }
        return out;
    }
}

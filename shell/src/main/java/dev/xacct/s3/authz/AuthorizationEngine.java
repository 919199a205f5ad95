package dev.xacct.s3.authz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xacct.s3.evidence.EvidenceWriter;
import dev.xacct.s3.evidence.S3Evidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Diagnoses one S3 request from its evidence, following s3-authorization.md §1 in order:
 * not-policy reasons, explicit denies, caller-side gates, user context, the resource side
 * (bucket, object owner, access point), KMS, and a missing key. A copy is two requests (§5),
 * the source read first, then the destination write; the first definite failure of either decides.
 * <p>Three-valued: a check that depends on a fact that could not be read is UNKNOWN (every
 * possible value is tried where that is feasible, e.g. every possible object owner). The
 * first definite FAIL in §1 order decides the verdict; later layers are still listed as
 * checks. With no definite FAIL, any UNKNOWN check makes the verdict UNDETERMINED and the
 * report says which fact to read and from which account. An UNKNOWN check before the
 * deciding FAIL is listed under {@code unknowns}: the request fails either way, but that
 * layer may fail too.
 * <p>Remedies are planned and proven by {@link RemedyPlanner}: each one's patch is applied to
 * the evidence document and evaluated again (formats.md §2).
 */
public final class AuthorizationEngine {

    /** Diagnoses evidence gathered live; remedy patches are paths into its written form. */
    public Diagnosis diagnose(S3Evidence evidence) {
        return diagnose(evidence, EvidenceWriter.toTree(evidence));
    }

    /**
     * Diagnoses evidence read from {@code document} (the evidence JSON, not a scenario wrapper):
     * remedy patches are RFC 6902 patches against that document.
     */
    public Diagnosis diagnose(S3Evidence evidence, JsonNode document) {
        Evaluation e = evaluate(evidence);
        List<Remedy> remedies = e.denial() == null ? List.of() : new RemedyPlanner(this, document).plan(e);
        EvidenceSide side = e.mainSide();
        Check decidingCheck = e.deciding() == null ? null : e.deciding().check();
        String summary = Summary.of(side.situation(), e.verdict(), e.denial(), decidingCheck, e.unknowns())
                + ObservedCheck.implication(evidence.observed(), e);
        return new Diagnosis(
                e.verdict(),
                e.httpStatus(),
                e.denial() == null ? null : e.denial().deniedBy(),
                e.rootCause(),
                summary,
                e.checks(),
                remedies,
                e.unknowns(),
                ObservedCheck.contradiction(evidence.observed(), e));
    }

    /** Evaluates without planning remedies. */
    Evaluation evaluate(S3Evidence evidence) {
        List<EvidenceSide> sides = EvidenceSide.of(evidence);
        List<Finding> findings = new ArrayList<>();
        List<EvidenceSide> sideOf = new ArrayList<>();
        for (EvidenceSide side : sides) {
            for (Finding f : findings(side.situation())) {
                findings.add(
                        side.label().isEmpty()
                                ? f
                                : f.labelled(side.checkId(f.check().id())));
                sideOf.add(side);
            }
        }
        int end = findings.size();
        Finding deciding = null;
        EvidenceSide decidingSide = null;
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).status() == CheckStatus.FAIL) {
                deciding = findings.get(i);
                decidingSide = sideOf.get(i);
                end = i;
                break;
            }
        }
        Map<String, UnknownFact> unknowns = new LinkedHashMap<>();
        for (Finding f : findings.subList(0, end)) f.unknowns().forEach(u -> unknowns.putIfAbsent(u.fact(), u));
        Denial d = deciding == null ? null : deciding.denial();
        Verdict verdict;
        Integer status;
        if (d != null) {
            verdict = d.verdict();
            status = d.httpStatus();
        } else if (!unknowns.isEmpty()) {
            verdict = Verdict.UNDETERMINED;
            // Nothing decides the status; what the caller saw is the best there is (formats.md §2).
            status = evidence.observed() == null ? null : evidence.observed().httpStatus();
        } else {
            verdict = Verdict.ALLOWED;
            status = 200;
        }
        return new Evaluation(
                verdict,
                status,
                deciding,
                decidingSide,
                sides,
                findings.stream().map(Finding::check).toList(),
                List.copyOf(unknowns.values()));
    }

    private static List<Finding> findings(Situation s) {
        CallerLayers layers = CallerLayers.of(s);
        List<Finding> findings = new ArrayList<>();
        findings.addAll(NotPolicyChecks.run(s));
        findings.addAll(ExplicitDenyChecks.run(s, layers));
        findings.addAll(CallerGateChecks.run(s, layers));
        findings.add(UserContextCheck.run(s, layers));
        findings.addAll(ResourceChecks.run(s, layers));
        findings.add(KmsCheck.run(s));
        findings.add(MissingKeyCheck.run(s));
        return findings;
    }
}

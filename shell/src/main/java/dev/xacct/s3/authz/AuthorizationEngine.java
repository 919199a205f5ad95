package dev.xacct.s3.authz;

import dev.xacct.s3.evidence.S3Evidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Diagnoses one S3 request from its evidence, following s3-authorization.md §1 in order:
 * not-policy reasons, explicit denies, caller-side gates, user context, the resource side
 * (bucket, object owner, access point), KMS, and a missing key.
 * <p>Three-valued: a check that depends on a fact that could not be read is UNKNOWN (every
 * possible value is tried where that is feasible, e.g. every possible object owner). The
 * first definite FAIL in §1 order decides the verdict; later layers are still listed as
 * checks. With no definite FAIL, any UNKNOWN check makes the verdict UNDETERMINED and the
 * report says which fact to read and from which account. An UNKNOWN check before the
 * deciding FAIL is listed under {@code unknowns}: the request fails either way, but that
 * layer may fail too.
 */
public final class AuthorizationEngine {

    public Diagnosis diagnose(S3Evidence evidence) {
        Situation s = Situation.of(evidence);
        CallerLayers layers = CallerLayers.of(s);
        List<Finding> findings = new ArrayList<>();
        findings.addAll(NotPolicyChecks.run(s));
        findings.addAll(ExplicitDenyChecks.run(s, layers));
        findings.addAll(CallerGateChecks.run(s, layers));
        findings.add(UserContextCheck.run(s, layers));
        findings.addAll(ResourceChecks.run(s, layers));
        findings.add(KmsCheck.run(s));
        findings.add(MissingKeyCheck.run(s));

        Finding deciding = findings.stream()
                .filter(f -> f.status() == CheckStatus.FAIL)
                .findFirst()
                .orElse(null);
        int end = deciding == null ? findings.size() : findings.indexOf(deciding);
        Map<String, UnknownFact> unknowns = new LinkedHashMap<>();
        for (Finding f : findings.subList(0, end)) {
            f.unknowns().forEach(u -> unknowns.putIfAbsent(u.fact(), u));
        }
        List<Check> checks = findings.stream().map(Finding::check).toList();
        Denial d = deciding == null ? null : deciding.denial();

        Verdict verdict;
        Integer status;
        if (d != null) {
            verdict = d.verdict();
            status = d.httpStatus();
        } else if (!unknowns.isEmpty()) {
            verdict = Verdict.UNDETERMINED;
            status = evidence.observed() == null ? null : evidence.observed().httpStatus();
        } else {
            verdict = Verdict.ALLOWED;
            status = 200;
        }
        RootCause cause = d != null ? d.rootCause() : verdict == Verdict.ALLOWED ? RootCause.NONE : RootCause.UNKNOWN;
        List<Remedy> remedies = d == null ? List.of() : RemedyPlanner.plan(s, layers, d);
        String summary = Summary.of(
                s, verdict, d, deciding == null ? null : deciding.check(), new ArrayList<>(unknowns.values()));
        return new Diagnosis(
                verdict,
                status,
                d == null ? null : d.deniedBy(),
                cause,
                summary,
                checks,
                remedies,
                List.copyOf(unknowns.values()));
    }
}

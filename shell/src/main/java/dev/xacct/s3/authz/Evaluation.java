package dev.xacct.s3.authz;

import java.util.List;

/**
 * One walk of spec §1 over the evidence, without remedies: the verdict, the failing check that
 * decides it (and on which side of a copy), every check, and the unknown facts that matter.
 * {@link RemedyPlanner} evaluates patched evidence again with it.
 */
record Evaluation(
        Verdict verdict,
        Integer httpStatus,
        Finding deciding,
        EvidenceSide decidingSide,
        List<EvidenceSide> sides,
        List<Check> checks,
        List<UnknownFact> unknowns) {

    Denial denial() {
        return deciding == null ? null : deciding.denial();
    }

    RootCause rootCause() {
        Denial d = denial();
        return d != null ? d.rootCause() : verdict == Verdict.ALLOWED ? RootCause.NONE : RootCause.UNKNOWN;
    }

    /** The side the report speaks about: the deciding one, else the last (the destination of a copy). */
    EvidenceSide mainSide() {
        return decidingSide != null ? decidingSide : sides.get(sides.size() - 1);
    }
}

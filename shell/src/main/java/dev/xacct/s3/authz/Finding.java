package dev.xacct.s3.authz;

import java.util.List;

/**
 * A check with its consequence: a FAIL carries the denial it causes; an UNKNOWN carries the
 * facts whose values could change the outcome.
 */
record Finding(Check check, Denial denial, List<UnknownFact> unknowns) {
    Finding {
        unknowns = List.copyOf(unknowns);
    }

    static Finding pass(String id, String evidence, String detail) {
        return new Finding(new Check(id, CheckStatus.PASS, evidence, detail), null, List.of());
    }

    static Finding skip(String id, String evidence, String detail) {
        return new Finding(new Check(id, CheckStatus.SKIP, evidence, detail), null, List.of());
    }

    static Finding fail(String id, String evidence, String detail, Denial denial) {
        return new Finding(new Check(id, CheckStatus.FAIL, evidence, detail), denial, List.of());
    }

    static Finding unknown(String id, String evidence, String detail, List<UnknownFact> unknowns) {
        return new Finding(new Check(id, CheckStatus.UNKNOWN, evidence, detail), null, unknowns);
    }

    /** The same finding under another check id (a copy's side prefix). */
    Finding labelled(String id) {
        Check c = check;
        return new Finding(new Check(id, c.status(), c.evidence(), c.detail()), denial, unknowns);
    }

    CheckStatus status() {
        return check.status();
    }
}

package dev.xacct.s3.authz;

import dev.xacct.s3.evidence.Observed;

/**
 * Compares the verdict with what the live request returned ({@code observed}, formats.md §1:
 * explained, never decided from). A disagreement means the evidence is not the whole truth —
 * a fact changed since it was read, or a layer the evidence does not show decides — so the
 * report says so instead of standing by a verdict the world contradicts.
 */
final class ObservedCheck {
    private ObservedCheck() {}

    /**
     * What the live status tells about an UNDETERMINED verdict (empty otherwise): a success means
     * the facts xacct could not read allow the request as AWS evaluated them — implied, not proved,
     * so the verdict stays; a refusal means one of them, or a layer the evidence does not show,
     * refuses it.
     */
    static String implication(Observed observed, Evaluation e) {
        if (e.verdict() != Verdict.UNDETERMINED || observed == null || observed.httpStatus() == null) return "";
        int seen = observed.httpStatus();
        String facts = String.join(
                ", ", e.unknowns().stream().map(UnknownFact::fact).distinct().toList());
        if (seen >= 200 && seen < 300)
            return " The live request succeeded (" + seen + "), so the facts xacct could not read (" + facts
                    + ") allow it as AWS evaluated them; that is implied, not proved from the evidence, so the"
                    + " verdict stays UNDETERMINED.";
        return " The live request was refused (" + seen
                + (observed.errorCode() == null ? "" : " " + observed.errorCode())
                + "): one of the facts xacct could not read (" + facts
                + ") refuses it, or a layer the evidence does not show.";
    }

    static String contradiction(Observed observed, Evaluation e) {
        if (observed == null || observed.httpStatus() == null) return null;
        int seen = observed.httpStatus();
        boolean succeeded = seen >= 200 && seen < 300;
        return switch (e.verdict()) {
            case UNDETERMINED -> null;
            case ALLOWED ->
                succeeded
                        ? null
                        : "the live request failed with " + seen
                                + (observed.errorCode() == null ? "" : " " + observed.errorCode())
                                + " although the evidence allows it: something the evidence does not show refuses it"
                                + " (a policy changed since it was read, a condition key the evidence does not carry, or a"
                                + " layer xacct could not read); gather again, with --owner, and compare";
            default -> {
                if (succeeded) {
                    yield "the live request succeeded (" + seen + ") although the evidence says " + e.httpStatus()
                            + ": a fact in the evidence is wrong or out of date (or a grant exists that the evidence"
                            + " does not show), so the fixes below may not be needed; gather again and compare";
                }
                if (e.httpStatus() != null && e.httpStatus() != seen) {
                    yield "the live request returned " + seen + ", the evidence says " + e.httpStatus()
                            + ": another layer than the one named may be failing; gather again and compare";
                }
                yield null;
            }
        };
    }
}

package dev.xacct.s3.authz;

import java.util.List;

/**
 * The engine's answer, {@code xacct.s3-diagnosis/v1}. {@code deniedBy} is null when
 * allowed or undetermined; {@code httpStatus} is null when nothing decides it and nothing
 * was observed. {@code contradiction} (null when none) says that what the live request
 * returned ({@code observed}) disagrees with the verdict, and what that implies.
 */
public record Diagnosis(
        Verdict verdict,
        Integer httpStatus,
        DeniedBy deniedBy,
        RootCause rootCause,
        String summary,
        List<Check> checks,
        List<Remedy> remedies,
        List<UnknownFact> unknowns,
        String contradiction) {
    public static final String SCHEMA = "xacct.s3-diagnosis/v1";

    public Diagnosis {
        checks = List.copyOf(checks);
        remedies = List.copyOf(remedies);
        unknowns = List.copyOf(unknowns);
    }
}

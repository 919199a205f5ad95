package dev.xacct.s3.authz;

/** What a failing check means for the request. */
public record Denial(Verdict verdict, int httpStatus, DeniedBy deniedBy, RootCause rootCause) {
    static Denial explicit(DeniedBy by, RootCause cause) {
        return new Denial(Verdict.EXPLICIT_DENY, 403, by, cause);
    }

    static Denial implicit(DeniedBy by, RootCause cause) {
        return new Denial(Verdict.IMPLICIT_DENY, 403, by, cause);
    }

    static Denial notAuthorization(int status, DeniedBy by, RootCause cause) {
        return new Denial(Verdict.NOT_AUTHORIZATION, status, by, cause);
    }
}

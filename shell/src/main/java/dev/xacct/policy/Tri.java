package dev.xacct.policy;

/**
 * Three-valued truth: a condition over a fact that could not be read is neither true nor
 * false. Kleene logic, so a definite FALSE in a conjunction still decides.
 */
public enum Tri {
    TRUE,
    FALSE,
    UNKNOWN;

    public static Tri of(boolean b) {
        return b ? TRUE : FALSE;
    }

    public Tri and(Tri o) {
        if (this == FALSE || o == FALSE) return FALSE;
        if (this == UNKNOWN || o == UNKNOWN) return UNKNOWN;
        return TRUE;
    }

    public Tri or(Tri o) {
        if (this == TRUE || o == TRUE) return TRUE;
        if (this == UNKNOWN || o == UNKNOWN) return UNKNOWN;
        return FALSE;
    }

    public Tri not() {
        return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
    }

    public boolean possible() {
        return this != FALSE;
    }
}

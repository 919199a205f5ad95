package dev.xacct.policy;

/** A policy document that cannot be read; the message names the JSON field path. */
public class PolicyFormatException extends RuntimeException {
    private final String fieldPath;

    public PolicyFormatException(String fieldPath, String problem) {
        super(fieldPath + ": " + problem);
        this.fieldPath = fieldPath;
    }

    public String fieldPath() {
        return fieldPath;
    }
}

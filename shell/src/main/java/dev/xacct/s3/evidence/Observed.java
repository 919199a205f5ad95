package dev.xacct.s3.evidence;

/** What the caller saw, when known (explained, never decided from). Fields may be null. */
public record Observed(Integer httpStatus, String errorCode, String message) {}

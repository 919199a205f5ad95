package dev.xacct.s3.authz;

/** A fact that could not be read and matters, with how to learn it (which session, which call). */
public record UnknownFact(String fact, String resolveBy) {}

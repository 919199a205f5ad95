package dev.xacct.s3.gather;

/**
 * Where {@code s3 diagnose} gets its perspectives: the current session, and a session in the
 * bucket owner's account named by {@code --owner ALIAS|ROLE}. The session layer replaces the
 * stand-in {@link DefaultChainPerspectives} with its own implementation.
 */
public interface PerspectiveSource {

    /** The current session. */
    AwsPerspective current();

    /**
     * A session in the bucket owner's account: {@code reference} is a session alias or a role to
     * assume from the current session. Throws {@link GatherException} when it cannot be had.
     */
    AwsPerspective owner(String reference);
}

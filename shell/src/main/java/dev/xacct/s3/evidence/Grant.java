package dev.xacct.s3.evidence;

/** One ACL grant; permission is READ, WRITE, READ_ACP, WRITE_ACP or FULL_CONTROL. */
public record Grant(Grantee grantee, String permission) {}

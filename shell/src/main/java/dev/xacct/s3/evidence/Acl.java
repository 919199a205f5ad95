package dev.xacct.s3.evidence;

import java.util.List;

/** A bucket or object ACL. */
public record Acl(List<Grant> grants) {
    public Acl {
        grants = List.copyOf(grants);
    }
}

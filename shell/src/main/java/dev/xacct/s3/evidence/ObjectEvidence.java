package dev.xacct.s3.evidence;

/** What is known of the object (formats.md §1, "object"): stored owner, ACL, encryption. */
public record ObjectEvidence(
        Fact<Boolean> exists, Fact<String> ownerCanonicalId, Fact<Acl> acl, Fact<Encryption> encryption) {
    public static ObjectEvidence missing() {
        return new ObjectEvidence(Fact.known(false), Fact.absent(), Fact.absent(), Fact.absent());
    }
}

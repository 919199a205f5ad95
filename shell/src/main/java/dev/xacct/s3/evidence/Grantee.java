package dev.xacct.s3.evidence;

/** An ACL grantee: {@code CanonicalUser} with an id, or a {@code Group} with a URI. */
public record Grantee(String type, String id, String uri) {
    public static final String ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers";
    public static final String AUTHENTICATED_USERS = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers";

    public static Grantee canonicalUser(String id) {
        return new Grantee("CanonicalUser", id, null);
    }

    public static Grantee group(String uri) {
        return new Grantee("Group", null, uri);
    }

    /** AllUsers or AuthenticatedUsers: dropped under IgnorePublicAcls (spec §1.5, §1.6). */
    public boolean isPublic() {
        return ALL_USERS.equals(uri) || AUTHENTICATED_USERS.equals(uri);
    }
}

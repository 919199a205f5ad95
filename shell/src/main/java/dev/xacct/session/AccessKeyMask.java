package dev.xacct.session;

/** How an access key id is shown: first 4 and last 4 characters ({@code ASIA…WXYZ}). Pure. */
public final class AccessKeyMask {

    private AccessKeyMask() {}

    public static String mask(String accessKeyId) {
        if (accessKeyId == null || accessKeyId.isEmpty()) {
            return "";
        }
        if (accessKeyId.length() <= 8) {
            return "****";
        }
        return accessKeyId.substring(0, 4) + "…" + accessKeyId.substring(accessKeyId.length() - 4);
    }
}

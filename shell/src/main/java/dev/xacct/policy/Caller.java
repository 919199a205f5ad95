package dev.xacct.policy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who makes a request, as IAM sees it. {@code arn} is what STS reports (for a role session
 * the {@code assumed-role} ARN); {@code principalArn} is what {@code aws:PrincipalArn}
 * holds (the role ARN for a session).
 */
public record Caller(Kind kind, String arn, String account, String principalArn, String name) {

    public enum Kind {
        ROOT,
        USER,
        ROLE_SESSION,
        SERVICE,
        ANONYMOUS,
        FEDERATED
    }

    private static final Pattern SESSION = Pattern.compile("arn:(aws[\\w-]*):sts::(\\d{12}):assumed-role/(.+)/([^/]+)");
    private static final Pattern USER = Pattern.compile("arn:(aws[\\w-]*):iam::(\\d{12}):user/(?:.*/)?([^/]+)");
    private static final Pattern ROLE = Pattern.compile("arn:(aws[\\w-]*):iam::(\\d{12}):role/(?:.*/)?([^/]+)");
    private static final Pattern ROOT = Pattern.compile("arn:(aws[\\w-]*):iam::(\\d{12}):root");
    private static final Pattern FED = Pattern.compile("arn:(aws[\\w-]*):sts::(\\d{12}):federated-user/(.+)");

    public static Caller anonymous() {
        return new Caller(Kind.ANONYMOUS, "anonymous", null, "anonymous", null);
    }

    public static Caller service(String servicePrincipal) {
        return new Caller(Kind.SERVICE, servicePrincipal, null, servicePrincipal, servicePrincipal);
    }

    /**
     * Reads a caller ARN: "anonymous", a service principal ("cloudtrail.amazonaws.com"),
     * an account root, user, role, assumed-role session or federated user ARN.
     */
    public static Caller fromArn(String arn) {
        if (arn == null || arn.equals("anonymous")) return anonymous();
        if (arn.endsWith(".amazonaws.com") && !arn.startsWith("arn:")) return service(arn);
        Matcher m = SESSION.matcher(arn);
        if (m.matches()) {
            // A role path is not visible in a session ARN; the role ARN is rebuilt without it.
            String roleName = m.group(3);
            String role = "arn:" + m.group(1) + ":iam::" + m.group(2) + ":role/" + roleName;
            return new Caller(Kind.ROLE_SESSION, arn, m.group(2), role, roleName);
        }
        if ((m = USER.matcher(arn)).matches()) return new Caller(Kind.USER, arn, m.group(2), arn, m.group(3));
        if ((m = ROLE.matcher(arn)).matches()) return new Caller(Kind.ROLE_SESSION, arn, m.group(2), arn, m.group(3));
        if ((m = ROOT.matcher(arn)).matches()) return new Caller(Kind.ROOT, arn, m.group(2), arn, null);
        if ((m = FED.matcher(arn)).matches()) return new Caller(Kind.FEDERATED, arn, m.group(2), arn, m.group(3));
        if (arn.matches("\\d{12}"))
            return new Caller(Kind.ROOT, "arn:aws:iam::" + arn + ":root", arn, "arn:aws:iam::" + arn + ":root", null);
        throw new IllegalArgumentException(
                "not a principal ARN: '" + arn
                        + "' (expected anonymous, a service principal, or an arn:aws:iam/sts ARN of a root, user, role or assumed-role session)");
    }

    public boolean isAnonymous() {
        return kind == Kind.ANONYMOUS;
    }

    public boolean isService() {
        return kind == Kind.SERVICE;
    }
}

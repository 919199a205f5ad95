package dev.xacct.policy;

import dev.xacct.aws.AccountId;
import dev.xacct.aws.Arns;
import java.util.Optional;
import software.amazon.awssdk.arns.Arn;

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
        if (AccountId.isValid(arn)) {
            String root = Arns.root("aws", arn);
            return new Caller(Kind.ROOT, root, arn, root, null);
        }
        Optional<Arn> parsed = Arns.parse(arn);
        String account = Arns.accountId(arn).orElse(null);
        if (parsed.isPresent() && account != null) {
            Arn a = parsed.get();
            String type = Arns.resourceType(arn).orElse(a.resourceAsString());
            String name = Arns.resourceName(arn).orElse(null);
            switch (a.service() + " " + type) {
                case "sts assumed-role" -> {
                    // A role path is not visible in a session ARN; the role ARN is rebuilt without it.
                    String role = Arns.roleArnOfSession(arn).orElseThrow();
                    return new Caller(
                            Kind.ROLE_SESSION,
                            arn,
                            account,
                            role,
                            Arns.roleName(arn).orElseThrow());
                }
                case "iam user" -> {
                    return new Caller(Kind.USER, arn, account, arn, name);
                }
                case "iam role" -> {
                    return new Caller(Kind.ROLE_SESSION, arn, account, arn, name);
                }
                case "iam root" -> {
                    return new Caller(Kind.ROOT, arn, account, arn, null);
                }
                case "sts federated-user" -> {
                    return new Caller(
                            Kind.FEDERATED,
                            arn,
                            account,
                            arn,
                            a.resourceAsString().substring("federated-user/".length()));
                }
                default -> {}
            }
        }
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

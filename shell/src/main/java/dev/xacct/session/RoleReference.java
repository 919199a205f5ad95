package dev.xacct.session;

import dev.xacct.aws.AccountId;
import dev.xacct.aws.Arns;
import dev.xacct.shell.UsageError;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.arns.Arn;

/**
 * The role a user names in {@code assume ROLE}: a role ARN, {@code ACCOUNT:ROLE}, or a role name
 * in the current account. Pure: parsing and its error messages only.
 *
 * @param partition {@code aws}, {@code aws-cn}, {@code aws-us-gov}…
 * @param accountId twelve digits
 * @param path      the role's IAM path, {@code /} or e.g. {@code /ops/}
 * @param roleName  the role's name (no path)
 */
public record RoleReference(String partition, String accountId, String path, String roleName) {

    public static final String SHAPES = "a role ARN (arn:aws:iam::111111111111:role/Admin), "
            + "ACCOUNT:ROLE (111111111111:Admin) or a role name in the current account (Admin)";

    private static final Pattern ROLE_NAME = Pattern.compile("[\\w+=,.@-]{1,64}");
    private static final Pattern PATH = Pattern.compile("/(?:[\\w+=,.@-]+/)*");

    public String arn() {
        return Arns.role(partition, accountId, path, roleName);
    }

    @Override
    public String toString() {
        return arn();
    }

    /**
     * @param currentAccount the current session's account, needed only for a bare role name
     * @param partition      the partition to use for {@code ACCOUNT:ROLE} and bare names
     */
    public static RoleReference parse(String text, Optional<String> currentAccount, String partition) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new UsageError("give the role to assume: " + SHAPES);
        }
        if (value.startsWith("arn:")) {
            Optional<String> role = Arns.roleArnOfSession(value);
            if (role.isPresent()) {
                throw new UsageError(
                        "'" + value + "' is a role session, not a role; assume the role itself: " + role.get());
            }
            Optional<Arn> arn = Arns.parse(value).filter(a -> Arns.isRole(value));
            if (arn.isEmpty() || arn.get().accountId().isEmpty()) {
                throw new UsageError(
                        "malformed role ARN '" + value + "': expected arn:aws:iam::111111111111:role/NAME");
            }
            String rolePath = Arns.rolePath(value).orElseThrow();
            if (!PATH.matcher(rolePath).matches()) {
                throw new UsageError(
                        "malformed role ARN '" + value + "': expected arn:aws:iam::111111111111:role/NAME");
            }
            String account = requireAccountId(arn.get().accountId().get());
            return new RoleReference(
                    arn.get().partition(),
                    account,
                    rolePath,
                    requireRoleName(Arns.resourceName(value).orElseThrow()));
        }
        int colon = value.indexOf(':');
        if (colon >= 0) {
            String account = requireAccountId(value.substring(0, colon));
            String role = value.substring(colon + 1);
            String path = "/";
            int slash = role.lastIndexOf('/');
            if (slash >= 0) {
                path = role.substring(0, slash + 1);
                path = path.startsWith("/") ? path : "/" + path;
                role = role.substring(slash + 1);
            }
            return new RoleReference(partition, account, path, requireRoleName(role));
        }
        String role = requireRoleName(value);
        String account = currentAccount.orElseThrow(
                () -> new UsageError("a bare role name needs the current account, which is unknown; give " + SHAPES));
        return new RoleReference(partition, account, "/", role);
    }

    /** Twelve digits, or a usage error that shows the shape. */
    public static String requireAccountId(String text) {
        String value = text == null ? "" : text.strip();
        if (!AccountId.isValid(value)) {
            String digits = value.replaceAll("\\D", "");
            String hint = value.isEmpty()
                    ? ""
                    : value.chars().allMatch(Character::isDigit) ? " (it has " + digits.length() + " digits)" : "";
            throw new UsageError(
                    "'" + value + "' is not an AWS account id" + hint + ": expected 12 digits, e.g. 111111111111");
        }
        return value;
    }

    static String requireRoleName(String text) {
        if (!ROLE_NAME.matcher(text).matches()) {
            throw new UsageError(
                    "'" + text + "' is not a valid role name: 1-64 characters of letters, digits and +=,.@_-; "
                            + "give " + SHAPES);
        }
        return text;
    }
}

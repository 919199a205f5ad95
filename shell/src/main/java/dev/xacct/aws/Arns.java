package dev.xacct.aws;

import java.util.Optional;
import software.amazon.awssdk.arns.Arn;

/**
 * Reading ARNs through the SDK's {@link Arn}:
 * {@code arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE}. The helpers here add the parts the
 * SDK leaves to the caller: the resource type and name, the role behind an assumed-role
 * session, account ids that are real 12-digit ids (not {@code aws} as in AWS managed policy ARNs).
 *
 * <p>Every method is total: text that is not an ARN gives {@code Optional.empty()} (or
 * {@code false}), never an exception. Source: IAM User Guide, "IAM identifiers" (role, user,
 * assumed-role ARNs) and AWS General Reference, "Amazon Resource Names (ARNs)".
 */
public final class Arns {

    private Arns() {}

    /** The parsed ARN, or empty when {@code text} is null or not an ARN (the SDK throws; this does not). */
    public static Optional<Arn> parse(String text) {
        if (text == null || !text.startsWith("arn:")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Arn.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True when {@code text} parses as an ARN. */
    public static boolean isArn(String text) {
        return parse(text).isPresent();
    }

    /** {@code aws}, {@code aws-cn}, {@code aws-us-gov}… of an ARN. */
    public static Optional<String> partition(String arn) {
        return parse(arn).map(Arn::partition);
    }

    /** The service namespace: {@code iam}, {@code sts}, {@code s3}, {@code kms}… */
    public static Optional<String> service(String arn) {
        return parse(arn).map(Arn::service);
    }

    /** The region, empty for global resources (IAM, STS identities, S3 buckets). */
    public static Optional<String> region(String arn) {
        return parse(arn).flatMap(Arn::region);
    }

    /**
     * The 12-digit account that owns the resource; empty when the ARN has none (S3 buckets) or a
     * non-numeric one ({@code aws} in {@code arn:aws:iam::aws:policy/…}).
     */
    public static Optional<String> accountId(String arn) {
        return parse(arn).flatMap(Arn::accountId).filter(AccountId::isValid);
    }

    /**
     * The resource part's type: the text before its first {@code /} or {@code :}
     * ({@code role}, {@code assumed-role}, {@code user}, {@code key}, {@code accesspoint}); empty
     * when there is no separator ({@code root}). S3 bucket and object ARNs have no type.
     */
    public static Optional<String> resourceType(String arn) {
        return parse(arn).flatMap(a -> {
            if (a.service().equals("s3") && a.accountId().isEmpty()) {
                return Optional.empty();
            }
            String resource = a.resourceAsString();
            int cut = firstSeparator(resource);
            return cut < 0 ? Optional.empty() : Optional.of(resource.substring(0, cut));
        });
    }

    /**
     * The resource's name: the last element of its path ({@code Admin} in
     * {@code role/team/Admin}; the session name in {@code assumed-role/Admin/SESSION};
     * {@code root} for an account root; the bucket for an S3 bucket ARN).
     */
    public static Optional<String> resourceName(String arn) {
        return parse(arn).map(a -> {
            String resource = a.resourceAsString();
            int cut = Math.max(resource.lastIndexOf('/'), resource.lastIndexOf(':'));
            return cut < 0 ? resource : resource.substring(cut + 1);
        });
    }

    /** True for an STS assumed-role session ARN ({@code arn:P:sts::ACCOUNT:assumed-role/ROLE/SESSION}). */
    public static boolean isAssumedRole(String arn) {
        return parse(arn)
                .filter(a -> a.service().equals("sts"))
                .map(a -> a.resourceAsString().startsWith("assumed-role/"))
                .orElse(false);
    }

    /** True for an IAM role ARN ({@code arn:P:iam::ACCOUNT:role/[PATH/]NAME}). */
    public static boolean isRole(String arn) {
        return parse(arn)
                .filter(a -> a.service().equals("iam"))
                .map(a -> a.resourceAsString().startsWith("role/"))
                .orElse(false);
    }

    /**
     * The role's name, from a role ARN ({@code role/[PATH/]NAME}, the last element) or from an
     * assumed-role session ARN ({@code assumed-role/NAME/SESSION}); empty for anything else.
     */
    public static Optional<String> roleName(String arn) {
        return parse(arn).flatMap(a -> {
            String resource = a.resourceAsString();
            if (a.service().equals("iam") && resource.startsWith("role/")) {
                String name = resource.substring(resource.lastIndexOf('/') + 1);
                return name.isEmpty() ? Optional.empty() : Optional.of(name);
            }
            if (a.service().equals("sts") && resource.startsWith("assumed-role/")) {
                String[] parts = resource.split("/", -1);
                return parts.length >= 3 && !parts[1].isEmpty() ? Optional.of(parts[1]) : Optional.empty();
            }
            return Optional.empty();
        });
    }

    /** The session name of an assumed-role session ARN (its last element); empty otherwise. */
    public static Optional<String> sessionName(String arn) {
        return isAssumedRole(arn) ? resourceName(arn).filter(s -> !s.isEmpty()) : Optional.empty();
    }

    /**
     * The role ARN behind an assumed-role session:
     * {@code arn:P:sts::A:assumed-role/NAME/S} → {@code arn:P:iam::A:role/NAME}. The session
     * ARN does not carry the role's path, so the result has none (IAM matches a role ARN in a
     * policy with its path; compare role names where the path matters). Empty for anything that
     * is not an assumed-role ARN with a 12-digit account.
     */
    public static Optional<String> roleArnOfSession(String assumedRoleArn) {
        if (!isAssumedRole(assumedRoleArn)) {
            return Optional.empty();
        }
        Arn a = Arn.fromString(assumedRoleArn);
        return accountId(assumedRoleArn)
                .flatMap(account -> roleName(assumedRoleArn).map(name -> role(a.partition(), account, "/", name)));
    }

    /**
     * {@code arn:PARTITION:iam::ACCOUNT:role[PATH]NAME}.
     *
     * @param path the role's path, {@code /} or {@code /a/b/} (IAM's form: starts and ends with /)
     */
    public static String role(String partition, String account, String path, String name) {
        String p = path == null || path.isEmpty() ? "/" : path;
        return "arn:" + partition + ":iam::" + account + ":role" + p + name;
    }

    /** {@code arn:PARTITION:iam::ACCOUNT:root}: the account as a principal. */
    public static String root(String partition, String account) {
        return "arn:" + partition + ":iam::" + account + ":root";
    }

    /**
     * The IAM path of a role ARN ({@code /} for {@code role/NAME}, {@code /team/} for
     * {@code role/team/NAME}); empty for anything that is not an IAM role ARN.
     */
    public static Optional<String> rolePath(String arn) {
        if (!isRole(arn)) {
            return Optional.empty();
        }
        String resource = Arn.fromString(arn).resourceAsString(); // role/[PATH/]NAME
        return Optional.of(resource.substring("role".length(), resource.lastIndexOf('/') + 1));
    }

    /** {@code arn:PARTITION:sts::ACCOUNT:assumed-role/ROLE/SESSION}: a session of a role (no path). */
    public static String assumedRole(String partition, String account, String roleName, String sessionName) {
        return "arn:" + partition + ":sts::" + account + ":assumed-role/" + roleName + "/" + sessionName;
    }

    /**
     * {@code arn:PARTITION:s3:::BUCKET}. S3 bucket ARNs have neither region nor account (S3 User
     * Guide, "Policy resources for Amazon S3").
     */
    public static String s3Bucket(String partition, String bucket) {
        return "arn:" + partition + ":s3:::" + bucket;
    }

    /**
     * {@code arn:PARTITION:s3:::BUCKET/KEY}; the key as written ({@code *} and {@code prefix/*}
     * are patterns in a policy).
     */
    public static String s3Object(String partition, String bucket, String key) {
        return s3Bucket(partition, bucket) + "/" + key;
    }

    /** {@code arn:PARTITION:kms:REGION:ACCOUNT:key/KEY_ID}: a KMS key (AWS KMS Developer Guide, "Key ARN"). */
    public static String kmsKey(String partition, String region, String account, String keyId) {
        return "arn:" + partition + ":kms:" + region + ":" + account + ":key/" + keyId;
    }

    private static int firstSeparator(String resource) {
        int slash = resource.indexOf('/');
        int colon = resource.indexOf(':');
        if (slash < 0) return colon;
        if (colon < 0) return slash;
        return Math.min(slash, colon);
    }
}

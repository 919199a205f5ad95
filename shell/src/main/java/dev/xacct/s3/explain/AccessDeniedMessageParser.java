package dev.xacct.s3.explain;

import dev.xacct.policy.PolicyLayer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the AccessDenied message forms of spec §3, with or without the CLI's "An error occurred" prefix. */
public final class AccessDeniedMessageParser {
    private AccessDeniedMessageParser() {}

    private static final Pattern CLI = Pattern.compile(
            "An error occurred \\(([^)]+)\\) when calling the (\\w+) operation(?: \\(reached max retries: \\d+\\))?: (.*)",
            Pattern.DOTALL);
    private static final Pattern ENHANCED = Pattern.compile(
            "User: (\\S+) is not authorized to perform: (\\S+) on resource: \"?([^\"\\s]+)\"? (.*)", Pattern.DOTALL);
    private static final Pattern NO_ALLOW =
            Pattern.compile("because no (.+?) allows the \\S+ action.*", Pattern.DOTALL);
    private static final Pattern EXPLICIT =
            Pattern.compile("with an explicit deny in an? (.+?)\\.?\\s*$", Pattern.DOTALL);

    /** The SDK for Java's suffix: "(Service: S3, Status Code: 403, Request ID: …)". */
    private static final Pattern SDK_SUFFIX = Pattern.compile(
            "(.*?)\\s*\\(Service: [^,;]+[,;] Status Code: (\\d{3})[,;](?: Error Code: (\\w+)[,;])?.*\\)\\s*$",
            Pattern.DOTALL);

    public static AccessDeniedMessage parse(String text) {
        String msg = text == null ? "" : text.trim();
        String operation = null;
        String code = null;
        Integer status = null;
        Matcher sdk = SDK_SUFFIX.matcher(msg);
        if (sdk.matches()) {
            msg = sdk.group(1).trim();
            status = Integer.parseInt(sdk.group(2));
            code = sdk.group(3);
        }
        Matcher cli = CLI.matcher(msg);
        if (cli.matches()) {
            code = cli.group(1);
            operation = cli.group(2);
            status = null;
            msg = cli.group(3).trim();
            if (code.matches("\\d{3}")) {
                status = Integer.parseInt(code);
                code = null;
            }
        }
        if (status != null
                && status == 403
                && (msg.equalsIgnoreCase("Forbidden") || msg.isEmpty() || msg.equalsIgnoreCase("null"))) {
            return new AccessDeniedMessage(
                    AccessDeniedMessage.Kind.HEAD_FORBIDDEN, operation, 403, null, null, null, null, null);
        }
        if ((status != null && status == 404) || "NoSuchKey".equals(code) || msg.equalsIgnoreCase("Not Found")) {
            return new AccessDeniedMessage(
                    AccessDeniedMessage.Kind.NOT_FOUND, operation, 404, code, null, null, null, null);
        }
        if (status == null
                && (code != null && code.equals("AccessDenied")
                        || msg.contains("is not authorized")
                        || msg.startsWith("Access Denied"))) {
            status = 403;
        }
        Matcher m = ENHANCED.matcher(msg);
        if (m.matches()) {
            String rest = m.group(4);
            AccessDeniedMessage.Kind kind;
            PolicyLayer type = null;
            Matcher na = NO_ALLOW.matcher(rest);
            Matcher ex = EXPLICIT.matcher(rest);
            if (rest.contains("BlockPublicAcls")) {
                kind = AccessDeniedMessage.Kind.BLOCK_PUBLIC_ACLS;
            } else if (rest.contains("Customer provided keys") || rest.contains("SSE-C")) {
                kind = AccessDeniedMessage.Kind.SSE_C_BLOCKED;
            } else if (na.matches()) {
                kind = AccessDeniedMessage.Kind.NO_ALLOW;
                type = layer(na.group(1));
            } else if (ex.find()) {
                kind = AccessDeniedMessage.Kind.EXPLICIT_DENY;
                type = layer(ex.group(1));
            } else {
                kind = AccessDeniedMessage.Kind.UNRECOGNIZED;
            }
            return new AccessDeniedMessage(kind, operation, status, code, m.group(1), m.group(2), m.group(3), type);
        }
        if (msg.replace(".", "").equalsIgnoreCase("Access Denied")) {
            return new AccessDeniedMessage(
                    AccessDeniedMessage.Kind.BARE_ACCESS_DENIED, operation, 403, code, null, null, null, null);
        }
        return new AccessDeniedMessage(
                AccessDeniedMessage.Kind.UNRECOGNIZED, operation, status, code, null, null, null, null);
    }

    /** The policy type as the message names it ("identity-based policy", "VPC endpoint policy", …). */
    static PolicyLayer layer(String words) {
        String w = words.trim().toLowerCase(Locale.ROOT);
        for (PolicyLayer l : PolicyLayer.values()) {
            if (w.equals(l.title().toLowerCase(Locale.ROOT))) return l;
        }
        return null;
    }
}

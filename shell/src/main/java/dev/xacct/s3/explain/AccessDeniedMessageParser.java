package dev.xacct.s3.explain;

import dev.xacct.aws.Arns;
import dev.xacct.s3.explain.AccessDeniedMessage.Kind;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an AccessDenied message as users paste it (spec §3, formats.md §5). First the wrappers
 * come off — the AWS CLI's {@code fatal error:} and {@code An error occurred (CODE) when calling
 * the OP operation: …}, an exception class name ({@code botocore.exceptions.ClientError:},
 * {@code …S3Exception:}), the Java SDK's {@code (Service: …, Status Code: …, Request ID: …)}
 * tail, the Go SDK's {@code operation error S3: OP, https response error StatusCode: …, api error
 * CODE: …} — then the message's shape is read: who, which action, on what, and the reason clause
 * ({@code because no TYPE allows …}, {@code with an explicit deny in a TYPE[: ARN]},
 * {@code due to an explicit deny in …}, Block Public Access, SSE-C, KMS's own words). The
 * policy type is read from the words of the clause, not from a list of whole messages.
 */
public final class AccessDeniedMessageParser {
    private AccessDeniedMessageParser() {}

    private static final Pattern FATAL = Pattern.compile("(?i)^fatal error:\\s*(.*)$", Pattern.DOTALL);
    /** {@code aws s3 cp/mv/sync/rm}: "download failed: s3://b/k to ./k An error occurred (…) …". */
    private static final Pattern TRANSFER = Pattern.compile(
            "(?i)^(?:download|upload|copy|move|delete) failed: .*? (An error occurred \\(.*)$", Pattern.DOTALL);

    private static final Pattern EXCEPTION_CLASS = Pattern.compile(
            "^(?:[A-Za-z_$][\\w$]*\\.)*[A-Z][\\w$]*(?:Exception|Error)(?:\\s*\\([^)]*\\))?:\\s+(.*)$", Pattern.DOTALL);
    private static final Pattern CLI = Pattern.compile(
            "^An error occurred \\(([^)]+)\\) when calling the (\\w+) operation(?: \\(reached max retries: \\d+\\))?:\\s*(.*)$",
            Pattern.DOTALL);
    private static final Pattern GO = Pattern.compile(
            "^operation error [^:]+: (\\w+), https response error StatusCode: (\\d{3}),.*?(?:api error )(\\w[\\w.]*): (.*)$",
            Pattern.DOTALL);
    private static final Pattern SDK_TAIL = Pattern.compile(
            "^(.*?)\\s*\\((?:Service: [^;,)]+)[;,]\\s*Status Code: (\\d{3})(?:[;,]\\s*Error Code: ([\\w.]+))?[^)]*\\)\\s*$",
            Pattern.DOTALL);
    private static final Pattern CODE_PREFIX =
            Pattern.compile("^(AccessDenied(?:Exception)?|Forbidden|KMS\\.\\w+):\\s+(.*)$", Pattern.DOTALL);
    private static final Pattern STATUS = Pattern.compile("\\d{3}");

    /**
     * "User: P is not authorized to perform: A[ on resource: R][ REASON]". A quoted resource ends
     * at its closing quote; an unquoted one where the ARN ends (at a space); what follows is the
     * reason, read on its own.
     */
    private static final Pattern ENHANCED = Pattern.compile(
            "^(?:User|Principal): (\\S+) is not authorized to perform: ([\\w-]+:[\\w*]+)"
                    + "(?: on (?:resource|resources): (?:\"([^\"]*)\"|([^\\s\"]+)))?"
                    + "(.*?)\\s*\\.?$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static final Pattern REASON = Pattern.compile(
            "^[.,;]?\\s*((?:because|with an explicit deny|due to an explicit deny)\\b.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** Words of a reason clause: text after an unquoted resource with none of them is more of the key. */
    private static final Pattern REASON_WORDS =
            Pattern.compile("(?i)\\b(because|deny|denied|allows?|polic(y|ies)|explicit|authorized)\\b");
    /**
     * Space as pasted from consoles, PDFs and terminals: runs of tabs, no-break and other Unicode
     * spaces, line breaks, and the zero-width characters copying leaves behind. Quoted text (a
     * resource ARN, whose key may hold spaces) keeps its own, line breaks aside.
     */
    /** Typographic double quotes, as word processors and chat turn {@code "} into. */
    private static final Pattern CURLY_QUOTES = Pattern.compile("[\\u201C\\u201D\\u201E\\u201F\\u2033]");

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\u0085\\u200B\\u2060\\uFEFF]+");

    private static final Pattern NO_ALLOW = Pattern.compile(
            "^because no (.+?) allows? the [\\w-]+:[\\w*]+ action.*$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern EXPLICIT = Pattern.compile(
            "^(?:with|due to) an explicit deny in (?:a |an |the )?(.+?)(?::\\s*(arn:\\S+?))?\\s*\\.?$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    public static AccessDeniedMessage parse(String text) {
        Wrapped w = unwrap(text);
        String msg = w.message;
        if (w.code != null && w.code.startsWith("KMS.") || isKmsText(msg)) {
            return message(Kind.KMS, w, null, null, null, "kms", null);
        }
        if (msg.isEmpty() || msg.equalsIgnoreCase("Forbidden") || msg.equalsIgnoreCase("null")) {
            if (w.status != null && w.status == 403)
                return message(Kind.HEAD_FORBIDDEN, w, null, null, null, null, null);
        }
        if (w.status != null && w.status == 404
                || "NoSuchKey".equals(w.code)
                || "NotFound".equals(w.code)
                || msg.equalsIgnoreCase("Not Found")
                || msg.startsWith("The specified key does not exist")) {
            return message(Kind.NOT_FOUND, w.withStatus(404), null, null, null, null, null);
        }
        Matcher m = ENHANCED.matcher(msg);
        if (m.matches()) {
            String resource = m.group(3) != null ? m.group(3) : m.group(4);
            String rest = m.group(5).strip();
            if (rest.isEmpty()) return enhanced(w, m.group(1), m.group(2), resource, null);
            Matcher reason = REASON.matcher(rest);
            if (reason.matches()) return enhanced(w, m.group(1), m.group(2), resource, reason.group(1));
            if (m.group(4) != null && !REASON_WORDS.matcher(rest).find())
                return enhanced(w, m.group(1), m.group(2), resource + " " + rest, null);
            // a reason we cannot read: say so rather than guess a kind
            return message(Kind.UNRECOGNIZED, w.withStatus(403), m.group(1), m.group(2), resource, null, null);
        }
        String bare = msg.replaceAll("[.\\s]+$", "");
        if (bare.equalsIgnoreCase("Access Denied") || bare.isEmpty() && "AccessDenied".equals(w.code)) {
            return message(Kind.BARE_ACCESS_DENIED, w.withStatus(403), null, null, null, null, null);
        }
        Kind byReason = reasonKind(msg);
        if (byReason != null) return message(byReason, w.withStatus(403), null, null, null, typeOf(byReason), null);
        return message(Kind.UNRECOGNIZED, w, null, null, null, null, null);
    }

    private static AccessDeniedMessage enhanced(
            Wrapped w, String principal, String action, String resource, String reason) {
        Wrapped w403 = w.withStatus(403);
        if (w403.operation == null) w403 = w403.withOperation(operationOf(action));
        if (reason == null) return message(Kind.NOT_AUTHORIZED, w403, principal, action, resource, null, null);
        Kind special = reasonKind(reason);
        if (special != null) return message(special, w403, principal, action, resource, typeOf(special), null);
        Matcher na = NO_ALLOW.matcher(reason);
        if (na.matches()) {
            return message(
                    Kind.NO_ALLOW, w403, principal, action, resource, PolicyTypeWords.of(na.group(1), action), null);
        }
        Matcher ex = EXPLICIT.matcher(reason);
        if (ex.matches()) {
            String arn = ex.group(2);
            if (arn != null && arn.endsWith(".")) arn = arn.substring(0, arn.length() - 1);
            return message(
                    Kind.EXPLICIT_DENY,
                    w403,
                    principal,
                    action,
                    resource,
                    PolicyTypeWords.of(ex.group(1), action),
                    arn);
        }
        return message(Kind.UNRECOGNIZED, w403, principal, action, resource, null, null);
    }

    private static Kind reasonKind(String text) {
        if (text.contains("BlockPublicAcls")) return Kind.BLOCK_PUBLIC_ACLS;
        if (text.contains("BlockPublicPolicy")) return Kind.BLOCK_PUBLIC_POLICY;
        if (text.contains("Customer provided keys") || text.contains("(SSE-C)")) return Kind.SSE_C_BLOCKED;
        return null;
    }

    private static String typeOf(Kind k) {
        return switch (k) {
            case BLOCK_PUBLIC_ACLS, BLOCK_PUBLIC_POLICY -> "block-public-access";
            case SSE_C_BLOCKED -> "encryption-type-blocked";
            default -> null;
        };
    }

    /** KMS's own wording as S3 passes it on. */
    private static boolean isKmsText(String msg) {
        String m = msg.toLowerCase(Locale.ROOT);
        return m.contains("ciphertext refers to a customer master key")
                || m.contains("customer master key") && m.contains("not allowed")
                || m.contains("kms key") && (m.contains("not allowed") || m.contains("access denied"));
    }

    /** The S3 API an action most likely came from: s3:GetObject → GetObject; s3:ListBucket → ListObjectsV2. */
    static String operationOf(String action) {
        if (action == null || !action.startsWith("s3:")) return null;
        String name = action.substring(3);
        return name.equals("ListBucket") ? "ListObjectsV2" : name;
    }

    // ---- wrappers -----------------------------------------------------------------------------

    private record Wrapped(String message, String operation, Integer status, String code) {
        Wrapped withStatus(int s) {
            return status != null ? this : new Wrapped(message, operation, s, code);
        }

        Wrapped withOperation(String op) {
            return new Wrapped(message, op, status, code);
        }
    }

    /** Every run of space outside double quotes becomes one space; inside them only line breaks do. */
    static String spaces(String pasted) {
        String text = CURLY_QUOTES.matcher(pasted).replaceAll("\"");
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        boolean quoted = false;
        while (i < text.length()) {
            int quote = text.indexOf('"', i);
            int end = quote < 0 ? text.length() : quote;
            String part = text.substring(i, end);
            out.append(
                    quoted
                            ? part.replaceAll("[ \\t]*\\R[ \\t]*", " ")
                            : SPACES.matcher(part).replaceAll(" "));
            if (quote < 0) break;
            out.append('"');
            quoted = !quoted;
            i = quote + 1;
        }
        return out.toString();
    }

    private static Wrapped unwrap(String text) {
        String msg = text == null ? "" : spaces(text).strip();
        if (msg.length() > 1
                && (msg.startsWith("\"") && msg.endsWith("\"") || msg.startsWith("'") && msg.endsWith("'")))
            msg = msg.substring(1, msg.length() - 1).strip();
        msg = spaces(msg);
        String operation = null;
        String code = null;
        Integer status = null;
        for (int round = 0; round < 6; round++) {
            Matcher m;
            if ((m = FATAL.matcher(msg)).matches()) msg = m.group(1).strip();
            else if ((m = TRANSFER.matcher(msg)).matches()) msg = m.group(1).strip();
            else if ((m = SDK_TAIL.matcher(msg)).matches()) {
                msg = m.group(1).strip();
                status = Integer.valueOf(m.group(2));
                if (m.group(3) != null) code = m.group(3);
            } else if ((m = CLI.matcher(msg)).matches()) {
                String c = m.group(1);
                if (STATUS.matcher(c).matches()) status = Integer.valueOf(c);
                else code = c;
                operation = m.group(2);
                msg = m.group(3).strip();
            } else if ((m = GO.matcher(msg)).matches()) {
                operation = m.group(1);
                status = Integer.valueOf(m.group(2));
                code = m.group(3);
                msg = m.group(4).strip();
            } else if ((m = EXCEPTION_CLASS.matcher(msg)).matches() && !msg.startsWith("User:")) {
                msg = m.group(1).strip();
            } else if ((m = CODE_PREFIX.matcher(msg)).matches()) {
                code = m.group(1);
                msg = m.group(2).strip();
            } else break;
        }
        if (status == null && code != null && code.startsWith("AccessDenied")) status = 403;
        return new Wrapped(msg, operation, status, code);
    }

    private static AccessDeniedMessage message(
            Kind kind, Wrapped w, String principal, String action, String resource, String type, String arn) {
        String validArn = arn != null && Arns.isArn(arn) ? arn : null;
        return new AccessDeniedMessage(
                kind, w.operation, w.status, w.code, principal, action, resource, type, validArn);
    }
}

package dev.xacct.shell;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Last line of defence: scrubs anything shaped like an AWS secret from text on its way to the
 * screen, a log or the history file. Code should never put a secret in a message to begin with.
 */
public final class SecretRedactor {

    // A secret access key is 40 characters of base64; session tokens are far longer.
    private static final Pattern SECRET_KEY =
            Pattern.compile("(?<![A-Za-z0-9/+=])[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])");
    private static final Pattern SESSION_TOKEN = Pattern.compile("[A-Za-z0-9/+=]{100,}");
    private static final Pattern ACCESS_KEY_ID =
            Pattern.compile("\\b((?:AKIA|ASIA|AROA|AIDA)[A-Z0-9]{4})[A-Z0-9]{8}([A-Z0-9]{4})\\b");
    private static final Pattern SECRET_OPTION = Pattern.compile(
            "(--(?:mfa-code|token-code|secret-access-key|session-token|aws-secret-access-key)(?:=|\\s+))(\\S+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SECRET_ASSIGNMENT = Pattern.compile(
            "((?:aws_secret_access_key|aws_session_token|SecretAccessKey|SessionToken|secretAccessKey|sessionToken)\"?\\s*[:=]\\s*\"?)([^\\s\",}]+)");

    private SecretRedactor() {}

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = SECRET_OPTION.matcher(text).replaceAll("$1****");
        result = SECRET_ASSIGNMENT.matcher(result).replaceAll("$1****");
        result = SESSION_TOKEN.matcher(result).replaceAll("****");
        result = replaceSecretKeys(result);
        return ACCESS_KEY_ID.matcher(result).replaceAll("$1…$2");
    }

    /** A 64-hex-digit S3 canonical id is not a secret; only mixed-case base64 runs are. */
    private static String replaceSecretKeys(String text) {
        Matcher m = SECRET_KEY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String candidate = m.group();
            boolean looksSecret = !candidate.matches("[0-9a-f]+")
                    && candidate.chars().anyMatch(Character::isUpperCase)
                    && candidate.chars().anyMatch(Character::isLowerCase)
                    && !candidate.contains("//");
            m.appendReplacement(out, Matcher.quoteReplacement(looksSecret ? "****" : candidate));
        }
        m.appendTail(out);
        return out.toString();
    }
}

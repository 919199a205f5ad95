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
        String result = replace(SECRET_OPTION, text, m -> looksLikeValue(m.group(2)) ? m.group(1) + "****" : m.group());
        result = SECRET_ASSIGNMENT.matcher(result).replaceAll("$1****");
        result = replace(SESSION_TOKEN, result, m -> looksRandom(m.group()) ? "****" : m.group());
        result = replace(SECRET_KEY, result, m -> looksRandom(m.group()) ? "****" : m.group());
        return ACCESS_KEY_ID.matcher(result).replaceAll("$1…$2");
    }

    /**
     * The word after {@code --mfa-code} is masked when it is a value (digits, or a long key), not
     * when it is the next word of a sentence ("--mfa-code needs a value"): only values are masked.
     */
    private static boolean looksLikeValue(String word) {
        return word.chars().anyMatch(Character::isDigit)
                || word.length() >= 16
                || word.chars().anyMatch(c -> c == '/' || c == '+' || c == '=');
    }

    /**
     * A run of base64 that reads as random: a secret key or token has digits or {@code /+} in it,
     * or capitals side by side; a long CamelCase name (a template pack) has none of these, and a
     * 64-hex-digit S3 canonical id is not a secret.
     */
    private static boolean looksRandom(String run) {
        if (run.matches("[0-9a-f]+") || run.contains("//")) {
            return false;
        }
        boolean upper = run.chars().anyMatch(Character::isUpperCase);
        boolean lower = run.chars().anyMatch(Character::isLowerCase);
        if (!upper || !lower) {
            return false;
        }
        if (run.chars().anyMatch(c -> Character.isDigit(c) || c == '/' || c == '+')) {
            return true;
        }
        int adjacentCapitals = 0;
        for (int i = 1; i < run.length(); i++) {
            if (Character.isUpperCase(run.charAt(i)) && Character.isUpperCase(run.charAt(i - 1))) {
                adjacentCapitals++;
            }
        }
        return adjacentCapitals >= 3;
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}

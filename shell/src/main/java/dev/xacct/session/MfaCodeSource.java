package dev.xacct.session;

/**
 * Asks the user for a one-time MFA code. The shell implements it with a prompt that does not
 * echo ({@link ShellMfaCodeSource}); tests give codes directly. Codes are never stored beyond
 * the STS call that uses them, and never printed or logged.
 */
@FunctionalInterface
public interface MfaCodeSource {

    /**
     * @param serial  the MFA device ARN or serial number
     * @param purpose why it is asked, for the prompt (e.g. "to assume arn:aws:iam::111111111111:role/Admin")
     * @return the code as typed (validated by the caller)
     */
    String code(String serial, String purpose);
}

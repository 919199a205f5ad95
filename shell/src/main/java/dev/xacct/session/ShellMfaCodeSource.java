package dev.xacct.session;

import dev.xacct.shell.UserError;

/**
 * Asks for an MFA code through {@link Questions}: on the terminal with echo off (three tries on
 * a terminal), or one line from stdin when there is no terminal (one try: nothing is asked twice).
 */
public final class ShellMfaCodeSource implements MfaCodeSource {

    private final Questions questions;

    public ShellMfaCodeSource(Questions questions) {
        this.questions = questions;
    }

    @Override
    public String code(String serial, String purpose) {
        String whenNone = "an MFA code is needed " + purpose
                + "; type it on a terminal, pipe it on stdin (printf '123456\\n' | xacct -c …) or give --mfa-code";
        int tries = questions.canAskAgain() ? 3 : 1;
        for (int attempt = 1; ; attempt++) {
            String code = questions.secret("MFA code for " + serial + " (" + purpose + "): ", whenNone);
            if (code.matches("\\d{6}")) {
                return code;
            }
            if (attempt >= tries) {
                throw new UserError("an MFA code is the 6 digits your device shows now; none was given " + purpose);
            }
            questions.tell("an MFA code is the 6 digits your device shows now");
        }
    }
}

package dev.xacct.session;

import dev.xacct.shell.ShellIO;
import dev.xacct.shell.UserError;
import org.springframework.beans.factory.ObjectProvider;

/** Asks for an MFA code on the terminal with echo off; three tries for a 6-digit answer. */
public final class ShellMfaCodeSource implements MfaCodeSource {

    private final ObjectProvider<ShellIO> io;

    public ShellMfaCodeSource(ObjectProvider<ShellIO> io) {
        this.io = io;
    }

    @Override
    public String code(String serial, String purpose) {
        ShellIO shell = io.getObject();
        shell.out().flush();
        for (int attempt = 0; attempt < 3; attempt++) {
            char[] typed;
            try {
                typed = shell.input().readPassword("MFA code for " + serial + " (" + purpose + "): ");
            } catch (Exception e) {
                throw new UserError(
                        "an MFA code is needed " + purpose + " but there is no terminal to ask on: "
                                + "give it with --mfa-code",
                        e);
            }
            if (typed == null) {
                break;
            }
            String code = new String(typed).strip();
            java.util.Arrays.fill(typed, ' ');
            if (code.matches("\\d{6}")) {
                return code;
            }
            shell.err().println("an MFA code is the 6 digits your device shows now");
            shell.err().flush();
        }
        throw new UserError("no MFA code given " + purpose);
    }
}

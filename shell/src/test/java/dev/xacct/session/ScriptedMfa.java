package dev.xacct.session;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** An {@link MfaCodeSource} that answers with prepared codes and records each question. */
final class ScriptedMfa implements MfaCodeSource {

    final Deque<String> codes = new ArrayDeque<>();
    final List<String> asked = new ArrayList<>();

    ScriptedMfa answers(String... values) {
        codes.addAll(List.of(values));
        return this;
    }

    @Override
    public synchronized String code(String serial, String purpose) {
        asked.add(serial + " " + purpose);
        if (codes.isEmpty()) {
            throw new AssertionError("MFA code asked but none prepared: " + serial + " " + purpose);
        }
        return codes.poll();
    }
}

package dev.xacct.shell;

import java.time.Instant;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * JLine history that never stores a secret: MFA codes and keys typed on a command line are
 * masked before the line is kept in memory or appended to {@code ~/.xacct/history}.
 */
final class RedactingHistory extends DefaultHistory {

    @Override
    public void add(Instant time, String line) {
        super.add(time, SecretRedactor.redact(line));
    }
}

package dev.xacct.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * JLine history that never stores a secret and is readable by its owner alone: MFA codes and keys
 * typed on a command line are masked before the line is kept in memory or appended to
 * {@code ~/.xacct/history}, and the file is 0600 after every save (JLine writes it with the
 * umask's mode, and rewrites it through a temporary file when it trims it).
 */
final class RedactingHistory extends DefaultHistory {

    private final Path file;

    RedactingHistory(Path file) {
        this.file = file;
    }

    @Override
    public void add(Instant time, String line) {
        super.add(time, SecretRedactor.redact(line));
    }

    @Override
    public void save() throws IOException {
        super.save();
        PrivateFiles.file(file);
    }
}

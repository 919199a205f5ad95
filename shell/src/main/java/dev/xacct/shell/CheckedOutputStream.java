package dev.xacct.shell;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream whose failures cannot be lost. {@link java.io.PrintWriter} and
 * {@link java.io.PrintStream} swallow {@link IOException}s (a full disk, a closed pipe): under
 * them this stream turns the first failure into a {@link UserError} that names the target and the
 * OS reason ("cannot write standard output: no space left on device"), so the command stops and
 * the run ends with exit code 1 instead of reporting success.
 */
public final class CheckedOutputStream extends FilterOutputStream {

    private final String target;

    /** @param target what the stream writes to, as the user knows it ("standard output", a path) */
    public CheckedOutputStream(OutputStream out, String target) {
        super(out);
        this.target = target;
    }

    @Override
    public void write(int b) {
        try {
            out.write(b);
        } catch (IOException e) {
            throw FileErrors.cannotWrite(target, e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw FileErrors.cannotWrite(target, e);
        }
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw FileErrors.cannotWrite(target, e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw FileErrors.cannotWrite(target, e);
        }
    }
}

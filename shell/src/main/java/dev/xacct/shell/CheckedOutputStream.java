package dev.xacct.shell;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream whose failures cannot be lost. {@link java.io.PrintWriter} and
 * {@link java.io.PrintStream} swallow {@link IOException}s (a full disk, a closed pipe): under
 * them this stream turns the first failure into a {@link UserError} that names the target and the
 * OS reason ("cannot write standard output: no space left on device"), so the command stops and
 * the run ends with exit code 1 instead of reporting success. On standard output a closed pipe
 * is the reader leaving on purpose ({@link #standardOutput}).
 */
public final class CheckedOutputStream extends FilterOutputStream {

    private final String target;
    private final boolean readerMayLeave;

    /** @param target what the stream writes to, as the user knows it ("standard output", a path) */
    public CheckedOutputStream(OutputStream out, String target) {
        this(out, target, false);
    }

    private CheckedOutputStream(OutputStream out, String target, boolean readerMayLeave) {
        super(out);
        this.target = target;
        this.readerMayLeave = readerMayLeave;
    }

    /**
     * Standard output: a pipe whose reader has left (a broken pipe) ends the run quietly with
     * {@link StandardOutputClosed}; every other failure is a {@link UserError}.
     */
    public static CheckedOutputStream standardOutput(OutputStream out) {
        return new CheckedOutputStream(out, "standard output", true);
    }

    private RuntimeException failed(IOException e) {
        if (readerMayLeave && isBrokenPipe(e)) {
            return new StandardOutputClosed(e);
        }
        return FileErrors.cannotWrite(target, e);
    }

    /** EPIPE: the JDK gives it as an IOException whose message is the OS's "Broken pipe". */
    static boolean isBrokenPipe(IOException e) {
        String message = e.getMessage();
        return message != null && message.toLowerCase(java.util.Locale.ROOT).contains("broken pipe");
    }

    @Override
    public void write(int b) {
        try {
            out.write(b);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw failed(e);
        }
    }
}

package dev.xacct.shell;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Function;

/**
 * Writes a file a user asked for ({@code --out FILE}, saved evidence) so that nothing is lost
 * silently and nothing is left half-written: the content goes to a private temporary file beside
 * the target (mode 0600: exports hold account data), which is renamed over the target only when
 * every byte is written and synced. A failure or an interrupt leaves the old file as it was and no
 * partial one; the error names the file and the OS reason. A target that is not a regular file (a
 * FIFO, {@code /dev/stdout}, {@code /dev/full}) is written in place, every write checked.
 */
public final class OutputFile {

    private OutputFile() {}

    /**
     * Runs {@code write} on a writer for {@code target} and commits the file; returns what
     * {@code write} returned.
     *
     * @throws UserError when the file cannot be written (the OS reason is in the message)
     */
    public static <T> T write(Path given, Function<PrintWriter, T> write) {
        Path target = given;
        if (Files.isSymbolicLink(given)) {
            try {
                target = given.toRealPath(); // replace the file the link points to, not the link
            } catch (IOException dangling) {
                target = given;
            }
        }
        if (Files.exists(target) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isDirectory(target)) {
                throw new UserError("cannot write " + target + ": it is a folder; give a file name");
            }
            return writeInPlace(target, write);
        }
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary;
        try {
            temporary = PrivateFiles.createTempFile(folder, "." + absolute.getFileName() + ".", ".part");
        } catch (IOException e) {
            throw FileErrors.cannotWrite(target, e);
        }
        boolean committed = false;
        try {
            T result;
            try (OutputStream file = Files.newOutputStream(temporary, StandardOpenOption.WRITE);
                    PrintWriter writer = writer(file, target)) {
                result = write.apply(writer);
                writer.flush();
                if (Thread.currentThread().isInterrupted()) {
                    throw new UserError("interrupted: " + target + " was not written");
                }
                sync(temporary, target);
            }
            move(temporary, absolute, target);
            committed = true;
            return result;
        } catch (IOException e) {
            throw FileErrors.cannotWrite(target, e);
        } finally {
            if (!committed) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a stray .part file is harmless; the error that matters is already on its way
                }
            }
        }
    }

    private static <T> T writeInPlace(Path target, Function<PrintWriter, T> write) {
        try (OutputStream device = Files.newOutputStream(target, StandardOpenOption.WRITE);
                PrintWriter writer = writer(device, target)) {
            T result = write.apply(writer);
            writer.flush();
            return result;
        } catch (IOException e) {
            throw FileErrors.cannotWrite(target, e);
        }
    }

    private static PrintWriter writer(OutputStream out, Path target) {
        return new PrintWriter(
                new OutputStreamWriter(new CheckedOutputStream(out, target.toString()), StandardCharsets.UTF_8), false);
    }

    private static void sync(Path temporary, Path target) {
        try (var channel = java.nio.channels.FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            throw FileErrors.cannotWrite(target, e);
        }
    }

    private static void move(Path temporary, Path absolute, Path target) throws IOException {
        PrivateFiles.moveOver(temporary, absolute);
    }
}

package dev.xacct.shell;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * The operating system's reason for a failed file operation, in the words {@code ls} or
 * {@code cp} would use ("no such file or folder", "permission denied", "no space left on
 * device"). Java's own messages often repeat only the path ({@code NoSuchFileException: /x});
 * every "cannot read" and "cannot write" line in xacct gives the reason through here.
 */
public final class FileErrors {

    private FileErrors() {}

    /** One line for {@code what} (a path, "standard output") that could not be read. */
    public static UserError cannotRead(Object what, IOException e) {
        return new UserError("cannot read " + what + ": " + reason(e), e);
    }

    /** One line for {@code what} that could not be written. */
    public static UserError cannotWrite(Object what, IOException e) {
        return new UserError("cannot write " + what + ": " + reason(e), e);
    }

    /** The reason alone, lower case, no path. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "it already exists";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        if (e instanceof FileSystemLoopException) {
            return "too many levels of symbolic links";
        }
        if (e instanceof TextFiles.NotUtf8Exception notUtf8) {
            return notUtf8.getMessage();
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return lowerFirst(fs.getReason());
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        if (e instanceof FileNotFoundException) {
            // "path (No such file or directory)"
            int open = message.lastIndexOf(" (");
            if (open >= 0 && message.endsWith(")")) {
                return lowerFirst(message.substring(open + 2, message.length() - 1));
            }
        }
        return lowerFirst(message);
    }

    /** The reason for an I/O failure that arrives unchecked. */
    public static String reason(UncheckedIOException e) {
        return reason(e.getCause());
    }

    private static String lowerFirst(String text) {
        String line = MessageLines.firstLine(text.strip());
        if (line.length() > 1 && Character.isUpperCase(line.charAt(0)) && !Character.isUpperCase(line.charAt(1))) {
            return line.substring(0, 1).toLowerCase(Locale.ROOT) + line.substring(1);
        }
        return line;
    }
}

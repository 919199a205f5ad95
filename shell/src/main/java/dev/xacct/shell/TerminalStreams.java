package dev.xacct.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * Whether stdin, stdout and stderr are a terminal ({@code isatty}). It decides the run's mode
 * (stdin not a terminal: a script on stdin) and how output is written (a terminal gets control
 * characters made visible and a live status line; a file or a pipe gets the data exact).
 *
 * <p>On Linux it reads {@code /proc/self/fd/N}, which costs nothing; elsewhere it asks JLine's
 * native provider (about 0.1 s to load, so only when needed).
 */
public final class TerminalStreams {

    private static final Map<SystemStream, Boolean> KNOWN = new EnumMap<>(SystemStream.class);

    private TerminalStreams() {}

    public static boolean stdinIsTerminal() {
        return isTerminal(SystemStream.Input);
    }

    public static boolean stdoutIsTerminal() {
        return isTerminal(SystemStream.Output);
    }

    public static boolean stderrIsTerminal() {
        return isTerminal(SystemStream.Error);
    }

    /**
     * The width of the terminal stdout is on, in cells: what the terminal says ({@code TIOCGWINSZ}
     * through JLine's native provider, else {@code stty}), else a positive {@code COLUMNS}; 0 when
     * stdout is not a terminal or no width is known. Asked once per call (a window can be resized
     * between commands); it costs a native load the first time, so only a table on a terminal asks.
     */
    public static int stdoutColumns() {
        if (!stdoutIsTerminal()) {
            return 0;
        }
        for (String provider : new String[] {"jni", "exec"}) {
            try {
                int columns = TerminalProvider.load(provider).systemStreamWidth(SystemStream.Output);
                if (columns > 0) {
                    return columns;
                }
            } catch (IOException | RuntimeException | LinkageError e) {
                // try the next way
            }
        }
        try {
            return Math.max(
                    0, Integer.parseInt(String.valueOf(System.getenv("COLUMNS")).strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static synchronized boolean isTerminal(SystemStream stream) {
        return KNOWN.computeIfAbsent(stream, TerminalStreams::probe);
    }

    private static boolean probe(SystemStream stream) {
        Path fd = Path.of("/proc/self/fd", String.valueOf(stream.ordinal()));
        try {
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            }
        } catch (IOException | SecurityException e) {
            // no /proc here: ask the terminal library
        }
        for (String provider : new String[] {"jni", "exec"}) {
            try {
                return TerminalProvider.load(provider).isSystemStream(stream);
            } catch (IOException | RuntimeException | LinkageError e) {
                // try the next way
            }
        }
        return stream != SystemStream.Error && System.console() != null;
    }
}

package dev.xacct.session;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Opens a URL in the user's browser when there is one: the command in {@code BROWSER} (as
 * Python's {@code webbrowser} reads it: the first of a {@code :}-separated list, {@code %s} for the
 * URL or the URL appended), else {@code open} on macOS, else {@code xdg-open} on Linux with a
 * display ({@code DISPLAY} or {@code WAYLAND_DISPLAY}). Never through a shell: the URL is one argument.
 */
public final class Browser {

    private final Map<String, String> env;

    public Browser(Map<String, String> env) {
        this.env = env;
    }

    /** Whether a browser would be tried ({@link #open} can still fail). */
    public boolean available() {
        return command(URI.create("https://example.com/")).isPresent();
    }

    /** Starts the browser on {@code url} (http or https only) without waiting; true when it started. */
    public boolean open(URI url) {
        if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme())) {
            return false;
        }
        Optional<List<String>> command = command(url);
        if (command.isEmpty()) {
            return false;
        }
        try {
            new ProcessBuilder(command.get())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private Optional<List<String>> command(URI url) {
        String browser = env.get("BROWSER");
        if (browser != null && !browser.isBlank()) {
            String first = browser.split(":")[0].strip();
            List<String> words = new ArrayList<>(List.of(first.split("\\s+")));
            if (words.contains("%s")) {
                words.replaceAll(w -> w.equals("%s") ? url.toString() : w);
            } else {
                words.add(url.toString());
            }
            return Optional.of(words);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return Optional.of(List.of("open", url.toString()));
        }
        boolean display = nonBlank(env.get("DISPLAY")) || nonBlank(env.get("WAYLAND_DISPLAY"));
        if (os.contains("linux") && display && onPath("xdg-open")) {
            return Optional.of(List.of("xdg-open", url.toString()));
        }
        return Optional.empty();
    }

    private boolean onPath(String program) {
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && new File(dir, program).canExecute()) {
                return true;
            }
        }
        return false;
    }

    private static boolean nonBlank(String value) {
        return value != null && !value.isBlank();
    }
}

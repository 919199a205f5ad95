package dev.xacct.render;

import java.io.IOError;
import java.io.InterruptedIOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * The key loop the table {@link Pager} and the {@link TextPager} share: raw mode for the time of
 * the loop, a redraw when the terminal is resized, keys read through {@link PagerKeys}, q (or the
 * end of input) to quit and Ctrl-C taken as quitting; the terminal is restored however the loop
 * ends.
 */
final class PagerKeyLoop {

    /** What the loop drives: one pager's view. */
    interface Screen {
        /** Draws the screen with {@code notice} in the status line (null: the view's own status). */
        void draw(String notice);

        /**
         * Acts on a key (never {@link PagerKeys.Action#QUIT}); returns the notice to show, or null
         * for the view's own status. {@code keys} reads more input, e.g. a search pattern.
         */
        String act(PagerKeys.Action action, BindingReader keys);

        /** A key that does nothing on this screen now, so it is not redrawn. */
        default boolean ignores(PagerKeys.Action action) {
            return false;
        }
    }

    private static final long POLL_MS = 100;

    private PagerKeyLoop() {}

    /** Runs until the user quits; {@code status} is cleared at the end. */
    static void run(Terminal terminal, StatusLine status, Screen screen) {
        Attributes saved = terminal.enterRawMode();
        AtomicBoolean resized = new AtomicBoolean(); // set on the signal's thread
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.WINCH, signal -> resized.set(true));
        BindingReader keys = new BindingReader(terminal.reader());
        KeyMap<PagerKeys.Action> keyMap = PagerKeys.keyMap(terminal);
        try {
            String notice = null;
            screen.draw(notice);
            while (true) {
                if (keys.peekCharacter(POLL_MS) == NonBlockingReader.READ_EXPIRED) {
                    if (resized.getAndSet(false)) {
                        screen.draw(notice);
                    }
                    continue;
                }
                PagerKeys.Action action = keys.readBinding(keyMap);
                if (action == null || action == PagerKeys.Action.QUIT) return;
                if (screen.ignores(action)) continue;
                notice = screen.act(action, keys);
                screen.draw(notice);
            }
        } catch (IOError e) {
            if (!(e.getCause() instanceof InterruptedIOException)) throw e;
            Thread.currentThread().interrupt(); // Ctrl-C: the shell interrupted us; quitting is the answer
        } finally {
            status.clear();
            terminal.handle(Terminal.Signal.WINCH, previous);
            terminal.setAttributes(saved);
            terminal.writer().flush();
        }
    }
}

package dev.xacct.render;

import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/**
 * The pager's keys, bound through JLine's {@link KeyMap} so that arrow and page keys arrive as one
 * action whatever sequence the terminal sends (its terminfo entry, and the common ANSI forms).
 * Keys as in {@code less}, plus ←/→ for columns and {@code v}/{@code V} for the vertical layout.
 */
final class PagerKeys {

    enum Action {
        NEXT_PAGE,
        PREVIOUS_PAGE,
        DOWN,
        UP,
        LEFT,
        RIGHT,
        FIRST,
        LAST,
        SEARCH,
        NEXT_MATCH,
        RECORD,
        ALL_RECORDS,
        BACK,
        QUIT,
        HELP
    }

    static final String HELP =
            "space/b page  ↑↓ row  ←→ columns  v/V row/all vertically  / find  n next  g/G ends  q quit";

    private static final String ESC = "\u001b";

    private PagerKeys() {}

    static KeyMap<Action> keyMap(Terminal terminal) {
        KeyMap<Action> keys = new KeyMap<>();
        keys.setAmbiguousTimeout(100);
        keys.setNomatch(Action.HELP);
        keys.setUnicode(Action.HELP);
        keys.bind(Action.NEXT_PAGE, " ", "f", KeyMap.ctrl('F'), KeyMap.ctrl('V'), ESC + "[6~");
        keys.bind(Action.PREVIOUS_PAGE, "b", KeyMap.ctrl('B'), ESC + "[5~", ESC + "v");
        keys.bind(Action.DOWN, "\r", "\n", "j", "e", KeyMap.ctrl('N'), KeyMap.ctrl('E'), ESC + "[B", ESC + "OB");
        keys.bind(Action.UP, "k", "y", KeyMap.ctrl('P'), KeyMap.ctrl('Y'), ESC + "[A", ESC + "OA");
        keys.bind(Action.LEFT, "h", ESC + "[D", ESC + "OD");
        keys.bind(Action.RIGHT, "l", ESC + "[C", ESC + "OC");
        keys.bind(Action.FIRST, "g", "<", ESC + "[H", ESC + "OH", ESC + "[1~");
        keys.bind(Action.LAST, "G", ">", ESC + "[F", ESC + "OF", ESC + "[4~");
        keys.bind(Action.SEARCH, "/");
        keys.bind(Action.NEXT_MATCH, "n");
        keys.bind(Action.RECORD, "v");
        keys.bind(Action.ALL_RECORDS, "V");
        keys.bind(Action.BACK, ESC);
        keys.bind(Action.QUIT, "q", "Q", KeyMap.ctrl('C'));
        keys.bind(Action.HELP, "?", "H");
        bindCapability(keys, terminal, Action.DOWN, Capability.key_down);
        bindCapability(keys, terminal, Action.UP, Capability.key_up);
        bindCapability(keys, terminal, Action.LEFT, Capability.key_left);
        bindCapability(keys, terminal, Action.RIGHT, Capability.key_right);
        bindCapability(keys, terminal, Action.NEXT_PAGE, Capability.key_npage);
        bindCapability(keys, terminal, Action.PREVIOUS_PAGE, Capability.key_ppage);
        bindCapability(keys, terminal, Action.FIRST, Capability.key_home);
        bindCapability(keys, terminal, Action.LAST, Capability.key_end);
        return keys;
    }

    /** The terminal's own sequence for a key, when its terminfo entry has one (a dumb terminal has none). */
    private static void bindCapability(KeyMap<Action> keys, Terminal terminal, Action action, Capability capability) {
        String sequence = KeyMap.key(terminal, capability);
        if (sequence != null && !sequence.isEmpty()) {
            keys.bind(action, sequence);
        }
    }
}

package dev.xacct.render;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** How a cell value reads as text, the same in every text printer and the pager. */
final class CellText {

    private CellText() {}

    static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(CellText::of).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(e -> e.getKey() + "=" + of(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return value.toString();
    }

    /** Terminal width of a string: wide (CJK, emoji) characters take two cells. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += org.jline.utils.WCWidth.wcwidth(cp) == 2 ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    /**
     * One line a terminal cannot act on: newlines and tabs inside a cell would break the table, and
     * any other control character (an escape sequence in a log field) is shown visibly too.
     */
    static String oneLine(String text) {
        return TerminalText.visible(text);
    }
}
